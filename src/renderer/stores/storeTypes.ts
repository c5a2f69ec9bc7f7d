import type { ErrorRef } from '../../shared/errors/errorCodes'
import type { EditContext } from '../../shared/model/context'
import type { AnyRecord, Workshop } from '../../shared/model/schemas'
import type { WorkshopDoc } from '../../shared/model/workshopDoc'
import type { WorkshopTemplate } from '../../shared/templates/types'
import type { HistoryScope } from './history'

/**
 * The contract between the UI and the data layer. The UI reads these states through zustand
 * hooks and calls these actions; it never touches Dexie or the host directly.
 */

/** A pure edit: given the open doc, the records to change (see src/shared/ops). */
export type Edit = (doc: WorkshopDoc, ctx: EditContext) => AnyRecord[]

/** Something the user should read: restored from backup, save failed, … (Japanese first). */
export interface Notice {
  id: number
  tone: 'info' | 'success' | 'error'
  /** Text, or an error code put into words in the UI language when shown (i18n/userText.ts). */
  message: string | ErrorRef
  /**
   * Optional action shown as a button, e.g. 元に戻す (its label: text or a code, like message).
   * `undoId`: the change the action undoes; the notice goes away once that change can no longer
   * be undone from it (undone by Ctrl+Z or the header's 元に戻す, or dropped from the history).
   */
  action?: { label: string | ErrorRef; run: () => void; undoId?: number }
}

export interface WorkshopSummary {
  workshop: Workshop
  groupCount: number
  /** When anything of the workshop (notes included) was last changed; the list's sort key. */
  lastEditedAt: string
}

export interface HomeState {
  /** Live workshops, most recently updated first. */
  workshops: WorkshopSummary[]
  loaded: boolean
  refresh(): Promise<void>
  createFromTemplate(
    template: WorkshopTemplate,
    input: { title: string; date: string; venue: string },
  ): Promise<string>
  /** Opens the existing sample workshop or creates it; returns its id. */
  openSample(): Promise<string>
  duplicate(workshopId: string): Promise<string>
  /** Tombstones the workshop and shows a notice with 元に戻す. */
  remove(workshopId: string): Promise<void>
  restore(workshopId: string): Promise<void>
}

/** Whether every change is in IndexedDB and the host snapshot ('error': a write is failing). */
export type SaveStatus = 'saved' | 'saving' | 'error'

export interface WorkshopState {
  /** The open workshop, or null. */
  doc: WorkshopDoc | null
  status: 'idle' | 'loading' | 'ready' | 'missing'
  /** Save state of every change so far (for a 「保存済み」 indicator). */
  saveStatus: SaveStatus
  open(workshopId: string): Promise<void>
  close(): Promise<void>
  /**
   * Applies an edit (session.commit with origin 'local'): in memory at once, then Dexie (strict)
   * and the host snapshot. Undoable. Returns the id of its undo entry (what a notice's 元に戻す
   * passes to undoChange), null when it changed nothing or was refused. With `join` (the id an
   * earlier apply of the same gesture returned), the edit joins that undo entry while it is still
   * the latest: one gesture (a keyboard move from pick-up to drop, a drag) is one undo step.
   */
  apply(edit: Edit, options?: { join?: number | null }): number | null
  /**
   * A notice's 元に戻す: puts back the versions from before the change `undoId` (see apply) as a
   * new edit, itself undoable; what was changed since stays as it is and the user is told.
   */
  undoChange(undoId: number): void
  /**
   * Undoes the latest edit; with a scope (a board's id, or SETUP_SCOPE: see history.ts), the
   * latest edit of what that screen shows. Screens pass their scope.
   */
  undo(scope?: HistoryScope): void
  redo(scope?: HistoryScope): void
  /** Whether anything at all can be undone / redone (in any scope). */
  canUndo: boolean
  canRedo: boolean
  /** Whether undo(scope) / redo(scope) would do something: call it inside a selector. */
  canUndoIn(scope: HistoryScope): boolean
  canRedoIn(scope: HistoryScope): boolean
  /** Resolves when every edit so far is in IndexedDB and in the host snapshot. */
  flush(): Promise<void>
}

export interface NoticeState {
  notices: Notice[]
  push(notice: Omit<Notice, 'id'>): number
  dismiss(id: number): void
}
