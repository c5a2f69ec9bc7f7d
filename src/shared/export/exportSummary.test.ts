import { describe, expect, it } from 'vitest'
import { workshopGroups } from '../ops/groupOps'
import { createSampleWorkshop } from '../templates/sampleWorkshop'
import { fakeContext } from '../testing/fakeContext'
import { deckPages } from './deckPages'
import { buildExportDeck } from './exportModel'

describe('export: the 共有用ボード and the 総括 deck as pages', () => {
  const doc = createSampleWorkshop(fakeContext())

  it('none unless asked', () => {
    const deck = buildExportDeck(doc)
    expect(deck.summary).toEqual([])
    expect(deckPages(deck).some((p) => p.kind === 'summary')).toBe(false)
  })

  it('the 共有用ボード after the groups, of the exported groups only', () => {
    const [a, , c] = workshopGroups(doc)
    const deck = buildExportDeck(doc, { groupIds: [a!.id, c!.id], sharedBoard: true })
    const pages = deckPages(deck)
    const last = pages.at(-1)
    if (last?.kind !== 'summary' || last.page.kind !== 'board') throw new Error('no board page')
    expect(last.page.title).toBe('共有用ボード')
    expect(last.page.board.rows.map((r) => r.groupName)).toEqual(['Ａグループ', 'Ｃグループ'])
    expect(pages.filter((p) => p.kind === 'summary')).toHaveLength(1)
  })

  it('the 総括 deck (with the board inside) after the groups', () => {
    const deck = buildExportDeck(doc, { summary: true, sharedBoard: true })
    const titles = deckPages(deck).flatMap((p) => (p.kind === 'summary' ? [p.page.title] : []))
    expect(titles).toEqual([
      '目的の再確認',
      '本日の振り返り（共有用ボード）',
      '実際の例（稲城市）',
      '実際の例（稲城市）',
    ])
  })
})
