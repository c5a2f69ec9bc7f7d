import { describe, expect, it } from 'vitest'
import { parseWorkshopFile, serializeWorkshopFile } from '../../shared/files/workshopFile'
import { applyMerge } from '../../shared/merge/applyMerge'
import { extractGroups, extractWorkshop } from '../../shared/merge/extractGroups'
import { previewMerge } from '../../shared/merge/previewMerge'
import { RECORD_TYPE_LIST, RECORD_TYPES } from '../../shared/model/recordTypes'
import type { AnyRecord, RecordType } from '../../shared/model/schemas'
import { nextVersion } from '../../shared/model/versionVector'
import {
  applyRecords,
  docRecords,
  emptyDoc,
  findRecord,
  type WorkshopDoc,
} from '../../shared/model/workshopDoc'
import { createSampleWorkshop } from '../../shared/templates/sampleWorkshop'
import { addMeasure, addOutcome } from '../../shared/theme2/measureOps'
import { addCommentator, setReviewer, setReviewText } from '../../shared/plenary/reviewOps'
import { addCafeComment } from '../../shared/cafe/cafeOps'
import { setPlanField } from '../../shared/planning/planOps'
import { addBuiltInItems, importSurveyAnswers } from '../../shared/survey/surveyOps'
import { fakeContext } from '../../shared/testing/fakeContext'
import { TaneDb } from '../db/TaneDb'
import { createWorkshopRepository } from '../db/workshopRepository'
import { uniqueDbName } from '../testing/testDb'
import { checkEdit } from './editGuards'

/**
 * Generated from the record registry (src/shared/model/recordTypes.ts): every registered type
 * round-trips through the doc, Dexie, the workshop file, merge (extract, preview, apply) and the
 * edit guards. A type a consumer forgets fails here.
 */

const ctx = fakeContext('2026-03-01T00:00:00.000Z', 'abcdef0123456789')
/**
 * The サンプル研修会 with a countermeasure and its 期待値 (and a visitor's ワールドカフェ comment on the
 * topic), a commentator, a 講評メモ, a 研修の企画 field, a survey item and answer: one live
 * record of every type.
 */
const sample: WorkshopDoc = withReview(withMeasure(createSampleWorkshop(ctx)))

function withReview(doc: WorkshopDoc): WorkshopDoc {
  let next = applyRecords(doc, addCommentator(doc, { name: '山田 講師', role: 'lecturer' }, ctx))
  const groupId = Object.keys(next.groups)[0]
  const commentatorId = Object.keys(next.commentators)[0]
  if (!groupId || !commentatorId) return next
  next = applyRecords(next, setReviewText(next, groupId, '目指す姿が具体的です。', ctx))
  next = applyRecords(next, setReviewer(next, groupId, commentatorId, true, ctx))
  next = applyRecords(next, setPlanField(next, 'overview', 'overview.method', '集合研修', ctx))
  next = applyRecords(next, addBuiltInItems(next, ctx).slice(0, 1))
  const itemId = Object.keys(next.surveyItems)[0] ?? 'none'
  const answer = {
    row: 2,
    phase: 'pre' as const,
    name: '山田 太郎',
    position: 'coordinator' as const,
    affiliation: 'A市',
    answers: [{ itemId, value: 'b' }],
  }
  return applyRecords(next, importSurveyAnswers(next, 'pre', [answer], false, ctx))
}

function withMeasure(doc: WorkshopDoc): WorkshopDoc {
  const topic = Object.values(doc.topics).find((t) => t.deletedAt === null)
  if (!topic) return doc
  let next = applyRecords(doc, addMeasure(doc, topic.id, null, '退院前の顔合わせ', '病院', ctx))
  const measure = Object.values(next.measures)[0]
  if (measure) {
    next = applyRecords(
      next,
      addOutcome(next, topic.id, { measureId: measure.id, expectation: '連絡が早まる' }, ctx),
    )
  }
  next = applyRecords(
    next,
    addCafeComment(next, { type: 'topic', id: topic.id }, '窓口の周知も', 'Ｂ', ctx),
  )
  return next
}

function sampleOf(type: RecordType): AnyRecord {
  const record = docRecords(sample).find((r) => r.type === type && r.deletedAt === null)
  if (!record) throw new Error(`the sample workshop has no ${type}: add one to the test`)
  return record
}

/** The group a record belongs to (through its board), or null (the workshop, the timetable). */
function groupOf(record: AnyRecord): string | null {
  if (record.type === 'group') return record.id
  if ('groupId' in record) return record.groupId
  if ('boardId' in record) return sample.boards[record.boardId]?.groupId ?? null
  return null
}

/** Another laptop's next version of the record. */
function nextVersionOf(record: AnyRecord): AnyRecord {
  return {
    ...record,
    ...nextVersion(record, '0123456789abcdef'),
    updatedAt: '2026-03-02T00:00:00.000Z',
  }
}

const has = (doc: WorkshopDoc | null, record: AnyRecord) =>
  doc ? findRecord(doc, record) : undefined

describe('the record registry', () => {
  it('declares each type once, with its own table, doc key and labels', () => {
    const specs = Object.values(RECORD_TYPES)
    expect(specs.map((s) => s.type)).toEqual(RECORD_TYPE_LIST)
    for (const key of ['table', 'docKey'] as const) {
      expect(new Set(specs.map((s) => s[key])).size).toBe(specs.length)
    }
    for (const spec of specs) {
      expect(spec.label.ja).not.toBe('')
      expect(spec.label.en).not.toBe('')
    }
  })

  it('keeps the shipped Dexie schema versions exactly', () => {
    const db = new TaneDb(uniqueDbName('registry-versions'))
    const declared = Object.fromEntries(
      db.tables.map((table) => [
        table.name,
        [table.schema.primKey.src, ...table.schema.indexes.map((i) => i.src)].join(', '),
      ]),
    )
    expect(declared).toEqual({
      workshops: 'id, updatedAt',
      timetableRows: 'id, workshopId',
      groups: 'id, workshopId',
      meta: 'key',
      boards: 'id, workshopId, groupId',
      notes: 'id, workshopId, boardId',
      topics: 'id, workshopId, boardId',
      causes: 'id, workshopId, boardId',
      measures: 'id, workshopId, boardId',
      outcomes: 'id, workshopId, boardId',
      canvases: 'id, workshopId, boardId',
      canvasNotes: 'id, workshopId, boardId',
      canvasQas: 'id, workshopId, boardId',
      commentators: 'id, workshopId',
      reviews: 'id, workshopId, groupId',
      cafeReactions: 'id, workshopId, boardId',
      planEntries: 'id, workshopId',
      participants: 'id, workshopId',
      surveyItems: 'id, workshopId',
      surveyAnswers: 'id, workshopId',
    })
  })

  describe.each(RECORD_TYPE_LIST)('%s', (type) => {
    const record = sampleOf(type)

    it('lives in the doc', () => {
      const doc = applyRecords(emptyDoc(sample.workshop), [record])
      expect(findRecord(doc, record)).toEqual(record)
      expect(docRecords(doc)).toContainEqual(record)
      expect(docRecords(sample)).toContainEqual(record)
    })

    it('round-trips through Dexie', async () => {
      const name = uniqueDbName(`registry-${type}`)
      const repo = createWorkshopRepository(new TaneDb(name))
      await repo.putDoc(sample)
      const fresh = createWorkshopRepository(new TaneDb(name))
      expect(has(await fresh.loadDoc(sample.workshop.id), record)).toEqual(record)
      const newer = nextVersionOf(record)
      expect(await fresh.mergeRecords([newer])).toEqual([newer])
      expect(has(await fresh.loadDoc(sample.workshop.id), record)).toEqual(newer)
      repo.close()
      fresh.close()
    })

    it('round-trips through the workshop file', () => {
      const parsed = parseWorkshopFile(serializeWorkshopFile(sample, '0.0.0-test', ctx.now()))
      expect(parsed.ok).toBe(true)
      expect(has(parsed.ok ? parsed.doc : null, record)).toEqual(record)
    })

    it('travels in exported files and merges (extract, preview, apply)', () => {
      expect(has(extractWorkshop(sample), record)).toEqual(record)
      const group = groupOf(record)
      const otherGroup = Object.keys(sample.groups).find((id) => id !== group)
      if (group !== null) {
        expect(has(extractGroups(sample, [group]), record)).toEqual(record)
        if (otherGroup) expect(has(extractGroups(sample, [otherGroup]), record)).toBeUndefined()
      } else if (RECORD_TYPES[type].scope === 'roster') {
        // Personal data: in a group's file only when the organiser chooses it.
        const all = Object.keys(sample.groups)
        expect(has(extractGroups(sample, all), record)).toBeUndefined()
        expect(has(extractGroups(sample, [], { roster: true }), record)).toEqual(record)
      } else {
        expect(has(extractGroups(sample, []), record)).toEqual(record)
      }

      const fresh = previewMerge(null, sample).items.find((i) => i.id === record.id)
      expect(fresh).toMatchObject({ type, status: 'new' })
      expect(applyMerge(null, sample, {}, ctx)).toContainEqual(record)
      expect(previewMerge(sample, sample).counts[type].same).toBeGreaterThan(0)

      // Deleted on another laptop (deletedAt is content every type has).
      const deleted = { ...nextVersionOf(record), deletedAt: '2026-03-02T00:00:00.000Z' }
      const incoming = applyRecords(sample, [deleted])
      const item = previewMerge(sample, incoming).items.find((i) => i.id === record.id)
      expect({ type: item?.type, status: item?.status }).toEqual({ type, status: 'incomingNewer' })
      expect(applyMerge(sample, incoming, {}, ctx)).toEqual([deleted])
    })

    it('passes the edit guards, which refuse it broken or in another workshop', () => {
      const changed = nextVersionOf(record)
      const next = applyRecords(sample, [changed])
      expect(checkEdit(sample, next, [changed])).toBeNull()
      const broken = { ...changed, id: '' }
      expect(checkEdit(sample, next, [broken])).not.toBeNull()
      if (record.type !== 'workshop') {
        const foreign = { ...changed, workshopId: 'another-workshop' } as AnyRecord
        expect(checkEdit(sample, next, [foreign])).not.toBeNull()
      }
    })
  })
})
