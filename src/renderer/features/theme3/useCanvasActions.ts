import { useMemo } from 'react'
import type { CanvasArea, CanvasRef } from '../../../shared/model/schemas'
import {
  addCanvasNote,
  addCanvasRef,
  canvasNeighbourTarget,
  deleteCanvasNotes,
  detachCanvasRef,
  moveCanvasNotes,
  updateCanvasNote,
  type CanvasDirection,
  type CanvasMoveTarget,
} from '../../../shared/theme3/canvasNoteOps'
import { areaNotes, canvasNoteText, liveCanvasNote } from '../../../shared/theme3/theme3Queries'
import { useAppServices } from '../../session/appServices'
import { useLang, useT } from '../../i18n/useT'
import { useCanvasUiStore } from './canvasUiStore'
import { useTheme3 } from './Theme3Context'
import { canvasAreaLabel, shortText } from './theme3Labels'

/**
 * The edits of a canvas's notes, with what the user hears and where the focus goes: adding,
 * rewording, detaching a reference, deleting (notice with 元に戻す), and moving by pointer or
 * keyboard (Space picks a note up, arrows move it one step at a time — each step one edit —,
 * Space drops it, Escape undoes the steps).
 */
export function useCanvasActions(canvasId: string) {
  const { workshop } = useAppServices()
  const { boardId, apply, announce, remove } = useTheme3()
  const ui = useCanvasUiStore()
  const t = useT()
  const lang = useLang()

  return useMemo(() => {
    const doc = () => workshop.getState().doc
    const textOf = (noteId: string) => {
      const current = doc()
      const note = current ? liveCanvasNote(current, noteId) : undefined
      return current && note ? shortText(canvasNoteText(current, note)) : ''
    }
    /** Where a note is: its area's label, its place (from 1) and the area's number of notes. */
    const placeOf = (noteId: string) => {
      const current = doc()
      const note = current ? liveCanvasNote(current, noteId) : undefined
      if (!current || !note) return null
      const notes = areaNotes(current, canvasId, note.area)
      return {
        area: canvasAreaLabel(note.area, lang),
        n: notes.findIndex((n) => n.id === noteId) + 1,
        count: notes.length,
      }
    }
    const move = (noteId: string, target: CanvasMoveTarget): boolean => {
      const changed = apply((current) => moveCanvasNotes(current, [noteId], target)).length > 0
      const place = placeOf(noteId)
      if (changed && place) {
        ui.getState().requestFocus(noteId)
        announce(t.theme3MovedTo(textOf(noteId), place.area, place.n, place.count))
      }
      return changed
    }

    return {
      add: (area: CanvasArea, text: string): boolean => {
        const added = apply((current, ctx) => addCanvasNote(current, canvasId, area, text, ctx))
        if (added.length > 0) announce(t.theme3Added(canvasAreaLabel(area, lang)))
        return added.length > 0
      },
      addRef: (area: CanvasArea, ref: CanvasRef): string | null => {
        const added = apply((current, ctx) => addCanvasRef(current, canvasId, area, ref, ctx))
        const id = added[0]?.id ?? null
        if (id) announce(t.theme3RefAdded(canvasAreaLabel(area, lang)))
        return id
      },
      update: (noteId: string, text: string): void => {
        apply((current) => updateCanvasNote(current, noteId, { text }))
      },
      detach: (noteId: string): void => {
        if (apply((current) => detachCanvasRef(current, noteId)).length > 0) {
          ui.getState().requestFocus(noteId)
          announce(t.theme3Detached)
        }
      },
      /** Deletes a note; the focus goes to its neighbour in the area (or stays in the area). */
      remove: (noteId: string): void => {
        const before = doc()
        const note = before ? liveCanvasNote(before, noteId) : undefined
        if (!before || !note) return
        const siblings = areaNotes(before, canvasId, note.area)
        const index = siblings.findIndex((n) => n.id === noteId)
        const next = siblings[index + 1] ?? siblings[index - 1]
        const records = remove(
          (current, ctx) => deleteCanvasNotes(current, [noteId], ctx),
          t.theme3NoteDeleted,
        )
        if (records.length === 0) return
        ui.getState().set({ editingId: null, picked: null })
        if (next) ui.getState().requestFocus(next.id)
      },
      /** A pointer drop: one edit. */
      moveTo: (noteId: string, target: CanvasMoveTarget): boolean => move(noteId, target),
      pick: (noteId: string): void => {
        const place = placeOf(noteId)
        if (!place) return
        ui.getState().set({ picked: { noteId, steps: 0 }, editingId: null })
        announce(t.theme3PickedUp(textOf(noteId), place.area, place.n, place.count))
      },
      moveBy: (direction: CanvasDirection): void => {
        const picked = ui.getState().picked
        const current = doc()
        if (!picked || !current) return
        const target = canvasNeighbourTarget(current, picked.noteId, direction)
        if (!target || !move(picked.noteId, target)) {
          announce(t.theme3CannotMove)
          return
        }
        ui.getState().set({ picked: { ...picked, steps: picked.steps + 1 } })
      },
      drop: (): void => {
        const picked = ui.getState().picked
        if (!picked) return
        ui.getState().set({ picked: null })
        const place = placeOf(picked.noteId)
        if (place) announce(t.theme3Dropped(textOf(picked.noteId), place.area, place.n))
      },
      /** Escape while a note is picked up: every move since the pick-up is undone. */
      cancelPick: (): void => {
        const picked = ui.getState().picked
        if (!picked) return
        ui.getState().set({ picked: null })
        for (let i = 0; i < picked.steps; i++) workshop.getState().undo(boardId)
        ui.getState().requestFocus(picked.noteId)
        announce(t.theme3Cancelled(textOf(picked.noteId)))
      },
    }
  }, [workshop, boardId, apply, announce, remove, ui, t, lang, canvasId])
}

export type CanvasActions = ReturnType<typeof useCanvasActions>
