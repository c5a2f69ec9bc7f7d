import type { StoreApi } from 'zustand/vanilla'
import {
  announceMove,
  areaLabel,
  describePlace,
  neighbourTarget,
  type ArrowDirection,
} from '../../../shared/board/theme1Keyboard'
import {
  areaViews,
  locateNote,
  primaryArea,
  workshopScenes,
} from '../../../shared/board/theme1Layout'
import {
  addNote,
  DEFAULT_NOTE_COLORS,
  deleteNotes,
  duplicateNote,
  moveNotes,
  setTane,
  toggleScene,
  ungroup,
  updateNote,
  type MoveTarget,
  type NotePatch,
} from '../../../shared/board/theme1Ops'
import { addNoteList } from '../../../shared/board/addNoteList'
import {
  importedPair,
  keepImportedNote,
  mergeImportedNote,
} from '../../../shared/board/importedNote'
import type { SceneKey } from '../../../shared/model/scenes'
import type { NoteKind, TroubledWho } from '../../../shared/model/schemas'
import type { Messages } from '../../i18n/messages.ja'
import { startEditGesture, type EditGesture } from '../../stores/editGesture'
import type { Edit, NoticeState, WorkshopState } from '../../stores/storeTypes'
import { undoNotice } from '../../stores/undoNotice'
import { ANNOUNCE } from './boardAnnouncements'
import { boardIndex, inReadingOrder, readingRange } from './boardIndex'
import type { BoardUiStore } from './boardUiStore'

export interface BoardActionDeps {
  workshop: StoreApi<WorkshopState>
  notices: StoreApi<NoticeState>
  ui: BoardUiStore
  boardId: string
  /** The messages of the current language (read when a notice is shown). */
  messages: () => Messages
}

export interface CaptureOptions {
  kind: NoteKind
  who: readonly TroubledWho[]
  tane: boolean
}

/**
 * Everything the board does, as plain functions over the stores: the components stay thin and
 * the keyboard and pointer paths share one implementation. Every edit goes through the
 * workshop store's apply (one undo step, persisted at once) with the pure ops of
 * src/shared/board.
 */
export function createBoardActions(deps: BoardActionDeps) {
  const { workshop, notices, ui, boardId, messages } = deps
  const doc = () => workshop.getState().doc
  const index = () => {
    const current = doc()
    return current ? boardIndex(current, boardId) : null
  }
  const noteText = (id: string) => doc()?.notes[id]?.text ?? ''
  /** Applies an edit; true when it changed the doc. */
  const apply = (edit: Edit): boolean => {
    const before = doc()
    workshop.getState().apply(edit)
    return doc() !== before
  }
  const uiState = () => ui.getState()

  /** The notes that move with `noteId`: the selection when the note is part of it. */
  const movingIdsFor = (noteId: string): string[] => {
    const current = doc()
    const { selected } = uiState()
    if (!current || !selected.has(noteId) || selected.size < 2) return [noteId]
    return inReadingOrder(current, boardId, selected)
  }

  /** movingIdsFor(noteId) with the note itself first (it leads: focus, announcements). */
  const leadFirst = (noteId: string): string[] => [
    noteId,
    ...movingIdsFor(noteId).filter((id) => id !== noteId),
  ]

  const announceMoved = (noteId: string, count: number) => {
    const ix = index()
    const sentence = ix ? announceMove(ix.layout, noteId) : null
    if (sentence) uiState().announce(ANNOUNCE.moved(sentence, count - 1))
  }

  const actions = {
    add: (scene: SceneKey | null, text: string, options: CaptureOptions): string | null => {
      const created: { id: string | null } = { id: null }
      apply((current, ctx) => {
        const records = addNote(
          current,
          boardId,
          { text, scenes: scene ? [scene] : [], ...options },
          ctx,
        )
        created.id = records.find((r) => r.type === 'note' && !current.notes[r.id])?.id ?? null
        return records
      })
      if (created.id) {
        const where = areaLabel(scene)
        uiState().announce(
          options.kind === 'heading'
            ? ANNOUNCE.addedHeading(text, where)
            : ANNOUNCE.added(text, where),
        )
      }
      return created.id
    },

    /** Adds one note per text (a pasted list) in one edit: one undo step. True when added. */
    addList: (
      scene: SceneKey | null,
      texts: readonly string[],
      who: readonly TroubledWho[],
    ): boolean => {
      const inits = texts.map((text) => ({ text, scenes: scene ? [scene] : [], who }))
      const added = apply((current, ctx) => addNoteList(current, boardId, inits, ctx))
      if (added) uiState().announce(ANNOUNCE.addedList(texts.length, areaLabel(scene)))
      return added
    },

    update: (noteId: string, patch: NotePatch): void => {
      apply((current) => updateNote(current, noteId, patch))
    },

    /** Changes the kind; a note still in its kind's default colour takes the new kind's. */
    setKind: (noteId: string, kind: NoteKind): void => {
      apply((current) => {
        const note = current.notes[noteId]
        if (!note) return []
        const recolour = note.color === DEFAULT_NOTE_COLORS[note.kind]
        return updateNote(
          current,
          noteId,
          recolour ? { kind, color: DEFAULT_NOTE_COLORS[kind] } : { kind },
        )
      })
    },

    toggleScene: (noteId: string, scene: SceneKey): void => {
      apply((current) => toggleScene(current, noteId, scene))
    },

    setTane: (ids: readonly string[], value: boolean): void => {
      apply((current) => setTane(current, ids, value))
    },

    ungroup: (ids: readonly string[]): void => {
      apply((current) => ungroup(current, ids))
    },

    duplicate: (noteId: string): void => {
      const created: { id: string | null } = { id: null }
      apply((current, ctx) => {
        const records = duplicateNote(current, noteId, ctx)
        created.id = records.find((r) => r.type === 'note' && !current.notes[r.id])?.id ?? null
        return records
      })
      const id = created.id
      if (id) {
        uiState().select([id])
        uiState().requestFocus(id)
      }
    },

    /**
     * 元の付箋とまとめる: the imported copy's original takes `text` and the copy goes (one undo
     * step; the notice offers 元に戻す). False when nothing changed.
     */
    mergeImported: (copyId: string, text: string): boolean => {
      const before = doc()
      const originalId = before ? importedPair(before, copyId)?.original?.id : undefined
      const undoId = workshop
        .getState()
        .apply((current, ctx) => mergeImportedNote(current, copyId, text, ctx.now()))
      if (undoId === null || !originalId) return false
      uiState().set({ selected: new Set(), anchorId: null, menu: null, editingKey: null })
      uiState().requestFocus(originalId)
      const t = messages()
      uiState().announce(t.boardMerged)
      notices.getState().push(undoNotice(workshop, undoId, t.boardMerged))
      return true
    },

    /** 取り込みの印を外す: the copy becomes an ordinary note (one undo step). */
    keepImported: (copyId: string): void => {
      if (apply((current) => keepImportedNote(current, copyId))) {
        uiState().announce(messages().boardImportedKept)
        uiState().requestFocus(copyId)
      }
    },

    /** Deletes notes (undoable; the notice's 元に戻す brings back what this deletion did). */
    remove: (ids: readonly string[]): void => {
      const before = doc()
      if (!before || ids.length === 0) return
      const ordered = inReadingOrder(before, boardId, ids)
      const ix = boardIndex(before, boardId)
      const last = ordered.at(-1)
      const rank = last === undefined ? -1 : (ix.rank.get(last) ?? -1)
      const gone = new Set(ordered)
      const next = [...ix.rank].find(([id, r]) => r > rank && !gone.has(id))?.[0]
      const undoId = workshop.getState().apply((current, ctx) => deleteNotes(current, ordered, ctx))
      if (undoId === null) return
      uiState().set({ selected: new Set(), anchorId: null, menu: null, editingKey: null })
      if (next) uiState().requestFocus(next)
      const t = messages()
      uiState().announce(ANNOUNCE.deleted(ordered.length))
      notices.getState().push(undoNotice(workshop, undoId, t.boardDeleted(ordered.length)))
    },

    /**
     * Moves notes to a target; true when anything moved. Part of `gesture` when given (a drag: its
     * moves are one undo step), else an undo step of its own.
     */
    move: (ids: readonly string[], target: MoveTarget, gesture?: EditGesture): boolean => {
      const edit: Edit = (current) => moveNotes(current, ids, target)
      const changed = gesture ? gesture.apply(edit) : apply(edit)
      const lead = ids[0]
      if (changed && lead) announceMoved(lead, ids.length)
      return changed
    },

    /**
     * Gathers a note under a 見出し (from the note menu): the selection when the note is part of
     * it, else the note. True when anything moved.
     */
    gatherUnder: (noteId: string, headingId: string): boolean =>
      actions.gatherIdsUnder(leadFirst(noteId), headingId),

    /**
     * Puts notes under a 見出し in one step (one undo step): they take the 見出し's scenes; 見出し
     * among them stay where they are. The first note leads (focus, announcement); a selection of
     * several is cleared once gathered. True when anything moved.
     */
    gatherIdsUnder: (ids: readonly string[], headingId: string): boolean => {
      const current = doc()
      const heading = current?.notes[headingId]
      const lead = ids[0]
      if (!current || !heading || lead === undefined) return false
      const scene = primaryArea(heading.scenes, new Set(workshopScenes(current)))
      const changed = apply((d) => moveNotes(d, ids, { scene, parentId: headingId }))
      if (!changed) return false
      const after = doc()
      const moved = after ? ids.filter((id) => after.notes[id]?.parentId === headingId) : []
      const focusId = moved.includes(lead) ? lead : (moved[0] ?? lead)
      if (ids.length > 1) uiState().clearSelection()
      uiState().requestFocus(focusId)
      uiState().announce(
        ANNOUNCE.gathered(noteText(focusId), heading.text, Math.max(0, moved.length - 1)),
      )
      return true
    },

    /**
     * The G key on a note. On a 見出し while other notes are selected: they go under it at once.
     * Otherwise the dialog 見出しの下にまとめる opens for the selection (when the note is part of
     * it) or the note.
     */
    gatherKey: (noteId: string): void => {
      const current = doc()
      const note = current?.notes[noteId]
      if (!current || !note) return
      const { selected } = uiState()
      if (note.kind === 'heading') {
        const others = selected.has(noteId) ? [] : inReadingOrder(current, boardId, selected)
        if (others.length > 0) actions.gatherIdsUnder(others, noteId)
        else uiState().announce(ANNOUNCE.gatherNeedsSelection)
        return
      }
      actions.openGather(leadFirst(noteId))
    },

    /** Opens 見出しの下にまとめる for these notes (the first leads), or for the selection. */
    openGather: (ids?: readonly string[]): void => {
      const current = doc()
      if (!current) return
      const chosen = ids ?? inReadingOrder(current, boardId, uiState().selected)
      if (chosen.length === 0) return
      uiState().set({ gather: { ids: chosen }, menu: null, picked: null, editingKey: null })
    },

    // ---- Selection ----
    click: (noteId: string, mode: { toggle: boolean; range: boolean }): void => {
      const state = uiState()
      const current = doc()
      if (mode.toggle) state.toggleSelected(noteId)
      else if (mode.range && state.anchorId && current) {
        state.select(readingRange(current, boardId, state.anchorId, noteId), state.anchorId)
      } else state.select([noteId])
    },

    toggleSelected: (noteId: string): void => {
      uiState().toggleSelected(noteId)
      uiState().announce(ANNOUNCE.selected(uiState().selected.size))
    },

    /** Selects every note of the area `noteId` is in (gathered notes too). */
    selectArea: (noteId: string): void => {
      const ix = index()
      const at = ix ? locateNote(ix.layout, noteId) : null
      if (!ix || !at) return
      const ids = areaViews(ix.layout, at.scene)
        .filter((v) => !v.isSecondary)
        .flatMap((v) => [v.note.id, ...v.children.map((c) => c.id)])
      uiState().select(ids, noteId)
      uiState().announce(ANNOUNCE.selected(ids.length))
    },

    // ---- Keyboard moving ----
    pick: (noteId: string): void => {
      const ids = movingIdsFor(noteId)
      if (!uiState().selected.has(noteId)) uiState().select([noteId])
      uiState().set({ picked: { noteId, ids, gesture: startEditGesture(workshop) }, menu: null })
      const ix = index()
      const place = ix ? describePlace(ix.layout, noteId) : null
      uiState().announce(ANNOUNCE.pickedUp(noteText(noteId), place ?? '', ids.length - 1))
    },

    moveBy: (direction: ArrowDirection): void => {
      const picked = uiState().picked
      const ix = index()
      if (!picked || !ix) return
      const target = neighbourTarget(ix.layout, picked.noteId, direction)
      // Every step joins the pick-up's one undo step (stores/editGesture).
      const changed = target
        ? picked.gesture.apply((current) => moveNotes(current, picked.ids, target))
        : false
      if (!changed) {
        uiState().announce(ANNOUNCE.cannotMove)
        return
      }
      uiState().requestFocus(picked.noteId)
      announceMoved(picked.noteId, picked.ids.length)
    },

    drop: (): void => {
      const picked = uiState().picked
      if (!picked) return
      uiState().set({ picked: null })
      const ix = index()
      const place = ix ? describePlace(ix.layout, picked.noteId) : null
      uiState().announce(ANNOUNCE.dropped(noteText(picked.noteId), place ?? ''))
    },

    /** Escape while a note is picked up: every move since the pick-up is undone (one step). */
    cancelPick: (): void => {
      const picked = uiState().picked
      if (!picked) return
      uiState().set({ picked: null })
      if (picked.gesture.undoId !== null) workshop.getState().undo(boardId)
      uiState().requestFocus(picked.noteId)
      const ix = index()
      const place = ix ? describePlace(ix.layout, picked.noteId) : null
      uiState().announce(ANNOUNCE.cancelled(noteText(picked.noteId), place ?? ''))
    },

    // ---- Pointer dragging ----
    dragStart: (noteId: string): readonly string[] => {
      const ids = movingIdsFor(noteId)
      if (!uiState().selected.has(noteId)) uiState().select([noteId])
      const gesture = startEditGesture(workshop)
      uiState().set({
        dragging: { noteId, ids, gesture },
        menu: null,
        picked: null,
        editingKey: null,
      })
      return ids
    },

    dragEnd: (target: MoveTarget | null): void => {
      const dragging = uiState().dragging
      uiState().set({ dragging: null })
      uiState().setDropHint(null)
      if (!dragging || !target) return
      if (actions.move(dragging.ids, target, dragging.gesture)) {
        uiState().requestFocus(dragging.noteId)
      }
    },

    // Undo and redo stay on this board: never an edit made on another group's board or in the
    // setup (the history is the open workshop's: see stores/history).
    undo: (): void => {
      workshop.getState().undo(boardId)
    },
    redo: (): void => {
      workshop.getState().redo(boardId)
    },
  }
  return actions
}

export type BoardActions = ReturnType<typeof createBoardActions>
