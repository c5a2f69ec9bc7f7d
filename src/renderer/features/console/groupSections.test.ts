import { describe, expect, it } from 'vitest'
import { addNote } from '../../../shared/board/theme1Ops'
import { buildExportDeck } from '../../../shared/export/exportModel'
import { applyRecords } from '../../../shared/model/workshopDoc'
import { boardOf, renameGroup, workshopGroups } from '../../../shared/ops/groupOps'
import { fakeContext } from '../../../shared/testing/fakeContext'
import { makeTestDoc } from '../../testing/testDocs'
import { createGroupCards } from './groupSections'
import { sectionItemCount } from './plenarySlides'

describe('グループ一覧 cards', () => {
  const ctx = fakeContext()
  const start = makeTestDoc(ctx, { groups: 3 })
  const [a, b] = workshopGroups(start)
  const boardA = boardOf(start, a!.id, 'theme1')!.id
  const boardB = boardOf(start, b!.id, 'theme1')!.id
  let doc = start
  for (const text of ['入院した事を知らなかった', '退院前カンファレンスに呼ばれない'])
    doc = applyRecords(doc, addNote(doc, boardA, { text, scenes: ['admission'] }, ctx))

  it('are the sections of the whole deck, with their counts', () => {
    const cards = createGroupCards()(doc, 'theme1')
    const deck = buildExportDeck(doc, { themes: ['theme1'] })
    expect(cards.map((c) => c.section)).toEqual(deck.sections)
    expect(cards.map((c) => c.count)).toEqual(deck.sections.map(sectionItemCount))
    expect(cards[0]?.count).toBe(2)
  })

  it('rebuild only the card of the group that changed', () => {
    const cardsOf = createGroupCards()
    const before = cardsOf(doc, 'theme1')
    const changed = applyRecords(
      doc,
      addNote(doc, boardB, { text: '救急搬送時の情報', scenes: [] }, ctx),
    )
    const after = cardsOf(changed, 'theme1')
    expect(after[0]).toBe(before[0])
    expect(after[2]).toBe(before[2])
    expect(after[1]).not.toBe(before[1])
    expect(after[1]?.count).toBe(1)
    // Another theme, or a renamed group, is built again.
    expect(cardsOf(changed, 'theme2')[0]).not.toBe(after[0])
    const renamed = applyRecords(changed, renameGroup(changed, a!.id, '新しい名前'))
    expect(cardsOf(renamed, 'theme1')[0]?.section.groupName).toBe('新しい名前')
  })
})
