import { describe, expect, it } from 'vitest'
import type {
  Board,
  CafeReaction,
  PlanEntry,
  SurveyAnswer,
  SurveyItem,
  Canvas,
  CanvasNote,
  CanvasQa,
  Commentator,
  Group,
  Note,
  Review,
  TimetableRow,
  Topic,
  Workshop,
} from '../../shared/model/schemas'
import { boardSchema } from '../../shared/model/schemas'
import { docFromRecords } from '../../shared/model/workshopDoc'
import { uniqueDbName } from '../testing/testDb'
import { rosterPeople, seatsOf } from '../../shared/roster/rosterOps'
import { TANE_DB_VERSION, TaneDb } from './TaneDb'
import { createWorkshopRepository } from './workshopRepository'

const T0 = '2025-02-01T00:00:00.000Z'
const UPGRADE_TIME = '2025-03-01T09:00:00.000Z'

const workshop: Workshop = {
  id: 'w1',
  createdAt: T0,
  updatedAt: T0,
  rev: 3,
  deletedAt: null,
  type: 'workshop',
  title: '令和6年度 コーディネーター研修',
  date: '2025-02-07',
  venue: '県庁会議室',
  variant: 'fullDay',
  scenes: ['daily', 'admission', 'emergency', 'endOfLife'],
  dayStart: '10:00',
  isSample: false,
}

const row: TimetableRow = {
  id: 'r1',
  createdAt: T0,
  updatedAt: T0,
  rev: 1,
  deletedAt: null,
  type: 'timetableRow',
  workshopId: 'w1',
  order: 1,
  start: '10:00',
  durationMin: 30,
  kind: 'opening',
  item: '開会',
  content: '',
  themeId: null,
}

const group = (id: string, deletedAt: string | null = null): Group => ({
  id,
  createdAt: T0,
  updatedAt: T0,
  rev: 2,
  deletedAt,
  type: 'group',
  workshopId: 'w1',
  name: `${id}グループ`,
  order: 1,
  members: [],
  moderatorId: null,
  scribeId: null,
})

function idSequence(): () => string {
  let n = 0
  return () => `board-${++n}`
}

describe('TaneDb', () => {
  it('upgrades a v1 database: data intact, three boards per group', async () => {
    const name = uniqueDbName('upgrade')
    const v1 = new TaneDb(name, { upToVersion: 1 })
    await v1.open()
    expect(v1.verno).toBe(1)
    expect(v1.tables.map((t) => t.name).sort()).toEqual([
      'groups',
      'meta',
      'timetableRows',
      'workshops',
    ])
    await v1.workshops.put(workshop)
    await v1.timetableRows.put(row)
    await v1.groups.bulkPut([group('g1'), group('g2'), group('g3', T0)])
    await v1.meta.put({ key: 'note', value: 'kept' })
    v1.close()

    const latest = new TaneDb(name, { now: () => UPGRADE_TIME, newId: idSequence() })
    await latest.open()
    expect(latest.verno).toBe(TANE_DB_VERSION)
    expect(await latest.workshops.get('w1')).toEqual(workshop)
    expect(await latest.timetableRows.get('r1')).toEqual(row)
    expect(await latest.groups.count()).toBe(3)
    expect(await latest.meta.get('note')).toEqual({ key: 'note', value: 'kept' })

    const boards = await latest.boards.toArray()
    expect(boards).toHaveLength(9)
    for (const board of boards) {
      expect(boardSchema.safeParse(board).success).toBe(true)
      expect(board).toMatchObject({ rev: 1, createdAt: UPGRADE_TIME, updatedAt: UPGRADE_TIME })
    }
    for (const groupId of ['g1', 'g2', 'g3']) {
      const own = await latest.boards.where('groupId').equals(groupId).toArray()
      expect(own.map((b) => b.themeId).sort()).toEqual(['theme1', 'theme2', 'theme3'])
      expect(own.every((b) => b.workshopId === 'w1')).toBe(true)
    }
    // A deleted group's boards are born deleted, as removeGroup would have left them.
    const deleted = await latest.boards.where('groupId').equals('g3').toArray()
    expect(deleted.every((b) => b.deletedAt === T0)).toBe(true)
    expect(await latest.notes.count()).toBe(0)
    latest.close()
  })

  it('upgrades a v2 database to v3: everything found, テーマ2 tables added and indexed', async () => {
    const name = uniqueDbName('upgrade-v3')
    const v2 = new TaneDb(name, { upToVersion: 2 })
    await v2.open()
    expect(v2.verno).toBe(2)
    const boards: Board[] = (['theme1', 'theme2', 'theme3'] as const).map((themeId, i) => ({
      id: `b${i + 1}`,
      createdAt: T0,
      updatedAt: T0,
      rev: 1,
      deletedAt: null,
      type: 'board',
      workshopId: 'w1',
      groupId: 'g1',
      themeId,
    }))
    const note: Note = {
      id: 'n1',
      createdAt: T0,
      updatedAt: T0,
      rev: 4,
      deletedAt: null,
      type: 'note',
      workshopId: 'w1',
      boardId: 'b1',
      text: '終末期に本人の意向に沿えず、家族が入院を選ぶことがある',
      kind: 'hand',
      color: 'yellow',
      scenes: ['endOfLife'],
      who: ['family'],
      tane: true,
      order: 1,
      parentId: null,
      area: null,
    }
    const deletedNote: Note = { ...note, id: 'n2', deletedAt: T0, text: '消した付箋' }
    await v2.workshops.put(workshop)
    await v2.timetableRows.put(row)
    await v2.groups.put(group('g1'))
    await v2.boards.bulkPut(boards)
    await v2.notes.bulkPut([note, deletedNote])
    await v2.meta.put({ key: 'lastEdited:w1', value: T0 })
    v2.close()

    const latest = new TaneDb(name, { now: () => UPGRADE_TIME, newId: idSequence() })
    await latest.open()
    expect(latest.verno).toBe(TANE_DB_VERSION)
    expect(await latest.workshops.get('w1')).toEqual(workshop)
    expect(await latest.timetableRows.get('r1')).toEqual(row)
    expect(await latest.groups.get('g1')).toEqual(group('g1'))
    expect(await latest.boards.bulkGet(['b1', 'b2', 'b3'])).toEqual(boards)
    expect(await latest.notes.bulkGet(['n1', 'n2'])).toEqual([note, deletedNote])
    expect(await latest.meta.get('lastEdited:w1')).toEqual({ key: 'lastEdited:w1', value: T0 })
    for (const table of [latest.topics, latest.causes, latest.measures, latest.outcomes]) {
      expect(await table.count()).toBe(0)
      expect(table.schema.indexes.map((i) => i.name).sort()).toEqual(['boardId', 'workshopId'])
    }
    // The upgrade made no boards: every group already had its three.
    expect(await latest.boards.count()).toBe(3)

    const topic: Topic = {
      id: 't1',
      createdAt: UPGRADE_TIME,
      updatedAt: UPGRADE_TIME,
      rev: 1,
      deletedAt: null,
      type: 'topic',
      workshopId: 'w1',
      boardId: 'b2',
      order: 1,
      sourceNoteId: 'n1',
      title: '',
      label: '',
      preset: null,
      scene: null,
      goal: '',
      concern: '',
      mainCauseId: null,
      statement: '',
      causeAxes: { x: null, y: null },
      measureAxes: { x: null, y: null },
      votesPerPerson: 3,
    }
    await latest.topics.put(topic)
    expect(await latest.topics.where('boardId').equals('b2').toArray()).toEqual([topic])
    latest.close()

    // Read through the repository, the upgraded database is the v2 workshop plus the topic.
    const repo = createWorkshopRepository(new TaneDb(name))
    expect(await repo.loadDoc('w1')).toEqual(
      docFromRecords(workshop, [row, group('g1'), ...boards, note, deletedNote, topic]),
    )
    repo.close()
  })

  it('upgrades a v3 database to v4: テーマ2 data intact, テーマ3 tables added and indexed', async () => {
    const name = uniqueDbName('upgrade-v4')
    const v3 = new TaneDb(name, { upToVersion: 3 })
    await v3.open()
    expect(v3.verno).toBe(3)
    const boards: Board[] = (['theme1', 'theme2', 'theme3'] as const).map((themeId, i) => ({
      id: `b${i + 1}`,
      createdAt: T0,
      updatedAt: T0,
      rev: 1,
      deletedAt: null,
      type: 'board',
      workshopId: 'w1',
      groupId: 'g1',
      themeId,
    }))
    const topic: Topic = {
      id: 't1',
      createdAt: T0,
      updatedAt: T0,
      rev: 2,
      deletedAt: null,
      type: 'topic',
      workshopId: 'w1',
      boardId: 'b2',
      order: 1,
      sourceNoteId: null,
      title: '看取り期の家族の不安',
      label: '',
      preset: null,
      scene: 'endOfLife',
      goal: '',
      concern: '',
      mainCauseId: null,
      statement: '',
      causeAxes: { x: null, y: null },
      measureAxes: { x: null, y: null },
      votesPerPerson: 3,
    }
    await v3.workshops.put(workshop)
    await v3.groups.put(group('g1'))
    await v3.boards.bulkPut(boards)
    await v3.topics.put(topic)
    v3.close()

    const latest = new TaneDb(name, { upToVersion: 4 })
    await latest.open()
    expect(latest.verno).toBe(4)
    expect(TANE_DB_VERSION).toBeGreaterThanOrEqual(4)
    expect(await latest.topics.get('t1')).toEqual(topic)
    for (const table of [latest.canvases, latest.canvasNotes, latest.canvasQas]) {
      expect(await table.count()).toBe(0)
      expect(table.schema.indexes.map((i) => i.name).sort()).toEqual(['boardId', 'workshopId'])
    }
    const canvas: Canvas = {
      id: 'c1',
      createdAt: UPGRADE_TIME,
      updatedAt: UPGRADE_TIME,
      rev: 1,
      deletedAt: null,
      type: 'canvas',
      workshopId: 'w1',
      boardId: 'b3',
      order: 1,
      sourceTopicId: 't1',
      title: '',
      brief: {
        title: null,
        tane: null,
        facts: null,
        thoughts: null,
        materials: null,
        share: { text: '協議会で伝える', basedOn: '0-0' },
        qa: null,
      },
    }
    const canvasNote: CanvasNote = {
      id: 'cn1',
      createdAt: UPGRADE_TIME,
      updatedAt: UPGRADE_TIME,
      rev: 1,
      deletedAt: null,
      type: 'canvasNote',
      workshopId: 'w1',
      boardId: 'b3',
      canvasId: 'c1',
      area: 'facts',
      text: '',
      color: 'green',
      order: 1,
      ref: { type: 'topic', id: 't1' },
    }
    const qa: CanvasQa = {
      id: 'q1',
      createdAt: UPGRADE_TIME,
      updatedAt: UPGRADE_TIME,
      rev: 1,
      deletedAt: null,
      type: 'canvasQa',
      workshopId: 'w1',
      boardId: 'b3',
      canvasId: 'c1',
      order: 1,
      prompt: 'why',
      question: 'なぜ、そのような相談が生じたのか',
      answer: '',
    }
    await latest.canvases.put(canvas)
    await latest.canvasNotes.put(canvasNote)
    await latest.canvasQas.put(qa)
    latest.close()

    const repo = createWorkshopRepository(new TaneDb(name))
    expect(await repo.loadDoc('w1')).toEqual(
      docFromRecords(workshop, [group('g1'), ...boards, topic, canvas, canvasNote, qa]),
    )
    repo.close()
  })

  it('upgrades a v4 database to v5: data intact, 講評 tables added and indexed', async () => {
    const name = uniqueDbName('upgrade-v5')
    const v4 = new TaneDb(name, { upToVersion: 4 })
    await v4.open()
    expect(v4.verno).toBe(4)
    const board: Board = {
      id: 'b1',
      createdAt: T0,
      updatedAt: T0,
      rev: 1,
      deletedAt: null,
      type: 'board',
      workshopId: 'w1',
      groupId: 'g1',
      themeId: 'theme1',
    }
    await v4.workshops.put(workshop)
    await v4.groups.put(group('g1'))
    await v4.boards.put(board)
    v4.close()

    const latest = new TaneDb(name)
    await latest.open()
    expect(latest.verno).toBe(TANE_DB_VERSION)
    expect(await latest.boards.get('b1')).toEqual(board)
    const review: Review = {
      id: 'r1',
      createdAt: T0,
      updatedAt: T0,
      rev: 1,
      deletedAt: null,
      type: 'review',
      workshopId: 'w1',
      groupId: 'g1',
      text: '目指す姿が具体的でした。',
      commentatorIds: ['c1'],
    }
    const commentator: Commentator = {
      id: 'c1',
      createdAt: T0,
      updatedAt: T0,
      rev: 1,
      deletedAt: null,
      type: 'commentator',
      workshopId: 'w1',
      name: '山田 太郎',
      role: 'lecturer',
      affiliation: '',
      order: 1,
    }
    await latest.reviews.put(review)
    await latest.commentators.put(commentator)
    expect(await latest.reviews.where('groupId').equals('g1').toArray()).toEqual([review])
    expect(await latest.commentators.where('workshopId').equals('w1').toArray()).toEqual([
      commentator,
    ])
    latest.close()
  })

  it('upgrades a v5 database to v6: テーマ3 data intact, the ワールドカフェ table added', async () => {
    const name = uniqueDbName('upgrade-v6')
    const v5 = new TaneDb(name, { upToVersion: 5 })
    await v5.open()
    expect(v5.verno).toBe(5)
    const board: Board = {
      id: 'b3',
      createdAt: T0,
      updatedAt: T0,
      rev: 1,
      deletedAt: null,
      type: 'board',
      workshopId: 'w1',
      groupId: 'g1',
      themeId: 'theme3',
    }
    const canvas: Canvas = {
      id: 'c1',
      createdAt: T0,
      updatedAt: T0,
      rev: 2,
      deletedAt: null,
      type: 'canvas',
      workshopId: 'w1',
      boardId: 'b3',
      order: 1,
      sourceTopicId: null,
      title: '退院時の情報共有',
      brief: {
        title: null,
        tane: null,
        facts: null,
        thoughts: null,
        materials: null,
        share: null,
        qa: null,
      },
    }
    await v5.workshops.put(workshop)
    await v5.groups.put(group('g1'))
    await v5.boards.put(board)
    await v5.canvases.put(canvas)
    v5.close()

    const latest = new TaneDb(name)
    await latest.open()
    expect(latest.verno).toBe(TANE_DB_VERSION)
    expect(await latest.canvases.get('c1')).toEqual(canvas)
    expect(await latest.cafeReactions.count()).toBe(0)
    expect(latest.cafeReactions.schema.indexes.map((i) => i.name).sort()).toEqual([
      'boardId',
      'workshopId',
    ])
    const like: CafeReaction = {
      id: 'l1',
      createdAt: UPGRADE_TIME,
      updatedAt: UPGRADE_TIME,
      rev: 1,
      deletedAt: null,
      type: 'cafeReaction',
      workshopId: 'w1',
      boardId: 'b3',
      kind: 'like',
      target: { type: 'canvas', id: 'c1' },
      text: '',
      author: '',
    }
    await latest.cafeReactions.put(like)
    latest.close()

    const repo = createWorkshopRepository(new TaneDb(name))
    expect(await repo.loadDoc('w1')).toEqual(
      docFromRecords(workshop, [group('g1'), board, canvas, like]),
    )
    repo.close()
  })

  it('upgrades a v6 database to v7: data intact, the 研修の企画 table added and indexed', async () => {
    const name = uniqueDbName('upgrade-v7')
    const v6 = new TaneDb(name, { upToVersion: 6 })
    await v6.open()
    expect(v6.verno).toBe(6)
    await v6.workshops.put(workshop)
    await v6.timetableRows.put(row)
    await v6.groups.put(group('g1'))
    v6.close()

    const latest = new TaneDb(name, { upToVersion: 7 })
    await latest.open()
    expect(latest.verno).toBe(7)
    expect(await latest.timetableRows.get(row.id)).toEqual(row)
    expect(await latest.planEntries.count()).toBe(0)
    expect(latest.planEntries.schema.indexes.map((i) => i.name)).toEqual(['workshopId'])
    const entry: PlanEntry = {
      id: 'p1',
      createdAt: UPGRADE_TIME,
      updatedAt: UPGRADE_TIME,
      rev: 1,
      deletedAt: null,
      type: 'planEntry',
      workshopId: 'w1',
      form: 'goals',
      key: 'goals.coordinator.short',
      text: '研修の実施自体が目的化しないよう、行動目標を定める',
    }
    await latest.planEntries.put(entry)
    latest.close()

    const repo = createWorkshopRepository(new TaneDb(name))
    const loaded = await repo.loadDoc('w1')
    const boards = Object.values(loaded?.boards ?? {})
    expect(loaded).toEqual(docFromRecords(workshop, [row, group('g1'), ...boards, entry]))
    repo.close()
  })

  it('upgrades a v7 database to v8: the 名簿 table added; group members are on the roster as they are', async () => {
    const name = uniqueDbName('upgrade-v8')
    const v7 = new TaneDb(name, { upToVersion: 7 })
    await v7.open()
    expect(v7.verno).toBe(7)
    const seated: Group = {
      ...group('g1'),
      members: [
        {
          id: 'm1',
          name: '佐藤 花子',
          position: 'municipal',
          affiliation: '高崎市 介護保険課',
          years: 2,
          qualifications: ['保健師'],
        },
        {
          id: 'm2',
          name: '鈴木 一郎',
          position: 'coordinator',
          affiliation: '医師会',
          years: null,
          qualifications: [],
        },
      ],
      moderatorId: 'm1',
      scribeId: 'm2',
    }
    await v7.workshops.put(workshop)
    await v7.groups.put(seated)
    v7.close()

    const latest = new TaneDb(name)
    await latest.open()
    expect(latest.verno).toBe(TANE_DB_VERSION)
    expect(await latest.participants.count()).toBe(0)
    expect(latest.participants.schema.indexes.map((i) => i.name)).toEqual(['workshopId'])
    latest.close()

    const repo = createWorkshopRepository(new TaneDb(name))
    const doc = await repo.loadDoc('w1')
    if (!doc) throw new Error('the workshop is gone')
    // The group keeps its members and roles: 司会・書記 still point at the same people.
    expect(doc.groups.g1).toEqual(seated)
    expect(rosterPeople(doc).map((p) => [p.id, p.name, p.kind, p.position, p.affiliation])).toEqual(
      [
        ['m1', '佐藤 花子', 'trainee', 'municipal', '高崎市 介護保険課'],
        ['m2', '鈴木 一郎', 'trainee', 'coordinator', '医師会'],
      ],
    )
    expect(seatsOf(doc).get('m1')).toBe('g1')
    repo.close()
  })

  it('upgrades a v8 database to v9: data intact, the アンケート tables added and indexed', async () => {
    const name = uniqueDbName('upgrade-v9')
    const v8 = new TaneDb(name, { upToVersion: 8 })
    await v8.open()
    expect(v8.verno).toBe(8)
    await v8.workshops.put(workshop)
    await v8.timetableRows.put(row)
    await v8.groups.put(group('g1'))
    v8.close()

    const latest = new TaneDb(name)
    await latest.open()
    expect(latest.verno).toBe(TANE_DB_VERSION)
    expect(TANE_DB_VERSION).toBe(9)
    expect(await latest.timetableRows.get(row.id)).toEqual(row)
    expect(await latest.surveyItems.count()).toBe(0)
    expect(await latest.surveyAnswers.count()).toBe(0)
    expect(latest.surveyAnswers.schema.indexes.map((i) => i.name)).toEqual(['workshopId'])
    const base = { createdAt: UPGRADE_TIME, updatedAt: UPGRADE_TIME, rev: 1, deletedAt: null }
    const item: SurveyItem = {
      ...base,
      id: 's1',
      type: 'surveyItem',
      workshopId: 'w1',
      scale: 'fourStep',
      text: 'なぜ地域包括ケアシステムにおいて、在宅医療・介護連携は必要なのか。',
      order: 1,
    }
    const answer: SurveyAnswer = {
      ...base,
      id: 'a1',
      type: 'surveyAnswer',
      workshopId: 'w1',
      phase: 'pre',
      name: '山田 太郎',
      position: 'coordinator',
      affiliation: 'A市',
      answers: [{ itemId: 's1', value: 'b' }],
      pairedWith: null,
    }
    await latest.surveyItems.put(item)
    await latest.surveyAnswers.put(answer)
    latest.close()

    const repo = createWorkshopRepository(new TaneDb(name))
    const loaded = await repo.loadDoc('w1')
    const boards = Object.values(loaded?.boards ?? {})
    expect(loaded).toEqual(docFromRecords(workshop, [row, group('g1'), ...boards, item, answer]))
    repo.close()
  })

  it('creates a fresh database at the latest version with every table', async () => {
    const db = new TaneDb(uniqueDbName('fresh'))
    await db.open()
    expect(db.verno).toBe(9)
    expect(db.verno).toBe(TANE_DB_VERSION)
    expect(db.tables.map((t) => t.name).sort()).toEqual([
      'boards',
      'cafeReactions',
      'canvasNotes',
      'canvasQas',
      'canvases',
      'causes',
      'commentators',
      'groups',
      'measures',
      'meta',
      'notes',
      'outcomes',
      'participants',
      'planEntries',
      'reviews',
      'surveyAnswers',
      'surveyItems',
      'timetableRows',
      'topics',
      'workshops',
    ])
    expect(await db.boards.count()).toBe(0)
    db.close()
  })

  it('asks IndexedDB for strict durability on every transaction', async () => {
    const db = new TaneDb(uniqueDbName('durability'))
    expect(db._options.chromeTransactionDurability).toBe('strict')
    const durability = await db.transaction('rw', db.meta, (tx) => tx.idbtrans.durability)
    expect(durability).toBe('strict')
    db.close()
  })
})
