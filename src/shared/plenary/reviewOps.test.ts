import { describe, expect, it } from 'vitest'
import { LIMITS } from '../model/limits'
import { reviewSchema, commentatorSchema } from '../model/schemas'
import { applyRecords, type WorkshopDoc } from '../model/workshopDoc'
import { workshopGroups } from '../ops/groupOps'
import { createSampleWorkshop } from '../templates/sampleWorkshop'
import { fakeContext } from '../testing/fakeContext'
import {
  addCommentator,
  groupReview,
  groupReviewerNames,
  groupReviewTexts,
  removeCommentator,
  setReviewer,
  setReviewText,
  updateCommentator,
  workshopCommentators,
} from './reviewOps'

function setup() {
  const ctx = fakeContext()
  let doc: WorkshopDoc = createSampleWorkshop(ctx)
  const apply = (records: ReturnType<typeof addCommentator>) => {
    doc = applyRecords(doc, records)
    return records
  }
  const groupId = workshopGroups(doc)[0]!.id
  return { ctx, doc: () => doc, apply, groupId }
}

describe('commentators (講師・アドバイザー)', () => {
  it('are added in order, trimmed, and valid records', () => {
    const s = setup()
    s.apply(addCommentator(s.doc(), { name: ' 山田 太郎 ', role: 'lecturer' }, s.ctx))
    s.apply(
      addCommentator(s.doc(), { name: '佐藤 花子', role: 'advisor', affiliation: '県' }, s.ctx),
    )
    const list = workshopCommentators(s.doc())
    expect(list.map((c) => [c.name, c.role, c.affiliation])).toEqual([
      ['山田 太郎', 'lecturer', ''],
      ['佐藤 花子', 'advisor', '県'],
    ])
    for (const c of list) expect(commentatorSchema.safeParse(c).success).toBe(true)
  })

  it('refuse an empty name and more than the limit', () => {
    const s = setup()
    expect(addCommentator(s.doc(), { name: '  ', role: 'lecturer' }, s.ctx)).toEqual([])
    for (let i = 0; i < LIMITS.commentatorsPerWorkshop; i += 1)
      s.apply(addCommentator(s.doc(), { name: `講師${i}`, role: 'lecturer' }, s.ctx))
    expect(addCommentator(s.doc(), { name: '一人多い', role: 'advisor' }, s.ctx)).toEqual([])
  })

  it('are renamed and removed (a tombstone)', () => {
    const s = setup()
    const [c] = s.apply(addCommentator(s.doc(), { name: '山田', role: 'lecturer' }, s.ctx))
    s.apply(updateCommentator(s.doc(), c!.id, { name: '山田 太郎', role: 'advisor' }))
    expect(workshopCommentators(s.doc())[0]).toMatchObject({ name: '山田 太郎', role: 'advisor' })
    expect(updateCommentator(s.doc(), c!.id, { name: ' ' })).toEqual([])
    s.apply(removeCommentator(s.doc(), c!.id, s.ctx))
    expect(workshopCommentators(s.doc())).toEqual([])
    expect(s.doc().commentators[c!.id]?.deletedAt).not.toBeNull()
  })
})

describe('講評メモ', () => {
  it('is created by the first text and then edited in place (one per group)', () => {
    const s = setup()
    expect(groupReview(s.doc(), s.groupId)).toBeNull()
    expect(setReviewText(s.doc(), s.groupId, '', s.ctx)).toEqual([])
    const [first] = s.apply(setReviewText(s.doc(), s.groupId, '目指す姿が具体的でした。', s.ctx))
    expect(reviewSchema.safeParse(first).success).toBe(true)
    const [second] = s.apply(setReviewText(s.doc(), s.groupId, '指標も良い。', s.ctx))
    expect(second?.id).toBe(first?.id)
    expect(groupReviewTexts(s.doc(), s.groupId)).toEqual(['指標も良い。'])
    expect(setReviewText(s.doc(), s.groupId, '指標も良い。', s.ctx)).toEqual([])
  })

  it('names who commented, live commentators only', () => {
    const s = setup()
    const [a] = s.apply(addCommentator(s.doc(), { name: '山田', role: 'lecturer' }, s.ctx))
    const [b] = s.apply(addCommentator(s.doc(), { name: '佐藤', role: 'advisor' }, s.ctx))
    s.apply(setReviewer(s.doc(), s.groupId, b!.id, true, s.ctx))
    s.apply(setReviewer(s.doc(), s.groupId, a!.id, true, s.ctx))
    expect(groupReviewerNames(s.doc(), s.groupId)).toEqual(['佐藤', '山田'])
    s.apply(setReviewer(s.doc(), s.groupId, b!.id, false, s.ctx))
    expect(groupReviewerNames(s.doc(), s.groupId)).toEqual(['山田'])
    s.apply(removeCommentator(s.doc(), a!.id, s.ctx))
    expect(groupReviewerNames(s.doc(), s.groupId)).toEqual([])
    expect(setReviewer(s.doc(), s.groupId, 'nobody', true, s.ctx)).toEqual([])
  })

  it('is not written for a deleted or unknown group', () => {
    const s = setup()
    expect(setReviewText(s.doc(), 'unknown', '講評', s.ctx)).toEqual([])
  })
})
