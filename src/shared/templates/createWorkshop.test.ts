import { describe, expect, it } from 'vitest'
import { LIMITS } from '../model/limits'
import { anyRecordSchema, type AnyRecord, type Note } from '../model/schemas'
import { applyRecords, docRecords, live, type WorkshopDoc } from '../model/workshopDoc'
import { removeGroup, workshopGroups } from '../ops/groupOps'
import { removeRow, timetableRows } from '../ops/timetableOps'
import { fakeContext } from '../testing/fakeContext'
import { parseWorkshopFile, serializeWorkshopFile } from '../files/workshopFile'
import { laptop, laptopContext } from '../testing/mergeTestKit'
import { createWorkshopFromTemplate, duplicateWorkshop } from './createWorkshop'
import { deleteNotes } from '../board/theme1Ops'
import { castVote, deleteCause, setMainCause } from '../theme2/causeOps'
import { fillWorksheet, INAGI_MITORI_WORKSHEET } from '../testing/inagiExample'
import { addOutcome, placeMeasure } from '../theme2/measureOps'
import { theme2Fixture } from '../testing/theme2Fixture'
import { seatVoterId, topicView } from '../theme2/theme2Queries'
import { createTopic, createTopicFromTane } from '../theme2/topicOps'
import { buildWorksheet } from '../theme2/worksheet'
import { addMember } from '../ops/groupOps'
import { buildBrief } from '../theme3/brief'
import { canvasAreaNotes, canvasNoteText } from '../theme3/theme3Queries'
import { createSampleWorkshop } from './sampleWorkshop'
import { FULL_DAY_TEMPLATE, HALF_DAY_TEMPLATE } from './workshopTemplates'

const input = { title: '令和7年度 研修会', date: '2025-06-10', venue: '県庁 会議室' }

/** Every id a doc uses: record ids and member ids. */
function allIds(doc: WorkshopDoc): string[] {
  const ids = docRecords(doc).map((r) => r.id)
  for (const group of Object.values(doc.groups)) ids.push(...group.members.map((m) => m.id))
  return ids
}

function expectValid(doc: WorkshopDoc) {
  for (const record of docRecords(doc)) {
    expect(anyRecordSchema.safeParse(record).error, record.id).toBeUndefined()
  }
  // and readable as a file (the second copy, backups and exports), with every check of the reader
  const read = parseWorkshopFile(serializeWorkshopFile(doc, '0.1.0', '2026-11-24T00:00:00.000Z'))
  expect(read.ok ? 'read' : read.detail).toBe('read')
}

describe('createWorkshopFromTemplate', () => {
  it('creates the workshop record and its timetable', () => {
    const doc = createWorkshopFromTemplate(HALF_DAY_TEMPLATE, input, fakeContext())
    expect(doc.workshop).toMatchObject({
      type: 'workshop',
      title: '令和7年度 研修会',
      date: '2025-06-10',
      venue: '県庁 会議室',
      variant: 'halfDay',
      scenes: ['admission', 'endOfLife'],
      dayStart: '12:30',
      isSample: false,
      rev: 1,
      deletedAt: null,
    })
    const rows = timetableRows(doc)
    expect(rows).toHaveLength(HALF_DAY_TEMPLATE.rows.length)
    expect(rows.map((r) => r.order)).toEqual(rows.map((_, i) => i + 1))
    expect(rows.every((r) => r.workshopId === doc.workshop.id && r.rev === 1)).toBe(true)
    expect(Object.keys(doc.groups)).toHaveLength(0)
    expect(Object.keys(doc.boards)).toHaveLength(0)
    expect(Object.keys(doc.notes)).toHaveLength(0)
    expect(new Set(allIds(doc)).size).toBe(allIds(doc).length)
    expectValid(doc)
  })

  it('does not share the template scenes array', () => {
    const doc = createWorkshopFromTemplate(FULL_DAY_TEMPLATE, input, fakeContext())
    doc.workshop.scenes.pop()
    expect(FULL_DAY_TEMPLATE.scenes).toHaveLength(4)
  })

  it('uses the default title when blank, trims, clips and drops a malformed date', () => {
    const doc = createWorkshopFromTemplate(
      FULL_DAY_TEMPLATE,
      { title: '   ', date: '2025/06/10', venue: `  ${'会'.repeat(300)} ` },
      fakeContext(),
    )
    expect(doc.workshop.title).toBe('在宅医療・介護連携推進事業研修会')
    expect(doc.workshop.date).toBe('')
    expect(doc.workshop.venue).toHaveLength(LIMITS.shortTextChars)
    expectValid(doc)
    const long = createWorkshopFromTemplate(
      FULL_DAY_TEMPLATE,
      { title: 'あ'.repeat(500), date: '', venue: '' },
      fakeContext(),
    )
    expect(long.workshop.title).toHaveLength(LIMITS.titleChars)
  })
})

describe('duplicateWorkshop', () => {
  it('a copy of records edited many times starts its own history, and its file reads back', () => {
    const pc = laptop('a', '2025-02-07T01:00:00.000Z')
    pc.create(1)
    const noteId = pc.addNote('一度目')
    for (const text of ['二度目', '三度目', '四度目']) pc.editNote(noteId, text)
    expect(pc.note(noteId)?.edits).toEqual({ [pc.ctx.editorId]: 4 })
    const other = laptopContext('b', '2025-02-07T02:00:00.000Z')
    const copy = duplicateWorkshop(pc.doc(), other)
    expectValid(copy)
    for (const record of docRecords(copy)) {
      expect(record, `${record.type} ${record.id}`).toMatchObject({
        rev: 1,
        edits: { [other.editorId]: 1 },
      })
    }
  })

  it('copies everything live with new ids and remapped references', () => {
    const ctx = fakeContext()
    const source = createSampleWorkshop(ctx)
    const copy = duplicateWorkshop(source, ctx)

    const sourceIds = new Set(allIds(source))
    expect(allIds(copy).filter((id) => sourceIds.has(id))).toEqual([])
    expect(new Set(allIds(copy)).size).toBe(allIds(copy).length)

    expect(copy.workshop.title).toBe('サンプル研修会（コピー）')
    expect(copy.workshop.isSample).toBe(false)
    expect(copy.workshop).toMatchObject({
      date: source.workshop.date,
      venue: source.workshop.venue,
      variant: source.workshop.variant,
      scenes: source.workshop.scenes,
      dayStart: source.workshop.dayStart,
      rev: 1,
    })
    expect(Object.keys(copy.rows)).toHaveLength(Object.keys(source.rows).length)
    expect(Object.keys(copy.groups)).toHaveLength(3)
    expect(Object.keys(copy.boards)).toHaveLength(9)
    expect(Object.keys(copy.notes)).toHaveLength(Object.keys(source.notes).length)

    const id = copy.workshop.id
    for (const record of docRecords(copy)) {
      expect(record.rev).toBe(1)
      if (record.type !== 'workshop') expect(record.workshopId).toBe(id)
    }
    for (const board of Object.values(copy.boards)) expect(copy.groups[board.groupId]).toBeDefined()
    for (const note of Object.values(copy.notes)) {
      expect(copy.boards[note.boardId]).toBeDefined()
      if (note.parentId !== null) expect(copy.notes[note.parentId]?.kind).toBe('heading')
    }
    for (const group of Object.values(copy.groups)) {
      const memberIds = group.members.map((m) => m.id)
      expect(memberIds).toContain(group.moderatorId)
      expect(memberIds).toContain(group.scribeId)
    }
    expectValid(copy)
  })

  it('keeps the content: timetable, names, roles and note texts', () => {
    const ctx = fakeContext()
    const source = createSampleWorkshop(ctx)
    const copy = duplicateWorkshop(source, ctx, ' 2回目')
    expect(copy.workshop.title).toBe('サンプル研修会 2回目')
    const strip = (rows: ReturnType<typeof timetableRows>) =>
      rows.map(({ start, durationMin, kind, item, content, themeId, order }) => ({
        start,
        durationMin,
        kind,
        item,
        content,
        themeId,
        order,
      }))
    expect(strip(timetableRows(copy))).toEqual(strip(timetableRows(source)))
    const roles = (doc: WorkshopDoc) =>
      workshopGroups(doc).map((g) => ({
        name: g.name,
        members: g.members.map((m) => m.name),
        moderator: g.members.find((m) => m.id === g.moderatorId)?.name,
        scribe: g.members.find((m) => m.id === g.scribeId)?.name,
      }))
    expect(roles(copy)).toEqual(roles(source))
    const texts = (doc: WorkshopDoc) => {
      const note = (n: Note) => ({
        text: n.text,
        parent: n.parentId === null ? null : doc.notes[n.parentId]?.text,
        scenes: n.scenes,
        who: n.who,
        tane: n.tane,
        order: n.order,
      })
      return Object.values(doc.notes).map(note)
    }
    expect(texts(copy)).toEqual(texts(source))
  })

  it('leaves tombstoned records, and what hangs off them, behind', () => {
    const ctx = fakeContext()
    let source = createSampleWorkshop(ctx)
    const [groupA, groupB] = workshopGroups(source)
    source = applyRecords(source, removeGroup(source, groupB!.id, ctx))
    const firstRow = timetableRows(source)[0]!
    source = applyRecords(source, removeRow(source, firstRow.id, ctx))
    // Tombstone one 見出し of Ａグループ only: its children stay live and lose their parent.
    const boardA = Object.values(source.boards).find(
      (b) => b.groupId === groupA!.id && b.themeId === 'theme1',
    )!
    const headingA = live(source.notes).find(
      (n) => n.boardId === boardA.id && n.kind === 'heading',
    )!
    const deleted: AnyRecord = { ...headingA, deletedAt: ctx.now() }
    source = applyRecords(source, [deleted])

    const copy = duplicateWorkshop(source, ctx)
    expect(Object.values(copy.groups).map((g) => g.name)).toEqual(['Ａグループ', 'Ｃグループ'])
    expect(Object.keys(copy.boards)).toHaveLength(6)
    expect(Object.keys(copy.rows)).toHaveLength(FULL_DAY_TEMPLATE.rows.length - 1)
    expect(timetableRows(copy)[0]?.start).toBe('10:00')
    expect(timetableRows(copy)[0]?.order).toBe(1)
    expect(Object.keys(copy.notes)).toHaveLength(live(source.notes).length)
    expect(docRecords(copy).every((r) => r.deletedAt === null)).toBe(true)
    expect(Object.values(copy.notes).some((n) => n.text === headingA.text)).toBe(false)
    const orphanTexts = live(source.notes)
      .filter((n) => n.parentId === headingA.id)
      .map((n) => n.text)
    expect(orphanTexts.length).toBeGreaterThan(0)
    for (const text of orphanTexts) {
      expect(Object.values(copy.notes).find((n) => n.text === text)?.parentId).toBeNull()
    }
    expectValid(copy)
  })

  it('copies テーマ2 topics, causes, measures and outcomes with every reference remapped', () => {
    const f = theme2Fixture()
    f.apply(addMember(f.doc(), f.groupId, f.ctx, { name: '山田 花子' }))
    const memberId = f.doc().groups[f.groupId]!.members[0]!.id
    const tane = f.tane('家族が入院を選ぶ')
    const gone = f.tane('消されるタネ')
    const linked = f.must(createTopicFromTane(f.doc(), f.boardId, tane.id, f.ctx))
    const orphan = f.must(createTopicFromTane(f.doc(), f.boardId, gone.id, f.ctx))
    f.apply(deleteNotes(f.doc(), [gone.id], f.ctx))
    const typed = f.must(createTopic(f.doc(), f.boardId, '', f.ctx))
    f.apply(fillWorksheet(f.doc(), typed, INAGI_MITORI_WORKSHEET, f.ctx))
    const [c1, c2] = Object.values(f.doc().causes)
    f.apply(castVote(f.doc(), c1!.id, memberId, 1))
    f.apply(castVote(f.doc(), c1!.id, seatVoterId(1), 1))
    const measure = Object.values(f.doc().measures)[0]!
    f.apply(placeMeasure(f.doc(), measure.id, { x: 0.3, y: 0.6 }))
    f.apply(addOutcome(f.doc(), typed, { expectation: '紐づき', measureId: measure.id }, f.ctx))
    // A tombstoned cause is left behind; what pointed at it becomes null.
    f.apply(deleteCause(f.doc(), c2!.id, { mode: 'detachMeasures' }, f.ctx))
    f.apply(setMainCause(f.doc(), linked, null))
    const source = f.doc()

    const copy = duplicateWorkshop(source, f.ctx)
    expectValid(copy)
    const sourceIds = new Set(allIds(source))
    expect(allIds(copy).filter((id) => sourceIds.has(id))).toEqual([])
    expect(Object.keys(copy.topics)).toHaveLength(3)
    expect(Object.keys(copy.causes)).toHaveLength(live(source.causes).length)
    expect(Object.keys(copy.measures)).toHaveLength(3)
    expect(Object.keys(copy.outcomes)).toHaveLength(4)
    for (const record of [
      ...Object.values(copy.topics),
      ...Object.values(copy.causes),
      ...Object.values(copy.measures),
      ...Object.values(copy.outcomes),
    ]) {
      expect(copy.boards[record.boardId]?.themeId).toBe('theme2')
      if (record.type !== 'topic') expect(copy.topics[record.topicId]).toBeDefined()
    }
    for (const m of Object.values(copy.measures)) {
      if (m.causeId !== null) expect(copy.causes[m.causeId]).toBeDefined()
    }
    // The worksheet reads the same in the copy.
    const copyTopic = (title: string) =>
      Object.values(copy.topics).find((t) => topicView(copy, t).title === title)!
    const sheet = (doc: WorkshopDoc, id: string) => {
      const { mainCause, causes, measures, outcomes, ...rest } = buildWorksheet(doc, id)!
      return {
        ...rest,
        topicId: null,
        main: mainCause.text,
        causes: causes.map((c) => [c.text, c.votes]),
        measures: measures.map((m) => [m.text, m.target, m.chosen]),
        outcomes: outcomes.map((o) => [o.expectation, o.indicator]),
      }
    }
    const copied = copyTopic(INAGI_MITORI_WORKSHEET.theme)
    expect(sheet(copy, copied.id)).toEqual(sheet(source, typed))
    expect(copy.causes[copied.mainCauseId!]?.text).toBe(INAGI_MITORI_WORKSHEET.mainCause)
    // The link to a copied タネ is remapped; a deleted タネ's text is kept as the title.
    const copiedTane = Object.values(copy.notes).find((n) => n.text === '家族が入院を選ぶ')!
    expect(copyTopic('家族が入院を選ぶ')).toMatchObject({ sourceNoteId: copiedTane.id, title: '' })
    expect(copyTopic('消されるタネ')).toMatchObject({ sourceNoteId: null, title: '消されるタネ' })
    expect(source.topics[orphan]?.title).toBe('')
    // Dots keep their voters: the member under their new id, the seat as is.
    const newMember = Object.values(copy.groups)[0]!.members[0]!.id
    const votedCause = Object.values(copy.causes).find((c) => c.text === c1!.text)!
    expect(votedCause.votes).toEqual({ [newMember]: 1, [seatVoterId(1)]: 1 })
    const placed = Object.values(copy.measures).find((m) => m.text === measure.text)!
    expect(placed.grid).toEqual({ x: 0.3, y: 0.6 })
    const linkedOutcome = Object.values(copy.outcomes).find((o) => o.expectation === '紐づき')!
    expect(linkedOutcome.measureId).toBe(placed.id)
  })

  it('copies テーマ3 canvases, notes and questions; references follow the copies', () => {
    const ctx = fakeContext()
    const source = createSampleWorkshop(ctx)
    // A reference whose source is deleted is copied as a note of its own with the text it showed.
    const canvas = live(source.canvases)[0]!
    const causeRef = live(source.canvasNotes).find((n) => n.ref?.type === 'cause')!
    const withGone = applyRecords(source, [
      { ...source.causes[causeRef.ref!.id]!, deletedAt: ctx.now(), rev: 9 },
    ])
    const copy = duplicateWorkshop(withGone, ctx)
    expectValid(copy)
    const sourceIds = new Set(allIds(withGone))
    expect(allIds(copy).filter((id) => sourceIds.has(id))).toEqual([])
    const copied = live(copy.canvases)
    expect(copied).toHaveLength(1)
    expect(copy.boards[copied[0]!.boardId]?.themeId).toBe('theme3')
    expect(copy.topics[copied[0]!.sourceTopicId!]).toBeDefined()
    const shown = (doc: WorkshopDoc, id: string) =>
      Object.values(canvasAreaNotes(doc, id)).map((notes) =>
        notes.map((n) => canvasNoteText(doc, n)),
      )
    expect(shown(copy, copied[0]!.id)).toEqual(shown(withGone, canvas.id))
    const notes = live(copy.canvasNotes)
    expect(notes.filter((n) => n.ref !== null).map((n) => n.ref!.type)).toEqual(['note'])
    for (const note of notes) {
      if (note.ref) expect(copy.notes[note.ref.id]).toBeDefined()
      expect(note.canvasId).toBe(copied[0]!.id)
    }
    expect(live(copy.canvasQas)).toHaveLength(live(source.canvasQas).length)
    expect(buildBrief(copy, copied[0]!.id)?.parts).toEqual(buildBrief(withGone, canvas.id)?.parts)
  })
})
