import { describe, expect, it } from 'vitest'
import { applyRecords, type WorkshopDoc } from '../model/workshopDoc'
import { workshopGroups } from '../ops/groupOps'
import { addCommentator, setReviewer, setReviewText } from '../plenary/reviewOps'
import { createSampleWorkshop } from '../templates/sampleWorkshop'
import { fakeContext } from '../testing/fakeContext'
import { notesCsvRows } from './csvExport'
import { deckPages } from './deckPages'
import { buildExportDeck } from './exportModel'

function reviewed(): { doc: WorkshopDoc; groupId: string } {
  const ctx = fakeContext('2026-02-01T00:00:00.000Z')
  let doc = createSampleWorkshop(ctx)
  doc = applyRecords(doc, addCommentator(doc, { name: '山田 太郎', role: 'lecturer' }, ctx))
  doc = applyRecords(doc, addCommentator(doc, { name: '佐藤 花子', role: 'advisor' }, ctx))
  const groupId = workshopGroups(doc)[1]!.id
  doc = applyRecords(doc, setReviewText(doc, groupId, '入院時の連絡の\n仕組みが具体的です。', ctx))
  for (const id of Object.keys(doc.commentators))
    doc = applyRecords(doc, setReviewer(doc, groupId, id, true, ctx))
  return { doc, groupId }
}

describe('the 講評メモ in the exports', () => {
  it('is a page after the group\u0027s slides in the deck (PDF and PPTX), with who commented', () => {
    const { doc, groupId } = reviewed()
    const deck = buildExportDeck(doc)
    expect(deck.reviews).toEqual([
      {
        key: `review:${groupId}`,
        groupId,
        groupName: 'Ｂグループ',
        texts: ['入院時の連絡の\n仕組みが具体的です。'],
        commentators: ['山田 太郎（講師）', '佐藤 花子（アドバイザー）'],
      },
    ])
    const pages = deckPages(deck)
    const at = pages.findIndex((p) => p.kind === 'review')
    const group = (i: number) => {
      const page = pages[i]
      return page?.kind === 'slide' ? page.section.groupId : null
    }
    expect(group(at - 1)).toBe(groupId)
    expect(group(at + 1)).not.toBe(groupId)
    expect(pages.filter((p) => p.kind === 'review')).toHaveLength(1)
  })

  it('travels with the group only: another group\u0027s export has none', () => {
    const { doc, groupId } = reviewed()
    const other = workshopGroups(doc)[0]!.id
    expect(buildExportDeck(doc, { groupIds: [other] }).reviews).toEqual([])
    expect(buildExportDeck(doc, { groupIds: [groupId] }).reviews).toHaveLength(1)
  })

  it('is a CSV row after the group\u0027s rows', () => {
    const { doc } = reviewed()
    const rows = notesCsvRows(doc)
    const at = rows.findIndex((r) => r[3] === '講評メモ')
    expect(rows[at]).toEqual([
      'Ｂグループ',
      '講評',
      '',
      '講評メモ',
      '入院時の連絡の\n仕組みが具体的です。',
      '',
      '',
      '',
      '講評：山田 太郎（講師）・佐藤 花子（アドバイザー）',
    ])
    expect(rows[at - 1]?.[0]).toBe('Ｂグループ')
    expect(rows[at + 1]?.[0]).toBe('Ｃグループ')
  })
})
