import { addNote, deleteNotes, updateNote } from '../board/theme1Ops'
import type { EditContext } from '../model/context'
import type { AnyRecord, Note } from '../model/schemas'
import {
  applyRecords,
  docFromRecords,
  docRecords,
  stampChange,
  stampOf,
  type WorkshopDoc,
} from '../model/workshopDoc'
import { addGroup, boardOf, workshopGroups } from '../ops/groupOps'
import { createWorkshopFromTemplate } from '../templates/createWorkshop'
import { HALF_DAY_TEMPLATE } from '../templates/workshopTemplates'
import { fakeContext } from './fakeContext'
import { applyMerge } from '../merge/applyMerge'
import type { MergeChoice, PreviewOptions, RecordKey } from '../merge/previewMerge'

/** A laptop's editor id: its prefix in hex, padded (so laptops 'a' and 'b' differ). */
export function laptopEditor(prefix: string): string {
  const hex = Array.from(prefix, (c) => c.charCodeAt(0).toString(16)).join('')
  return hex.padStart(16, '0').slice(-32)
}

/**
 * A fake context whose ids carry a prefix, so two laptops never hand out the same id, and whose
 * editor id is the laptop's own.
 */
export function laptopContext(prefix: string, start: string): EditContext {
  const ctx = fakeContext(start, laptopEditor(prefix))
  return { now: () => ctx.now(), newId: () => `${prefix}-${ctx.newId()}`, editorId: ctx.editorId }
}

/**
 * One installation holding one workshop, edited the way the store does it (stampChange +
 * applyRecords) and importing files the way the merge is meant to be written (versions as they
 * are). Imported only by tests.
 */
export function laptop(prefix: string, start: string, doc: WorkshopDoc | null = null) {
  const ctx = laptopContext(prefix, start)
  let current = doc
  const must = (): WorkshopDoc => {
    if (!current) throw new Error(`laptop ${prefix}: no workshop`)
    return current
  }
  const self = {
    ctx,
    doc: must,
    apply(records: AnyRecord[]): void {
      if (records.length === 0) throw new Error(`laptop ${prefix}: the edit changed nothing`)
      current = applyRecords(must(), stampChange(must(), records, stampOf(ctx)).records)
    },
    /** Creates a half-day workshop with `groups` groups. */
    create(groups: number): void {
      current = createWorkshopFromTemplate(
        HALF_DAY_TEMPLATE,
        { title: '', date: '', venue: '' },
        ctx,
      )
      for (let i = 0; i < groups; i++) self.apply(addGroup(must(), ctx))
    },
    groupIds: (): string[] => workshopGroups(must()).map((g) => g.id),
    board(groupIndex = 0, theme: 'theme1' | 'theme2' | 'theme3' = 'theme1'): string {
      const group = workshopGroups(must())[groupIndex]
      const board = group && boardOf(must(), group.id, theme)
      if (!board) throw new Error(`laptop ${prefix}: no board`)
      return board.id
    },
    addNote(text: string, groupIndex = 0): string {
      const records = addNote(must(), self.board(groupIndex), { text, scenes: [] }, ctx)
      self.apply(records)
      const note = records.find((r): r is Note => r.type === 'note' && r.text === text)
      if (!note) throw new Error('no note')
      return note.id
    },
    editNote: (id: string, text: string): void => {
      self.apply(updateNote(must(), id, { text }))
    },
    deleteNote: (id: string): void => {
      self.apply(deleteNotes(must(), [id], ctx))
    },
    note: (id: string): Note | undefined => current?.notes[id],
    liveTexts: (): string[] =>
      Object.values(must().notes)
        .filter((n) => n.deletedAt === null)
        .map((n) => n.text)
        .sort(),
    /** Imports a file: returns the records written. */
    import(
      incoming: WorkshopDoc,
      choices: Partial<Record<RecordKey, MergeChoice>> = {},
      options: PreviewOptions = {},
    ): AnyRecord[] {
      const local = current?.workshop.id === incoming.workshop.id ? current : null
      const written = applyMerge(local, incoming, choices, ctx, options)
      if (local) current = applyRecords(local, written)
      else current = docFromRecords(incoming.workshop, written)
      return written
    },
  }
  return self
}

export type Laptop = ReturnType<typeof laptop>

/** The doc as an app before file format 4 had it: no record carries `edits`. */
export function withoutEdits(doc: WorkshopDoc): WorkshopDoc {
  const strip = <T extends AnyRecord>(record: T): T => {
    const copy = { ...record }
    delete copy.edits
    return copy
  }
  return docFromRecords(strip(doc.workshop), docRecords(doc).slice(1).map(strip))
}
