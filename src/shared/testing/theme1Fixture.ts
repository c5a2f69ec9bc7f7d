import type { SceneKey } from '../model/scenes'
import type { AnyRecord, Note } from '../model/schemas'
import {
  applyRecords,
  invertChange,
  stampChange,
  stampOf,
  type Change,
  type WorkshopDoc,
} from '../model/workshopDoc'
import { addGroup, boardOf, workshopGroups } from '../ops/groupOps'
import { createWorkshopFromTemplate } from '../templates/createWorkshop'
import type { WorkshopTemplate } from '../templates/types'
import { FULL_DAY_TEMPLATE } from '../templates/workshopTemplates'
import { fakeContext } from './fakeContext'
import { buildTheme1Layout, type NoteView, type Theme1Layout } from '../board/theme1Layout'
import { addNote, type NoteInit } from '../board/theme1Ops'

/**
 * A テーマ1 board to test on, edited the way the store does it (stampChange + applyRecords) with
 * an undo stack (invertChange). Imported only by tests.
 */
export function theme1Fixture(template: WorkshopTemplate = FULL_DAY_TEMPLATE) {
  const ctx = fakeContext()
  let doc: WorkshopDoc = createWorkshopFromTemplate(
    template,
    { title: '', date: '', venue: '' },
    ctx,
  )
  doc = applyRecords(doc, addGroup(doc, ctx))
  const group = workshopGroups(doc)[0]
  const board = group && boardOf(doc, group.id, 'theme1')
  if (!board) throw new Error('theme1Fixture: no テーマ1 board')
  const boardId = board.id
  const history: { base: WorkshopDoc; change: Change }[] = []

  const fixture = {
    ctx,
    boardId,
    doc: () => doc,
    layout: (): Theme1Layout => buildTheme1Layout(doc, boardId),
    /** Applies an op's records like the store does; returns the stamped change. */
    apply(records: AnyRecord[]): Change {
      const change = stampChange(doc, records, stampOf(ctx))
      history.push({ base: doc, change })
      doc = applyRecords(doc, change.records)
      return change
    },
    /** Undoes the last apply. */
    undo(): void {
      const last = history.pop()
      if (!last) throw new Error('theme1Fixture: nothing to undo')
      const inverse = invertChange(last.base, last.change, ctx.now())
      doc = applyRecords(doc, stampChange(doc, inverse, stampOf(ctx)).records)
    },
    /** Adds a note and returns its id. */
    add(text: string, scenes: SceneKey[] = [], init: Partial<NoteInit> = {}): string {
      const records = addNote(doc, boardId, { text, scenes, ...init }, ctx)
      const note = records[0]
      if (note?.type !== 'note') throw new Error(`theme1Fixture: could not add ${text}`)
      fixture.apply(records)
      return note.id
    },
    note(id: string): Note {
      const note = doc.notes[id]
      if (!note) throw new Error(`theme1Fixture: no note ${id}`)
      return note
    },
    /** The id of the live note with this text. */
    id(text: string): string {
      const note = Object.values(doc.notes).find((n) => n.text === text && n.deletedAt === null)
      if (!note) throw new Error(`theme1Fixture: no note 「${text}」`)
      return note.id
    },
    /** The board in short: per area, 'text' ('text*' when secondary, 'text[a,b]' with children). */
    shape: () => layoutShape(fixture.layout()),
  }
  return fixture
}

export type Theme1Fixture = ReturnType<typeof theme1Fixture>

function viewLabel(view: NoteView): string {
  const children = view.children.length ? `[${view.children.map((c) => c.text).join(',')}]` : ''
  return `${view.note.text}${view.isSecondary ? '*' : ''}${children}`
}

export type LayoutShape = { tray: string[] } & Partial<Record<SceneKey, string[]>>

export function layoutShape(layout: Theme1Layout): LayoutShape {
  const shape: LayoutShape = { tray: layout.tray.map(viewLabel) }
  for (const key of layout.sceneKeys) shape[key] = (layout.scenes[key] ?? []).map(viewLabel)
  return shape
}

/** Everything the board shows, without revs, editor counts and update times (for exact undo comparisons). */
export function layoutContent(layout: Theme1Layout): unknown {
  const content = (note: Note) => ({ ...note, rev: null, edits: null, updatedAt: null })
  const views = (list: readonly NoteView[]) =>
    list.map((v) => ({ ...v, note: content(v.note), children: v.children.map(content) }))
  return {
    ...layout,
    tray: views(layout.tray),
    scenes: Object.fromEntries(
      layout.sceneKeys.map((key) => [key, views(layout.scenes[key] ?? [])]),
    ),
  }
}
