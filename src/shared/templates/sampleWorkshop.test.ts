import { describe, expect, it } from 'vitest'
import { parseWorkshopFile, serializeWorkshopFile } from '../files/workshopFile'
import {
  anyRecordSchema,
  boardSchema,
  groupSchema,
  noteSchema,
  timetableRowSchema,
  workshopSchema,
  type CanvasArea,
  type Note,
} from '../model/schemas'
import { live, type WorkshopDoc } from '../model/workshopDoc'
import { boardOf, workshopGroups } from '../ops/groupOps'
import { dayEnd } from '../ops/timetableOps'
import { fakeContext } from '../testing/fakeContext'
import { buildBrief } from '../theme3/brief'
import { canvasAreaNotes, canvasNoteText, canvasQas } from '../theme3/theme3Queries'
import {
  SAMPLE_CANVAS_NOTES,
  SAMPLE_MAIN_CAUSE,
  SAMPLE_PARKINSON_TANE,
  SAMPLE_STATEMENT,
} from './sampleTheme3'
import { createSampleWorkshop, SAMPLE_NOTE_SOURCES } from './sampleWorkshop'

const sample = () => createSampleWorkshop(fakeContext())

function theme1Notes(doc: WorkshopDoc, groupId: string): Note[] {
  const board = boardOf(doc, groupId, 'theme1')
  if (!board) throw new Error('no board')
  return live(doc.notes).filter((n) => n.boardId === board.id)
}

describe('createSampleWorkshop', () => {
  it('validates record by record against the schemas', () => {
    const doc = sample()
    expect(workshopSchema.safeParse(doc.workshop).error).toBeUndefined()
    for (const row of Object.values(doc.rows)) {
      expect(timetableRowSchema.safeParse(row).error).toBeUndefined()
    }
    for (const group of Object.values(doc.groups)) {
      expect(groupSchema.safeParse(group).error).toBeUndefined()
    }
    for (const board of Object.values(doc.boards)) {
      expect(boardSchema.safeParse(board).error).toBeUndefined()
    }
    for (const note of Object.values(doc.notes)) {
      expect(noteSchema.safeParse(note).error, note.text).toBeUndefined()
    }
  })

  it('is the full-day サンプル研修会 on 2024-11-19', () => {
    const { workshop } = sample()
    expect(workshop).toMatchObject({
      title: 'サンプル研修会',
      date: '2024-11-19',
      venue: 'さいたま新都心合同庁舎１号館 １階 多目的室１',
      variant: 'fullDay',
      isSample: true,
      dayStart: '10:00',
      scenes: ['daily', 'admission', 'emergency', 'endOfLife'],
    })
    expect(dayEnd(sample())).toBe('16:30')
  })

  it('has three groups of 5-6 with a 市町村職員 as 司会 and 書記, and three boards each', () => {
    const doc = sample()
    const groups = workshopGroups(doc)
    expect(groups.map((g) => g.name)).toEqual(['Ａグループ', 'Ｂグループ', 'Ｃグループ'])
    for (const group of groups) {
      expect(group.members.length).toBeGreaterThanOrEqual(5)
      expect(group.members.length).toBeLessThanOrEqual(6)
      const positions = new Set(group.members.map((m) => m.position))
      expect(positions.has('coordinator') && positions.has('municipal')).toBe(true)
      for (const role of [group.moderatorId, group.scribeId]) {
        expect(group.members.find((m) => m.id === role)?.position).toBe('municipal')
      }
      const boards = live(doc.boards).filter((b) => b.groupId === group.id)
      expect(boards.map((b) => b.themeId).sort()).toEqual(['theme1', 'theme2', 'theme3'])
    }
    expect(Object.keys(doc.boards)).toHaveLength(9)
  })

  it('puts at least 25 notes on the テーマ1 boards (テーマ2/3 have records of their own)', () => {
    const doc = sample()
    const theme1 = new Set(
      live(doc.boards)
        .filter((b) => b.themeId === 'theme1')
        .map((b) => b.id),
    )
    const notes = live(doc.notes)
    expect(notes.length).toBeGreaterThanOrEqual(25)
    expect(notes.every((n) => theme1.has(n.boardId))).toBe(true)
    for (const group of workshopGroups(doc)) {
      expect(theme1Notes(doc, group.id).length).toBeGreaterThanOrEqual(5)
    }
  })

  it('uses 手元用 (yellow) and 見出し (blue) notes, headings with children', () => {
    const doc = sample()
    const notes = live(doc.notes)
    const headings = notes.filter((n) => n.kind === 'heading')
    expect(headings.length).toBeGreaterThanOrEqual(3)
    expect(headings.every((h) => h.color === 'blue' && h.parentId === null)).toBe(true)
    expect(notes.filter((n) => n.kind === 'hand').every((n) => n.color === 'yellow')).toBe(true)
    for (const heading of headings) {
      const children = notes.filter((n) => n.parentId === heading.id)
      expect(children.length, heading.text).toBeGreaterThan(0)
      expect(children.map((c) => c.order)).toEqual(children.map((_, i) => i + 1))
      for (const child of children) {
        expect(child.kind).toBe('hand')
        expect(child.boardId).toBe(heading.boardId)
      }
    }
    const parkinson = headings.find((h) => h.text === 'パーキンソン病へ対応する訪問診療')
    expect(notes.filter((n) => n.parentId === parkinson?.id)).toHaveLength(3)
    expect(notes.every((n) => n.area === null)).toBe(true)
  })

  it('shows multi-scene notes and marks a few タネ', () => {
    const doc = sample()
    const [a, b, c] = workshopGroups(doc)
    const notesB = theme1Notes(doc, b!.id)
    const multiB = notesB.filter((n) => n.scenes.length === 2)
    expect(multiB.map((n) => n.scenes)).toEqual([['admission', 'daily']])
    expect(notesB.filter((n) => n.scenes.includes('admission')).length).toBeGreaterThan(
      notesB.length / 2,
    )

    const notesC = theme1Notes(doc, c!.id)
    expect(
      notesC.find((n) => n.text === '終末期に本人の意向に沿えず、家族が入院を選ぶことがある'),
    ).toMatchObject({ tane: true, scenes: ['endOfLife'] })
    expect(notesC.find((n) => n.text === '不安になると在宅医でなく救急車に連絡')?.scenes).toEqual([
      'endOfLife',
      'emergency',
    ])
    expect(notesC.some((n) => n.text.includes('レスパイト（休息）入院'))).toBe(true)

    for (const group of [a!, b!, c!]) {
      const tane = theme1Notes(doc, group.id).filter((n) => n.tane)
      expect(tane.length).toBeGreaterThanOrEqual(1)
      expect(tane.length).toBeLessThanOrEqual(2)
    }
  })

  it('keeps the 稲城市 texts verbatim with the requester prefix and a matching who', () => {
    const doc = sample()
    const notesA = theme1Notes(doc, workshopGroups(doc)[0]!.id)
    const byText = (text: string) => notesA.find((n) => n.text === text)
    expect(
      byText('(ケアマネ)パーキンソンに強い市外の訪問診療は遠くて訪問できない。'),
    ).toMatchObject({
      who: ['patient'],
      tane: true,
      scenes: ['daily'],
    })
    expect(
      byText(
        '(家族)同居するパーキンソンの親の夜間訴えが強く、ショートステイも利用できなくなりつらい。',
      )?.who,
    ).toEqual(['family'])
    expect(
      byText(
        '(薬局)(ガイド手渡し時)高齢で薬を取りに来るのが大きく負担になっている患者がいるが、介護サービス等は使えるか。',
      ),
    ).toBeDefined()
    const hand = notesA.filter((n) => n.kind === 'hand')
    expect(hand).toHaveLength(13)
    expect(hand.every((n) => /^\((ケアマネ|家族|本人|医療機関|薬局)\)/.test(n.text))).toBe(true)
    expect(hand.every((n) => n.who.length > 0)).toBe(true)
  })

  it('numbers top-level notes 1..n per scene', () => {
    const doc = sample()
    for (const group of workshopGroups(doc)) {
      const top = theme1Notes(doc, group.id).filter((n) => n.parentId === null)
      const byScene = new Map<string, number[]>()
      for (const note of top) {
        const key = note.scenes[0] ?? ''
        byScene.set(key, [...(byScene.get(key) ?? []), note.order])
      }
      for (const orders of byScene.values()) expect(orders).toEqual(orders.map((_, i) => i + 1))
    }
  })

  it('round-trips through the workshop file', () => {
    const doc = sample()
    const parsed = parseWorkshopFile(
      serializeWorkshopFile(doc, '0.1.0', '2025-02-07T05:00:00.000Z'),
    )
    expect(parsed.ok).toBe(true)
    if (parsed.ok) expect(parsed.doc).toEqual(doc)
  })

  it('is deterministic for a deterministic context, and documents its sources', () => {
    expect(sample()).toEqual(sample())
    expect(Object.keys(SAMPLE_NOTE_SOURCES)).toEqual(['groupA', 'groupB', 'groupC'])
  })
})

describe('the サンプル研修会’s テーマ2 and テーマ3 example (Ａグループ, 稲城市 パーキンソン)', () => {
  it('links a topic to the タネ with the report’s 地域課題 and main cause', () => {
    const doc = sample()
    const group = workshopGroups(doc)[0]!
    const topics = live(doc.topics)
    expect(topics).toHaveLength(1)
    const topic = topics[0]!
    expect(topic.boardId).toBe(boardOf(doc, group.id, 'theme2')?.id)
    expect(doc.notes[topic.sourceNoteId ?? '']?.text).toBe(SAMPLE_PARKINSON_TANE)
    expect(topic.statement).toBe(SAMPLE_STATEMENT)
    expect(doc.causes[topic.mainCauseId ?? '']?.text).toBe(SAMPLE_MAIN_CAUSE)
  })

  it('fills a canvas in all four areas, with live references and the 稲城市 questions', () => {
    const doc = sample()
    const group = workshopGroups(doc)[0]!
    const canvases = live(doc.canvases)
    expect(canvases).toHaveLength(1)
    const canvas = canvases[0]!
    expect(canvas.boardId).toBe(boardOf(doc, group.id, 'theme3')?.id)
    const areas = canvasAreaNotes(doc, canvas.id)
    const shown = (area: CanvasArea) => areas[area].map((n) => canvasNoteText(doc, n))
    expect(shown('facts')).toEqual([SAMPLE_PARKINSON_TANE, ...SAMPLE_CANVAS_NOTES.facts])
    expect(shown('thoughts')).toEqual([...SAMPLE_CANVAS_NOTES.thoughts, SAMPLE_MAIN_CAUSE])
    expect(shown('materials')).toEqual(SAMPLE_CANVAS_NOTES.materials)
    expect(shown('share')).toEqual(SAMPLE_CANVAS_NOTES.share)
    expect(areas.facts[0]?.ref?.type).toBe('note')
    expect(areas.thoughts[1]?.ref?.type).toBe('cause')
    expect(canvasQas(doc, canvas.id).map((q) => q.prompt)).toEqual([
      'reason',
      'reason',
      'why',
      'elsewhere',
      'avoid',
    ])
    expect(buildBrief(doc, canvas.id)?.parts.title.text).toBe(SAMPLE_STATEMENT)
    for (const record of [
      canvas,
      ...Object.values(doc.canvasNotes),
      ...Object.values(doc.canvasQas),
    ]) {
      expect(anyRecordSchema.safeParse(record).error).toBeUndefined()
    }
  })
})
