import { describe, expect, it } from 'vitest'
import { createTopic } from '../theme2/topicOps'
import { addCause } from '../theme2/causeOps'
import { createCanvas } from '../theme3/canvasOps'
import { addQa } from '../theme3/canvasQaOps'
import { extractGroups, extractWorkshop } from './extractGroups'
import { applyMerge } from './applyMerge'
import { previewMerge } from './previewMerge'
import { laptop, withoutEdits } from '../testing/mergeTestKit'
import { docRecords, type WorkshopDoc } from '../model/workshopDoc'
import { compareVersions } from '../model/versionVector'
import { addGroup } from '../ops/groupOps'

const A_START = '2025-02-07T01:00:00.000Z'
const B_START = '2025-02-07T01:30:00.000Z'

/** Facilitator laptop A with two groups; laptop B received the whole workshop. */
function twoLaptops() {
  const a = laptop('a', A_START)
  a.create(2)
  const n1 = a.addNote('退院後の生活が見えない')
  const n2 = a.addNote('家族が介護に不安')
  const b = laptop('b', B_START)
  b.import(extractWorkshop(a.doc()))
  return { a, b, n1, n2 }
}

describe('extractGroups', () => {
  it('carries the workshop, the timetable, the chosen groups and their boards, tombstones too', () => {
    const a = laptop('a', A_START)
    a.create(2)
    const keep = a.addNote('一つ目', 0)
    const gone = a.addNote('消した付箋', 0)
    a.deleteNote(gone)
    const other = a.addNote('別のグループ', 1)
    const topicRecords = createTopic(a.doc(), a.board(0, 'theme2'), '入退院支援', a.ctx)
    a.apply(topicRecords)
    const topicId = topicRecords[0]?.id ?? ''
    a.apply(addCause(a.doc(), topicId, '情報共有の不足', null, a.ctx))
    const canvasRecords = createCanvas(a.doc(), a.board(0, 'theme3'), '地域課題', a.ctx)
    a.apply(canvasRecords)
    a.apply(addQa(a.doc(), canvasRecords[0]?.id ?? '', { question: 'なぜ？' }, a.ctx))

    const [g1, g2] = a.groupIds()
    const part = extractGroups(a.doc(), [g1 ?? '', 'unknown'])
    expect(part.workshop).toEqual(a.doc().workshop)
    expect(part.rows).toEqual(a.doc().rows)
    expect(Object.keys(part.groups)).toEqual([g1])
    expect(Object.values(part.boards).every((b) => b.groupId === g1)).toBe(true)
    expect(Object.keys(part.boards)).toHaveLength(3)
    expect(part.notes[keep]).toBeDefined()
    expect(part.notes[gone]?.deletedAt).not.toBeNull()
    expect(part.notes[other]).toBeUndefined()
    expect(Object.keys(part.topics)).toHaveLength(1)
    expect(Object.keys(part.causes)).toHaveLength(1)
    expect(Object.keys(part.canvases)).toHaveLength(1)
    expect(Object.keys(part.canvasQas)).toHaveLength(1)
    expect(g2 && part.groups[g2]).toBeFalsy()
    expect(docRecords(extractWorkshop(a.doc()))).toHaveLength(docRecords(a.doc()).length)
  })
})

describe('previewMerge and applyMerge', () => {
  it('importing the same file twice changes nothing the second time', () => {
    const { a, b } = twoLaptops()
    b.addNote('Bで書いた付箋')
    const file = extractGroups(b.doc(), b.groupIds())
    expect(a.import(file).length).toBeGreaterThan(0)
    const again = previewMerge(a.doc(), file)
    expect(again.totals.new + again.totals.incomingNewer + again.totals.conflict).toBe(0)
    expect(again.summary).toEqual(['変更はありません'])
    expect(applyMerge(a.doc(), file, {}, a.ctx)).toEqual([])
  })

  it('keeps edits made on both sides to different notes', () => {
    const { a, b, n1, n2 } = twoLaptops()
    a.editNote(n1, 'Aで直した')
    b.editNote(n2, 'Bで直した')
    const preview = previewMerge(a.doc(), extractWorkshop(b.doc()))
    expect(preview.totals.conflict).toBe(0)
    expect(preview.items.find((i) => i.id === n2)?.status).toBe('incomingNewer')
    expect(preview.items.find((i) => i.id === n1)?.status).toBe('localNewer')
    expect(preview.summary).toEqual(['更新 1件'])
    a.import(extractWorkshop(b.doc()))
    b.import(extractWorkshop(a.doc()))
    expect(a.liveTexts()).toEqual(['Aで直した', 'Bで直した'])
    expect(b.liveTexts()).toEqual(a.liveTexts())
  })

  it('surfaces a note edited on both sides as a conflict; the default keeps both texts', () => {
    const { a, b, n1 } = twoLaptops()
    a.editNote(n1, 'Aの言葉')
    b.editNote(n1, 'Bの言葉')
    const file = extractWorkshop(b.doc())
    const preview = previewMerge(a.doc(), file)
    const item = preview.items.find((i) => i.id === n1)
    expect(item?.status).toBe('conflict')
    expect(item?.canKeepBoth).toBe(true)
    expect(preview.summary).toEqual(['競合 1件'])
    a.import(file)
    // the file's text as it came, the copy flagged (the board's 「取り込み」 badge), not marked in text
    expect(a.liveTexts()).toEqual(['Bの言葉', 'Aの言葉', '家族が介護に不安'].sort())
    expect(importedTexts(a.doc())).toEqual(['Bの言葉'])
    expect(a.note(n1)?.importedCopy).toBeUndefined()
    expect(applyMerge(a.doc(), file, {}, a.ctx)).toEqual([])
    // the copy sits right after the local note
    const copy = Object.values(a.doc().notes).find((n) => n.importedCopy === true)
    expect(copy && copy.order > (a.note(n1)?.order ?? 0)).toBe(true)
    // and names the local note, so the board can merge the two texts
    expect(copy?.importedFrom).toBe(n1)
    // and both texts travel back to B
    b.import(extractWorkshop(a.doc()))
    expect(b.liveTexts()).toEqual(a.liveTexts())
  })

  it("'local' and 'incoming' pick one version, which then wins on both sides", () => {
    for (const choice of ['local', 'incoming'] as const) {
      const { a, b, n1 } = twoLaptops()
      a.editNote(n1, 'Aの言葉')
      b.editNote(n1, 'Bの言葉')
      const file = extractWorkshop(b.doc())
      const mine = a.note(n1)
      const theirs = file.notes[n1]
      if (!mine || !theirs) throw new Error('no note')
      a.import(file, { [`note:${n1}`]: choice })
      const chosen = a.note(n1)
      expect(chosen?.text).toBe(choice === 'local' ? 'Aの言葉' : 'Bの言葉')
      // the choice is A's own change, made from both versions: it wins on both sides from now on
      if (!chosen) throw new Error('no note')
      expect(compareVersions(mine, chosen)).toBe('before')
      expect(compareVersions(theirs, chosen)).toBe('before')
      expect(chosen.rev).toBeGreaterThan(Math.max(mine.rev, theirs.rev))
      expect(a.liveTexts()).toHaveLength(2)
      expect(applyMerge(a.doc(), file, {}, a.ctx)).toEqual([])
      b.import(extractWorkshop(a.doc()))
      expect(b.note(n1)?.text).toBe(a.note(n1)?.text)
    }
  })

  it('surfaces a deletion on one side against an edit on the other', () => {
    const { a, b, n1, n2 } = twoLaptops()
    a.deleteNote(n1)
    b.editNote(n1, '消されたのに直した')
    b.deleteNote(n2)
    a.editNote(n2, 'Bが消した後でAが直した')
    const file = extractWorkshop(b.doc())
    const preview = previewMerge(a.doc(), file)
    expect(preview.items.find((i) => i.id === n1)?.status).toBe('conflict')
    expect(preview.items.find((i) => i.id === n2)?.status).toBe('conflict')
    a.import(file) // default 'both': the live version is kept
    expect(a.liveTexts()).toEqual(['Bが消した後でAが直した', '消されたのに直した'])
    expect(applyMerge(a.doc(), file, {}, a.ctx)).toEqual([])
  })

  it('a deletion of an unchanged note travels', () => {
    const { a, b, n1 } = twoLaptops()
    b.deleteNote(n1)
    const preview = previewMerge(a.doc(), extractWorkshop(b.doc()))
    expect(preview.summary).toEqual(['削除 1件'])
    a.import(extractWorkshop(b.doc()))
    expect(a.note(n1)?.deletedAt).not.toBeNull()
  })

  it('a group added on another laptop is all new', () => {
    const { a, b } = twoLaptops()
    const before = new Set(b.groupIds())
    b.apply(addGroup(b.doc(), b.ctx)) // a third group, made only on B
    const g3 = b.groupIds().find((id) => !before.has(id)) ?? ''
    b.addNote('B卓の付箋1', 2)
    b.addNote('B卓の付箋2', 2)
    const file = extractGroups(b.doc(), [g3])
    const preview = previewMerge(a.doc(), file)
    const forGroup = preview.items.filter((i) => i.type !== 'workshop' && i.type !== 'timetableRow')
    expect(forGroup.every((i) => i.status === 'new')).toBe(true)
    expect(preview.counts.board.new).toBe(3)
    expect(preview.summary).toEqual(['新しいグループ 1件', '新しい付箋 2枚'])
    a.import(file)
    expect(a.groupIds()).toContain(g3)
  })

  it('a file of another workshop is a whole new workshop; stray records are ignored', () => {
    const { a } = twoLaptops()
    const c = laptop('c', B_START)
    c.create(1)
    c.addNote('別の研修会')
    const file = extractWorkshop(c.doc())
    const preview = previewMerge(a.doc(), file)
    expect(preview.newWorkshop).toBe(true)
    expect(preview.items.every((i) => i.status === 'new' && i.local === null)).toBe(true)
    expect(preview.summary[0]).toBe(`新しい研修会「${file.workshop.title}」`)
    expect(preview.summary).toContain('新しい付箋 1枚')
    const stray = { ...a.doc(), notes: { ...a.doc().notes, ...file.notes } }
    const mixed = previewMerge(a.doc(), stray)
    expect(mixed.ignored).toBe(1)
    expect(mixed.items.some((i) => i.id in file.notes)).toBe(false)
  })

  it('an earlier local edit is a conflict even against more, later incoming edits', () => {
    const { a, b, n1 } = twoLaptops()
    const base = extractWorkshop(b.doc())
    a.editNote(n1, 'Aが先に一度')
    b.editNote(n1, 'Bが後で一度')
    b.editNote(n1, 'Bが後で二度')
    b.editNote(n1, 'Bが後で三度')
    const file = extractWorkshop(b.doc())
    expect(file.notes[n1]?.rev).toBeGreaterThan(a.note(n1)?.rev ?? 0)
    // no stored base needed: the editor vectors show that B never saw A's edit
    for (const options of [{}, { base }]) {
      const item = previewMerge(a.doc(), file, options).items.find((i) => i.id === n1)
      expect(item?.status).toBe('conflict')
    }
    a.import(file)
    expect(a.liveTexts()).toContain('Aが先に一度')
    expect(importedTexts(a.doc())).toEqual(['Bが後で三度'])
  })

  it('an edit made after seeing the other side is an update, whatever the clocks say', () => {
    const { a, n1 } = twoLaptops()
    // C's clock runs a day behind: its edits look older than A's, yet they were made from A's
    const c = laptop('c', '2025-02-06T01:00:00.000Z')
    a.editNote(n1, 'Aが直した')
    c.import(extractWorkshop(a.doc()))
    c.editNote(n1, 'CがAの後に直した')
    const item = previewMerge(a.doc(), extractWorkshop(c.doc())).items.find((i) => i.id === n1)
    expect(item?.status).toBe('incomingNewer')
    a.import(extractWorkshop(c.doc()))
    expect(a.note(n1)?.text).toBe('CがAの後に直した')
    // and back on C, A's older version is not a conflict either
    const back = previewMerge(c.doc(), extractWorkshop(a.doc())).items.find((i) => i.id === n1)
    expect(back?.status).toBe('same')
  })

  it('records of an older file (no editor counts) still merge by the rev rules', () => {
    const { a, b, n1 } = twoLaptops()
    b.editNote(n1, 'Bが直した')
    expect(b.note(n1)?.edits).toBeDefined()
    const old = withoutEdits(extractWorkshop(b.doc()))
    const legacyA = laptop('a', '2025-02-07T03:00:00.000Z', withoutEdits(a.doc()))
    expect(legacyA.note(n1)?.edits).toBeUndefined()
    const item = previewMerge(legacyA.doc(), old).items.find((i) => i.id === n1)
    expect(item?.status).toBe('incomingNewer')
    legacyA.import(old)
    expect(legacyA.note(n1)?.text).toBe('Bが直した')
    // an edit after the upgrade starts counting on top of the old revs
    legacyA.editNote(n1, 'Aが続けて直した')
    expect(legacyA.note(n1)).toMatchObject({ rev: (old.notes[n1]?.rev ?? 0) + 1 })
    expect(previewMerge(legacyA.doc(), old).items.find((i) => i.id === n1)?.status).toBe(
      'localNewer',
    )
  })

  it('a record one side last changed before format 4 is a conflict when the rev rules see one', () => {
    const { a, b, n1 } = twoLaptops()
    // Both laptops' old apps edited the note once (rev + 1, no editor counts) …
    const legacyA = laptop('a', '2025-02-07T09:00:00.000Z', withoutEdits(a.doc()))
    legacyA.editNote(n1, 'Aの古いアプリで')
    const legacyB = laptop('b', '2025-02-07T10:05:00.000Z', withoutEdits(b.doc()))
    legacyB.editNote(n1, 'Bの古いアプリで（10:05）')
    const oldB = withoutEdits(legacyB.doc())
    // … then A updates the app and edits it again, at 10:00 by its clock.
    const newA = laptop('a', '2025-02-07T10:00:00.000Z', withoutEdits(legacyA.doc()))
    newA.editNote(n1, 'Aの新しいアプリで（10:00）')
    const file = extractWorkshop(newA.doc())
    const mine = oldB.notes[n1]
    const theirs = file.notes[n1]
    if (!mine || !theirs) throw new Error('no note')
    // The vectors alone take B's unattributed edit for an ancestor of A's …
    expect(compareVersions(mine, theirs)).toBe('before')
    // … but B's edit is later than A's version: the rev rules see a conflict, and it stays one.
    expect(previewMerge(oldB, file).items.find((i) => i.id === n1)?.status).toBe('conflict')
    const onB = laptop('b', '2025-02-07T10:10:00.000Z', oldB)
    onB.import(file)
    expect(onB.liveTexts()).toContain('Bの古いアプリで（10:05）')
    expect(importedTexts(onB.doc())).toEqual(['Aの新しいアプリで（10:00）'])
  })

  it('a conflict on the timetable keeps the local row unless the user picks', () => {
    const { a, b } = twoLaptops()
    const row = Object.values(a.doc().rows)[0]
    if (!row) throw new Error('no row')
    a.apply([{ ...row, item: 'Aの項目' }])
    b.apply([{ ...row, item: 'Bの項目' }])
    const file = extractWorkshop(b.doc())
    const item = previewMerge(a.doc(), file).items.find((i) => i.id === row.id)
    expect(item?.status).toBe('conflict')
    expect(item?.canKeepBoth).toBe(false)
    a.import(file)
    expect(a.doc().rows[row.id]?.item).toBe('Aの項目')
    expect(Object.keys(a.doc().rows)).toHaveLength(Object.keys(file.rows).length)
    expect(applyMerge(a.doc(), file, {}, a.ctx)).toEqual([])
  })
})

/** The live notes kept as conflict copies (flagged `importedCopy`), their texts sorted. */
function importedTexts(doc: WorkshopDoc): string[] {
  return Object.values(doc.notes)
    .filter((n) => n.deletedAt === null && n.importedCopy === true)
    .map((n) => n.text)
    .sort()
}
