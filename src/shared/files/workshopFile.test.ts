import { describe, expect, it } from 'vitest'
import { workshopFileErrorRef } from '../errors/errorCodes'
import { errorText } from '../errors/errorText'
import { LIMITS } from '../model/limits'
import { applyRecords, docRecords } from '../model/workshopDoc'
import { removeRow, timetableRows } from '../ops/timetableOps'
import { createSampleWorkshop } from '../templates/sampleWorkshop'
import { fakeContext } from '../testing/fakeContext'
import { laptop, withoutEdits } from '../testing/mergeTestKit'
import { castVote, deleteCause } from '../theme2/causeOps'
import { fillWorksheet, INAGI_MITORI_WORKSHEET } from '../testing/inagiExample'
import { theme2Fixture } from '../testing/theme2Fixture'
import { seatVoterId } from '../theme2/theme2Queries'
import { applyTrial2Preset, createTopic } from '../theme2/topicOps'
import { buildWorksheet } from '../theme2/worksheet'
import { workshopGroups } from '../ops/groupOps'
import { addCommentator, setReviewText } from '../plenary/reviewOps'
import { addCafeComment, addCafeLike } from '../cafe/cafeOps'
import { live } from '../model/workshopDoc'
import { setPlanField } from '../planning/planOps'
import { addBuiltInItems, importSurveyAnswers } from '../survey/surveyOps'
import {
  parseWorkshopFile,
  serializeWorkshopFile,
  WORKSHOP_FILE_ERRORS,
  WORKSHOP_FILE_FORMAT,
  WORKSHOP_FILE_VERSION,
  type WorkshopFileError,
} from './workshopFile'

const SAVED_AT = '2025-02-07T05:00:00.000Z'

function sampleText() {
  const ctx = fakeContext()
  let doc = createSampleWorkshop(ctx)
  // A tombstone must survive the round trip too.
  doc = applyRecords(doc, removeRow(doc, timetableRows(doc)[0]!.id, ctx))
  return { doc, text: serializeWorkshopFile(doc, '0.1.0', SAVED_AT) }
}

function envelope(): Record<string, unknown> {
  return JSON.parse(sampleText().text) as Record<string, unknown>
}

function expectError(text: string, error: WorkshopFileError) {
  const result = parseWorkshopFile(text)
  expect(result.ok).toBe(false)
  if (!result.ok) {
    expect(result.error).toBe(error)
    expect(result.detail.length).toBeGreaterThan(0)
  }
}

describe('workshop file', () => {
  it('round-trips a workshop, tombstones included', () => {
    const { doc, text } = sampleText()
    const result = parseWorkshopFile(text)
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.doc).toEqual(doc)
    expect(result.file).toMatchObject({
      format: WORKSHOP_FILE_FORMAT,
      formatVersion: WORKSHOP_FILE_VERSION,
      appVersion: '0.1.0',
      savedAt: SAVED_AT,
    })
    expect(result.file.records).toHaveLength(docRecords(doc).length - 1)
    expect(Object.values(result.doc.rows).some((r) => r.deletedAt !== null)).toBe(true)
  })

  it('notJson: damaged or truncated text', () => {
    const { text } = sampleText()
    expectError(text.slice(0, Math.floor(text.length / 2)), 'notJson')
    expectError('', 'notJson')
    expectError('{"format": ', 'notJson')
  })

  it('notTaneboard: valid JSON that is not a workshop file', () => {
    expectError('[]', 'notTaneboard')
    expectError('null', 'notTaneboard')
    expectError('"text"', 'notTaneboard')
    expectError(JSON.stringify({ hello: 'world' }), 'notTaneboard')
    expectError(JSON.stringify({ ...envelope(), format: 'other-app' }), 'notTaneboard')
    expectError(JSON.stringify({ ...envelope(), formatVersion: '1' }), 'notTaneboard')
  })

  it('tooNew: a file from a newer app', () => {
    expectError(
      JSON.stringify({ ...envelope(), formatVersion: WORKSHOP_FILE_VERSION + 1 }),
      'tooNew',
    )
  })

  it('invalid: records that break the schema, with the path in the detail', () => {
    const file = envelope()
    const records = file.records as Record<string, unknown>[]
    const note = records.find((r) => r.type === 'note')!
    note.color = 'magenta'
    const result = parseWorkshopFile(JSON.stringify(file))
    expect(result.ok).toBe(false)
    if (!result.ok) {
      expect(result.error).toBe('invalid')
      expect(result.detail).toContain('records')
    }
    expectError(JSON.stringify({ ...envelope(), workshop: { type: 'workshop' } }), 'invalid')
    expectError(JSON.stringify({ ...envelope(), formatVersion: 0 }), 'invalid')
    expectError(JSON.stringify({ ...envelope(), extra: true }), 'invalid')
  })

  it('invalid: a record that belongs to another workshop', () => {
    const file = envelope()
    const records = file.records as Record<string, unknown>[]
    records[0] = { ...records[0], workshopId: 'someone-else' }
    const result = parseWorkshopFile(JSON.stringify(file))
    expect(result.ok).toBe(false)
    if (!result.ok) {
      expect(result.error).toBe('invalid')
      expect(result.detail).toContain('another workshop')
    }
  })

  it('tooLarge: refuses before parsing', () => {
    expectError(' '.repeat(LIMITS.snapshotBytes + 1), 'tooLarge')
  })

  it('has a Japanese and an English message for every error', () => {
    for (const error of WORKSHOP_FILE_ERRORS) {
      expect(errorText(workshopFileErrorRef(error), 'ja').length).toBeGreaterThan(0)
      expect(errorText(workshopFileErrorRef(error), 'en').length).toBeGreaterThan(0)
    }
  })

  it('round-trips テーマ2 records: topics, causes with dots, measures, outcomes, tombstones', () => {
    const f = theme2Fixture()
    const topic = f.must(createTopic(f.doc(), f.boardId, '', f.ctx))
    f.apply(fillWorksheet(f.doc(), topic, INAGI_MITORI_WORKSHEET, f.ctx))
    f.apply(applyTrial2Preset(f.doc(), f.boardId, f.ctx))
    const [first, second] = Object.values(f.doc().causes)
    f.apply(castVote(f.doc(), first!.id, seatVoterId(1), 1))
    f.apply(deleteCause(f.doc(), second!.id, { mode: 'deleteMeasures' }, f.ctx))
    const doc = f.doc()
    const text = serializeWorkshopFile(doc, '0.2.0', SAVED_AT)
    expect(JSON.parse(text)).toMatchObject({ formatVersion: WORKSHOP_FILE_VERSION })
    const result = parseWorkshopFile(text)
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.readVersion).toBe(WORKSHOP_FILE_VERSION)
    expect(result.doc).toEqual(doc)
    expect(Object.keys(result.doc.topics)).toHaveLength(5)
    expect(Object.values(result.doc.causes).some((c) => c.deletedAt !== null)).toBe(true)
    expect(buildWorksheet(result.doc, topic)).toEqual(buildWorksheet(doc, topic))
  })

  it('reads a version 1 file (before テーマ2) and migrates it to the current version', () => {
    const full = sampleText().doc
    // What a version 1 app had: the sample without its テーマ2 and テーマ3 example.
    const doc = {
      ...full,
      topics: {},
      causes: {},
      measures: {},
      outcomes: {},
      canvases: {},
      canvasNotes: {},
      canvasQas: {},
      participants: {},
    }
    const [workshop, ...records] = docRecords(doc)
    const v1 = JSON.stringify({
      format: WORKSHOP_FILE_FORMAT,
      formatVersion: 1,
      appVersion: '0.1.0',
      savedAt: SAVED_AT,
      workshop,
      records,
    })
    const result = parseWorkshopFile(v1)
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.readVersion).toBe(1)
    expect(result.file.formatVersion).toBe(WORKSHOP_FILE_VERSION)
    expect(result.doc).toEqual(doc)
    expect(result.doc.topics).toEqual({})
    // Written again, it is a current file with the same content.
    const again = parseWorkshopFile(serializeWorkshopFile(result.doc, '0.2.0', SAVED_AT))
    expect(again.ok && again.doc).toEqual(doc)
  })

  it('round-trips テーマ3 records: canvases with brief edits, references, questions', () => {
    const doc = createSampleWorkshop(fakeContext())
    const text = serializeWorkshopFile(doc, '0.3.0', SAVED_AT)
    const result = parseWorkshopFile(text)
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.doc).toEqual(doc)
    expect(Object.keys(result.doc.canvases)).toHaveLength(1)
    // A version 2 file cannot hold them.
    const file = JSON.parse(text) as Record<string, unknown>
    expectError(JSON.stringify({ ...file, formatVersion: 2 }), 'invalid')
  })

  it('refuses a canvas note with a reference to an unknown kind of record', () => {
    const doc = createSampleWorkshop(fakeContext())
    const file = JSON.parse(serializeWorkshopFile(doc, '0.3.0', SAVED_AT)) as {
      records: Record<string, unknown>[]
    }
    const ref = file.records.find((r) => r.type === 'canvasNote' && r.ref !== null)!
    ref.ref = { type: '__proto__', id: 'x' }
    expectError(JSON.stringify(file), 'invalid')
  })

  it('reads a version 2 file (before テーマ3) with its テーマ2 records and migrates it', () => {
    const f = theme2Fixture()
    const topic = f.must(createTopic(f.doc(), f.boardId, '', f.ctx))
    f.apply(fillWorksheet(f.doc(), topic, INAGI_MITORI_WORKSHEET, f.ctx))
    const doc = f.doc()
    const [workshop, ...records] = docRecords(doc)
    const v2 = JSON.stringify({
      format: WORKSHOP_FILE_FORMAT,
      formatVersion: 2,
      appVersion: '0.2.0',
      savedAt: SAVED_AT,
      workshop,
      records,
    })
    const result = parseWorkshopFile(v2)
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.readVersion).toBe(2)
    expect(result.file.formatVersion).toBe(WORKSHOP_FILE_VERSION)
    expect(result.doc).toEqual(doc)
    expect(result.doc.canvases).toEqual({})
  })

  it('reads a version 3 file (before editor counts) and migrates it', () => {
    const pc = laptop('a', SAVED_AT)
    pc.create(1)
    pc.addNote('退院後の生活が見えない')
    expect(docRecords(pc.doc()).some((r) => r.edits !== undefined)).toBe(true)
    const [workshop, ...records] = docRecords(withoutEdits(pc.doc()))
    const v3 = JSON.stringify({
      format: WORKSHOP_FILE_FORMAT,
      formatVersion: 3,
      appVersion: '0.3.0',
      savedAt: SAVED_AT,
      workshop,
      records,
    })
    const result = parseWorkshopFile(v3)
    if (!result.ok) throw new Error(result.detail)
    expect(result.readVersion).toBe(3)
    expect(result.file.formatVersion).toBe(WORKSHOP_FILE_VERSION)
    expect(docRecords(result.doc)).toEqual([workshop, ...records])
    expect(docRecords(result.doc).every((r) => r.edits === undefined)).toBe(true)
  })

  it('reads a version 6 file (before 講評) and migrates it; a version 6 file cannot hold 講評', () => {
    // A version 6 app had no 名簿: the sample without its participants (version 10).
    const doc = { ...sampleText().doc, participants: {} }
    const v6 = {
      ...(JSON.parse(serializeWorkshopFile(doc, '0.6.0', SAVED_AT)) as Record<string, unknown>),
      formatVersion: 6,
    }
    const result = parseWorkshopFile(JSON.stringify(v6))
    if (!result.ok) throw new Error(result.detail)
    expect(result.readVersion).toBe(6)
    expect(result.file.formatVersion).toBe(WORKSHOP_FILE_VERSION)
    expect(result.doc).toEqual(doc)
    expect(result.doc.commentators).toEqual({})
    expect(result.doc.reviews).toEqual({})

    const ctx = fakeContext('2025-02-07T06:00:00.000Z')
    let reviewed = applyRecords(doc, addCommentator(doc, { name: '山田', role: 'lecturer' }, ctx))
    const groupId = workshopGroups(reviewed)[0]!.id
    reviewed = applyRecords(reviewed, setReviewText(reviewed, groupId, '講評です。', ctx))
    const v7 = JSON.parse(serializeWorkshopFile(reviewed, '0.7.0', SAVED_AT)) as Record<
      string,
      unknown
    >
    const read = parseWorkshopFile(JSON.stringify(v7))
    if (!read.ok) throw new Error(read.detail)
    expect(read.doc).toEqual(reviewed)
    expectError(JSON.stringify({ ...v7, formatVersion: 6 }), 'invalid')
  })

  it('a version 1 file cannot hold テーマ2 records', () => {
    const f = theme2Fixture()
    f.must(createTopic(f.doc(), f.boardId, 'T', f.ctx))
    const file = JSON.parse(serializeWorkshopFile(f.doc(), '0.2.0', SAVED_AT)) as Record<
      string,
      unknown
    >
    expectError(JSON.stringify({ ...file, formatVersion: 1 }), 'invalid')
    expectError(JSON.stringify({ ...file, formatVersion: 1.5 }), 'invalid')
  })

  it('round-trips ワールドカフェ reactions (format 8), which a version 7 file cannot hold', () => {
    const ctx = fakeContext()
    // A version 8 app had no 名簿: the sample without its participants (version 10).
    let doc = { ...createSampleWorkshop(ctx), participants: {} }
    const topic = live(doc.topics)[0]
    if (!topic) throw new Error('the sample has no topic')
    doc = applyRecords(doc, addCafeLike(doc, { type: 'topic', id: topic.id }, ctx))
    doc = applyRecords(
      doc,
      addCafeComment(doc, { type: 'topic', id: topic.id }, '窓口の周知も大事', 'Ｂ', ctx),
    )
    const text = serializeWorkshopFile(doc, '0.6.0', SAVED_AT)
    const result = parseWorkshopFile(text, { strict: true })
    if (!result.ok) throw new Error(result.detail)
    expect(result.doc).toEqual(doc)
    expect(Object.keys(result.doc.cafeReactions)).toHaveLength(2)
    const file = JSON.parse(text) as Record<string, unknown>
    const v8 = parseWorkshopFile(JSON.stringify({ ...file, formatVersion: 8 }), { strict: true })
    if (!v8.ok) throw new Error(v8.detail)
    expect(v8.readVersion).toBe(8)
    expect(v8.doc).toEqual(doc)
    expectError(JSON.stringify({ ...file, formatVersion: 7 }), 'invalid')
  })

  it('round-trips the 名簿 (format 10), which a version 9 file cannot hold', () => {
    const doc = createSampleWorkshop(fakeContext())
    expect(Object.keys(doc.participants).length).toBeGreaterThan(0)
    const text = serializeWorkshopFile(doc, '0.9.0', SAVED_AT)
    const result = parseWorkshopFile(text, { strict: true })
    if (!result.ok) throw new Error(result.detail)
    expect(result.doc).toEqual(doc)
    const file = JSON.parse(text) as Record<string, unknown>
    expectError(JSON.stringify({ ...file, formatVersion: 9 }), 'invalid')
  })

  it('reads a version 7 file (before ワールドカフェ) and migrates it', () => {
    const pc = laptop('a', SAVED_AT)
    pc.create(1)
    pc.addNote('退院後の生活が見えない')
    const [workshop, ...records] = docRecords(pc.doc())
    const v7 = JSON.stringify({
      format: WORKSHOP_FILE_FORMAT,
      formatVersion: 7,
      appVersion: '0.7.0',
      savedAt: SAVED_AT,
      workshop,
      records,
    })
    const result = parseWorkshopFile(v7, { strict: true })
    if (!result.ok) throw new Error(result.detail)
    expect(result.readVersion).toBe(7)
    expect(result.file.formatVersion).toBe(WORKSHOP_FILE_VERSION)
    expect(docRecords(result.doc)).toEqual([workshop, ...records])
    expect(result.doc.cafeReactions).toEqual({})
  })

  it('round-trips 研修の企画 fields (format 9), which a version 8 file cannot hold', () => {
    const ctx = fakeContext()
    // A version 9 app had no 名簿: the sample without its participants (version 10).
    let doc = { ...createSampleWorkshop(ctx), participants: {} }
    doc = applyRecords(
      doc,
      setPlanField(doc, 'goals', 'goals.coordinator.short', '多職種連携の具体的な場面を知る', ctx),
    )
    doc = applyRecords(doc, setPlanField(doc, 'overview', 'overview.method', '集合研修', ctx))
    const text = serializeWorkshopFile(doc, '0.9.0', SAVED_AT)
    const result = parseWorkshopFile(text, { strict: true })
    if (!result.ok) throw new Error(result.detail)
    expect(result.doc).toEqual(doc)
    expect(Object.keys(result.doc.planEntries)).toHaveLength(2)
    const file = JSON.parse(text) as Record<string, unknown>
    const v9 = parseWorkshopFile(JSON.stringify({ ...file, formatVersion: 9 }), { strict: true })
    if (!v9.ok) throw new Error(v9.detail)
    expect(v9.readVersion).toBe(9)
    expect(v9.doc).toEqual(doc)
    expectError(JSON.stringify({ ...file, formatVersion: 8 }), 'invalid')
    const records = file.records as Record<string, unknown>[]
    const hostile = records.map((r) => (r.type === 'planEntry' ? { ...r, key: '__proto__' } : r))
    expectError(JSON.stringify({ ...file, records: hostile }), 'invalid')
  })

  it('reads a version 8 file (before 研修の企画) and migrates it', () => {
    const pc = laptop('a', SAVED_AT)
    pc.create(1)
    pc.addNote('退院後の生活が見えない')
    const [workshop, ...records] = docRecords(pc.doc())
    const v8 = JSON.stringify({
      format: WORKSHOP_FILE_FORMAT,
      formatVersion: 8,
      appVersion: '0.8.0',
      savedAt: SAVED_AT,
      workshop,
      records,
    })
    const result = parseWorkshopFile(v8, { strict: true })
    if (!result.ok) throw new Error(result.detail)
    expect(result.readVersion).toBe(8)
    expect(result.file.formatVersion).toBe(WORKSHOP_FILE_VERSION)
    expect(docRecords(result.doc)).toEqual([workshop, ...records])
    expect(result.doc.planEntries).toEqual({})
  })

  it('round-trips the アンケート (format 11), which a version 10 file cannot hold', () => {
    const ctx = fakeContext()
    let doc = createSampleWorkshop(ctx)
    doc = applyRecords(doc, addBuiltInItems(doc, ctx))
    const itemId = Object.values(doc.surveyItems)[0]?.id ?? 'none'
    const row = { row: 2, position: 'municipal' as const, affiliation: 'B市' }
    const sheet = (name: string, value: string) => ({
      ...row,
      phase: 'pre' as const,
      name,
      answers: [{ itemId, value }],
    })
    doc = applyRecords(doc, importSurveyAnswers(doc, 'pre', [sheet('山田 太郎', 'c')], false, ctx))
    const text = serializeWorkshopFile(doc, '0.11.0', SAVED_AT)
    // Carried since format 11 (the version that added them).
    expect(WORKSHOP_FILE_VERSION).toBeGreaterThanOrEqual(11)
    const result = parseWorkshopFile(text, { strict: true })
    if (!result.ok) throw new Error(result.detail)
    expect(result.doc).toEqual(doc)
    expect(Object.keys(result.doc.surveyItems)).toHaveLength(11)
    expect(Object.keys(result.doc.surveyAnswers)).toHaveLength(1)
    const file = JSON.parse(text) as Record<string, unknown>
    expectError(JSON.stringify({ ...file, formatVersion: 10 }), 'invalid')
    const records = file.records as Record<string, unknown>[]
    const hostile = records.map((r) =>
      r.type === 'surveyAnswer' ? { ...r, answers: [{ itemId: '__proto__', value: 'a' }] } : r,
    )
    expectError(JSON.stringify({ ...file, records: hostile }), 'invalid')
  })

  it('reads a version 10 file (before the アンケート) and migrates it', () => {
    const pc = laptop('a', SAVED_AT)
    pc.create(1)
    pc.addNote('退院後の生活が見えない')
    const [workshop, ...records] = docRecords(pc.doc())
    const v10 = JSON.stringify({
      format: WORKSHOP_FILE_FORMAT,
      formatVersion: 10,
      appVersion: '0.10.0',
      savedAt: SAVED_AT,
      workshop,
      records,
    })
    const result = parseWorkshopFile(v10, { strict: true })
    if (!result.ok) throw new Error(result.detail)
    expect(result.readVersion).toBe(10)
    expect(result.file.formatVersion).toBe(WORKSHOP_FILE_VERSION)
    expect(docRecords(result.doc)).toEqual([workshop, ...records])
    expect(result.doc.surveyAnswers).toEqual({})
  })
  it('round-trips the ワールドカフェ format and plan on the workshop (format 12)', () => {
    const ctx = fakeContext()
    const sample = createSampleWorkshop(ctx)
    const doc = applyRecords(sample, [
      {
        ...sample.workshop,
        plenaryFormat: 'cafe',
        cafePlan: { rounds: 2, roundMinutes: 20, hosts: {} },
      },
    ])
    const text = serializeWorkshopFile(doc, '0.12.0', SAVED_AT)
    // Carried since format 12 (the version that added them).
    expect(WORKSHOP_FILE_VERSION).toBeGreaterThanOrEqual(12)
    const result = parseWorkshopFile(text, { strict: true })
    if (!result.ok) throw new Error(result.detail)
    expect(result.doc.workshop).toMatchObject({
      plenaryFormat: 'cafe',
      cafePlan: { rounds: 2, roundMinutes: 20, hosts: {} },
    })
    const file = JSON.parse(text) as { workshop: Record<string, unknown> }
    const broken = { ...file, workshop: { ...file.workshop, plenaryFormat: 'poster' } }
    expectError(JSON.stringify(broken), 'invalid')
  })

  it('reads a version 11 file (before the format choice) as 発表 and migrates it', () => {
    const pc = laptop('a', SAVED_AT)
    pc.create(1)
    pc.addNote('退院後の生活が見えない')
    const [workshop, ...records] = docRecords(pc.doc())
    const v11 = JSON.stringify({
      format: WORKSHOP_FILE_FORMAT,
      formatVersion: 11,
      appVersion: '0.11.0',
      savedAt: SAVED_AT,
      workshop,
      records,
    })
    const result = parseWorkshopFile(v11, { strict: true })
    if (!result.ok) throw new Error(result.detail)
    expect(result.readVersion).toBe(11)
    expect(result.file.formatVersion).toBe(WORKSHOP_FILE_VERSION)
    expect(docRecords(result.doc)).toEqual([workshop, ...records])
    expect(result.doc.workshop.plenaryFormat).toBeUndefined()
  })
})

describe('workshop file format 13: a survey item linked to 「3.研修終了時に想定する能力・効果等」', () => {
  const goal = { key: 'program.r1.end', line: '地域課題を市町村担当者と共有できる' }

  it('round-trips the link, and refuses a malformed one', () => {
    const ctx = fakeContext()
    let doc = createSampleWorkshop(ctx)
    doc = applyRecords(doc, addBuiltInItems(doc, ctx))
    const item = Object.values(doc.surveyItems)[0]
    if (!item) throw new Error('no item')
    doc = applyRecords(doc, [{ ...item, goal }])
    const text = serializeWorkshopFile(doc, '0.13.0', SAVED_AT)
    expect(WORKSHOP_FILE_VERSION).toBe(13)
    const result = parseWorkshopFile(text, { strict: true })
    if (!result.ok) throw new Error(result.detail)
    expect(result.doc.surveyItems[item.id]?.goal).toEqual(goal)
    const broken = text.replace('"program.r1.end"', '"Program r1"')
    expectError(broken, 'invalid')
  })

  it('reads a version 12 file (items without links) and migrates it', () => {
    const ctx = fakeContext()
    let doc = createSampleWorkshop(ctx)
    doc = applyRecords(doc, addBuiltInItems(doc, ctx))
    const [workshop, ...records] = docRecords(doc)
    const v12 = JSON.stringify({
      format: WORKSHOP_FILE_FORMAT,
      formatVersion: 12,
      appVersion: '0.12.0',
      savedAt: SAVED_AT,
      workshop,
      records,
    })
    const result = parseWorkshopFile(v12, { strict: true })
    if (!result.ok) throw new Error(result.detail)
    expect(result.readVersion).toBe(12)
    expect(result.file.formatVersion).toBe(WORKSHOP_FILE_VERSION)
    expect(docRecords(result.doc)).toEqual([workshop, ...records])
    expect(Object.values(result.doc.surveyItems).every((i) => i.goal === undefined)).toBe(true)
  })

  it('refuses a version 14 file as newer', () => {
    const text = serializeWorkshopFile(createSampleWorkshop(fakeContext()), '0.13.0', SAVED_AT)
    expectError(text.replace('"formatVersion":13', '"formatVersion":14'), 'tooNew')
  })
})
