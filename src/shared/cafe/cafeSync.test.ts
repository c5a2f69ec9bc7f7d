import { describe, expect, it } from 'vitest'
import { live, applyRecords } from '../model/workshopDoc'
import { checkVersion, groupBoardsOf } from '../sync/checkVersion'
import { docName, type DocRef } from '../sync/docNames'
import { docRefOf, recordsByDoc } from '../sync/docOfRecord'
import { versionKey } from '../sync/versionKeys'
import { buildCafeFixture } from '../testing/cafeFixture'
import { fakeContext } from '../testing/fakeContext'
import { workshopGroups } from '../ops/groupOps'
import { addCafeComment, addCafeLike } from './cafeOps'

/**
 * Over the LAN, a visitor at table 5 reacts on table 5's device: the reaction lives in table 5's
 * group document, which that table may write, and in no other.
 */
describe('ワールドカフェ reactions over the LAN', () => {
  const ctx = fakeContext('2026-12-07T05:00:00.000Z')
  const doc = buildCafeFixture(ctx)
  const groups = workshopGroups(doc)
  const table5 = groups[4]
  const table1 = groups[0]
  if (!table5 || !table1) throw new Error('fixture')
  const topic = live(doc.topics).find((t) => doc.boards[t.boardId]?.groupId === table5.id)
  if (!topic) throw new Error('no topic of table 5')
  const [like] = addCafeLike(doc, { type: 'topic', id: topic.id }, ctx)
  const [comment] = addCafeComment(doc, { type: 'topic', id: topic.id }, 'いいですね', '', ctx)
  if (!like || !comment) throw new Error('no reaction')
  const next = applyRecords(doc, [like, comment])
  const byDoc = recordsByDoc(next)
  const scopeOf = (ref: DocRef) => ({
    doc: ref,
    role: 'table' as const,
    groupBoards: groupBoardsOf(
      ref,
      (byDoc.get(docName(ref)) ?? []).map((r) => [versionKey(r, 'aa00aa00'), r] as const),
    ),
  })

  it('lives in table 5’s group document, which table 5 may write', () => {
    const ref = docRefOf(like, next)
    expect(ref).toEqual({ kind: 'group', workshopId: doc.workshop.id, groupId: table5.id })
    if (!ref) return
    for (const reaction of [like, comment]) {
      expect(checkVersion(versionKey(reaction, 'aa00aa00'), reaction, scopeOf(ref))).toEqual({
        ok: true,
        record: reaction,
      })
    }
  })

  it('is refused in another table’s document', () => {
    const other: DocRef = { kind: 'group', workshopId: doc.workshop.id, groupId: table1.id }
    expect(checkVersion(versionKey(like, 'aa00aa00'), like, scopeOf(other))).toEqual({
      ok: false,
      refusal: 'scope',
    })
  })
})
