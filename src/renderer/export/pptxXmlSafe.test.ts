import JSZip from 'jszip'
import { describe, expect, it } from 'vitest'
import { buildExportDeck } from '../../shared/export/exportModel'
import type { ExportDeck } from '../../shared/export/exportTypes'
import { live } from '../../shared/model/workshopDoc'
import { createSampleWorkshop } from '../../shared/templates/sampleWorkshop'
import { fakeContext } from '../../shared/testing/fakeContext'
import { hasXmlForbiddenChars } from '../../shared/text/xmlSafeText'
import { buildPptx } from './pptxDeck'

// Text that reached the app with characters XML 1.0 forbids (pasted, or from an old backup)
// still makes a PPTX whose every part is well-formed XML (issue 15, point 3).

const FORBIDDEN = '\u0000\u0001\u0008\u000B\u000C\u001B\u001F\uFFFE\uFFFF\uD800\uDC00x\uDBFF'

function dirtyDoc() {
  const doc = createSampleWorkshop(fakeContext())
  doc.workshop = { ...doc.workshop, title: `研修${FORBIDDEN}会`, venue: `会場${FORBIDDEN}` }
  for (const note of live(doc.notes))
    doc.notes[note.id] = { ...note, text: `${note.text}${FORBIDDEN}😀` }
  for (const group of live(doc.groups))
    doc.groups[group.id] = { ...group, name: `${group.name}\u0007` }
  return doc
}

async function xmlParts(pptx: Uint8Array): Promise<[string, string][]> {
  const zip = await JSZip.loadAsync(pptx)
  const names = Object.keys(zip.files).filter((name) => /\.(xml|rels)$/.test(name))
  return Promise.all(
    names.map(
      async (name) => [name, (await zip.file(name)?.async('string')) ?? ''] as [string, string],
    ),
  )
}

function expectWellFormed(parts: readonly [string, string][]): void {
  const parser = new DOMParser()
  for (const [name, xml] of parts) {
    expect(hasXmlForbiddenChars(xml), name).toBe(false)
    const dom = parser.parseFromString(xml, 'application/xml')
    expect(dom.getElementsByTagName('parsererror'), name).toHaveLength(0)
  }
}

describe('the PPTX never holds a character XML 1.0 forbids', () => {
  it('the export deck drops them, keeping emoji and the rest of the text', () => {
    const deck = buildExportDeck(dirtyDoc())
    expect(hasXmlForbiddenChars(JSON.stringify(deck))).toBe(false)
    // U+D800 U+DC00 is a pair (U+10000) and stays; the lone U+DBFF goes.
    expect(deck.title.workshopTitle).toBe('研修\u{10000}x会')
    expect(JSON.stringify(deck)).toContain('😀')
  })

  it('every part of the file is well-formed XML', async () => {
    const parts = await xmlParts(await buildPptx(buildExportDeck(dirtyDoc())))
    expect(parts.filter(([name]) => name.startsWith('ppt/slides/slide')).length).toBeGreaterThan(3)
    expectWellFormed(parts)
  })

  it('even from a deck made elsewhere, with the characters still in it', async () => {
    const deck = buildExportDeck(createSampleWorkshop(fakeContext()))
    const dirty: ExportDeck = {
      ...deck,
      title: { ...deck.title, workshopTitle: `研修${FORBIDDEN}会`, venue: FORBIDDEN },
    }
    expectWellFormed(await xmlParts(await buildPptx(dirty)))
  }, 20_000)
})
