import JSZip from 'jszip'
import { describe, expect, it } from 'vitest'
import { buildExportDeck } from '../../shared/export/exportModel'
import { EXAMPLE_DIALOGUE, EXAMPLE_OUTCOME } from '../../shared/plenary/summaryTexts'
import { SAMPLE_STATEMENT, SAMPLE_MAIN_CAUSE } from '../../shared/templates/sampleTheme3'
import { createSampleWorkshop } from '../../shared/templates/sampleWorkshop'
import { fakeContext } from '../../shared/testing/fakeContext'
import { buildPptx } from './pptxDeck'

/** The paragraphs of each slide of a .pptx, in slide order (slide 1: the title slide). */
async function slideTexts(bytes: Uint8Array): Promise<string[][]> {
  const zip = await JSZip.loadAsync(bytes)
  const names = Object.keys(zip.files)
    .filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f))
    .sort((a, b) => Number(/(\d+)\.xml$/.exec(a)?.[1]) - Number(/(\d+)\.xml$/.exec(b)?.[1]))
  const xmls = await Promise.all(
    names.map((n) => zip.file(n)?.async('string') ?? Promise.resolve('')),
  )
  return xmls.map((xml) =>
    [...xml.matchAll(/<a:p>([\s\S]*?)<\/a:p>/g)].map((p) =>
      [...(p[1] ?? '').matchAll(/<a:t>([\s\S]*?)<\/a:t>/g)].map((t) => t[1] ?? '').join(''),
    ),
  )
}

describe('PPTX: the 総括 deck and the 共有用ボード as editable text', () => {
  it('ends with 目的の再確認, the board, and the 稲城市 example, each text a paragraph', async () => {
    const doc = createSampleWorkshop(fakeContext())
    const plain = await slideTexts(await buildPptx(buildExportDeck(doc)))
    const slides = await slideTexts(await buildPptx(buildExportDeck(doc, { summary: true })))
    expect(slides.length).toBe(plain.length + 4)
    const [purpose = [], board = [], dialogue = [], outcome = []] = slides.slice(-4)
    expect(purpose).toContain('目的の再確認')
    expect(purpose).toContain('総括\u30001 / 4')
    expect(purpose).toContain('個別課題から地域課題を考える。')
    expect(board).toContain('本日の振り返り（共有用ボード）')
    expect(board).toContain('Ａグループ')
    expect(board).toContain(`地域課題：${SAMPLE_STATEMENT}`)
    expect(board).toContain(`★主たる原因：${SAMPLE_MAIN_CAUSE}`)
    expect(board).toContain('Ｂグループ')
    expect(board).toContain('Ｃグループ')
    for (const turn of EXAMPLE_DIALOGUE) expect(dialogue.join('\n')).toContain(turn.text)
    expect(outcome).toContain(EXAMPLE_OUTCOME)
  })
})
