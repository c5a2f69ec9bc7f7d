import { useDraggable } from '@dnd-kit/core'
import { memo, useCallback, useEffect, useRef, type PointerEvent } from 'react'
import { useShallow } from 'zustand/react/shallow'
import type { CanvasArea } from '../../../shared/model/schemas'
import { resolveRef, type ResolvedRef } from '../../../shared/theme3/theme3Queries'
import { useWorkshopStore } from '../../session/appServices'
import { useLang, useT } from '../../i18n/useT'
import { NoteEditor } from '../../ui/NoteEditor'
import { handleCanvasNoteKeyDown } from './canvasNoteKeys'
import { useCanvasUi, useCanvasUiStore } from './canvasUiStore'
import { useTheme3 } from './Theme3Context'
import { refKindLabel } from './theme3Labels'
import type { CanvasActions } from './useCanvasActions'

interface CanvasNoteItemProps {
  noteId: string
  area: CanvasArea
  /** The area's first note: its Tab stop until another note of the area has had the focus. */
  first: boolean
  actions: CanvasActions
  /** The id of the hidden instructions for moving notes. */
  helpId: string
}

/** Pointer presses on the note's own buttons and editor are not drags. */
function stopPress(event: PointerEvent) {
  event.stopPropagation()
}

/**
 * One note of a canvas: a typed note (edited in place: double-click, Enter or F2) or a live
 * reference to テーマ1/テーマ2 content, read from its record every time (badge 「参照：…」 and its
 * context; marked when the source was deleted; its text is not editable here, but it can be
 * turned into a note of its own). Dragged by pointer (dnd-kit), moved by keyboard (canvasNoteKeys).
 */
export const CanvasNoteItem = memo(function CanvasNoteItem({
  noteId,
  area,
  first,
  actions,
  helpId,
}: CanvasNoteItemProps) {
  const t = useT()
  const lang = useLang()
  const { groupId } = useTheme3()
  const ui = useCanvasUiStore()
  const note = useWorkshopStore((s) => s.doc?.canvasNotes[noteId])
  const ref = note?.ref ?? null
  const resolved: ResolvedRef | null = useWorkshopStore(
    useShallow((s) => (s.doc && ref ? resolveRef(s.doc, ref, groupId) : null)),
  )
  const editing = useCanvasUi((s) => s.editingId === noteId)
  const picked = useCanvasUi((s) => s.picked?.noteId === noteId)
  const dropBefore = useCanvasUi((s) => s.dropAt?.beforeId === noteId)
  const tabStop = useCanvasUi((s) => {
    const stop = s.tabStops[area]
    return stop === noteId || (first && stop === undefined)
  })
  const focusSeq = useCanvasUi((s) => (s.focus?.noteId === noteId ? s.focus.seq : 0))
  const { setNodeRef, listeners, isDragging } = useDraggable({
    id: noteId,
    data: { noteId },
    disabled: editing,
  })
  const element = useRef<HTMLDivElement | null>(null)
  const setRefs = useCallback(
    (node: HTMLDivElement | null) => {
      element.current = node
      setNodeRef(node)
    },
    [setNodeRef],
  )

  useEffect(() => {
    const target = element.current
    if (focusSeq === 0 || !target) return
    target.focus({ preventScroll: true })
    // jsdom (component tests) has no scrollIntoView.
    if ('scrollIntoView' in target) target.scrollIntoView({ block: 'nearest' })
  }, [focusSeq])

  if (!note || note.deletedAt !== null) return null

  const isRef = ref !== null
  const text = isRef ? (resolved?.text ?? '') : note.text
  const badge = resolved ? t.theme3RefBadge(refKindLabel(resolved.kind, lang)) : ''
  const gone = resolved?.missing ? t.theme3RefMissing : resolved?.deleted ? t.theme3RefDeleted : ''
  const startEdit = isRef
    ? undefined
    : () => {
        ui.getState().set({ editingId: noteId, picked: null })
      }
  const label = [
    (text || t.boardEmptyNote).replace(/[。.]+$/, ''),
    badge,
    resolved?.context ?? '',
    gone,
    picked ? t.theme3PickedMark : '',
  ]
    .filter(Boolean)
    .join('。')

  const className = [
    'note',
    `note--${note.color}`,
    't3-note',
    isRef ? 't3-note--ref' : '',
    gone ? 't3-note--gone' : '',
    picked ? 'is-picked' : '',
    isDragging ? 'is-moving' : '',
    editing ? 'is-editing' : '',
  ]
    .filter(Boolean)
    .join(' ')

  return (
    <div
      ref={setRefs}
      className={className}
      data-canvas-note-id={noteId}
      data-ref={isRef ? (ref.type === 'note' ? 'theme1' : 'theme2') : undefined}
      data-drop={dropBefore ? 'before' : undefined}
      role="group"
      tabIndex={tabStop ? 0 : -1}
      aria-roledescription={t.theme3NoteRole}
      aria-describedby={helpId}
      aria-label={label}
      {...listeners}
      onKeyDown={(event) => {
        handleCanvasNoteKeyDown(event, { noteId, actions, ui, startEdit })
      }}
      onFocus={(event) => {
        if (event.target === event.currentTarget) ui.getState().setTabStop(area, noteId)
      }}
      onDoubleClick={(event) => {
        event.stopPropagation()
        startEdit?.()
      }}
      onBlur={(event) => {
        if (picked && event.relatedTarget instanceof Element) actions.drop()
      }}
    >
      {isRef ? (
        <span className="t3-note__badge" title={t.theme3RefLive}>
          <span aria-hidden="true">↗</span> {badge}
        </span>
      ) : null}
      {editing ? (
        <NoteEditor
          initial={note.text}
          onDone={(edited) => {
            if (edited !== null) actions.update(noteId, edited)
            ui.getState().set({ editingId: null })
            element.current?.focus({ preventScroll: true })
          }}
        />
      ) : (
        <p className={text ? 'note__text t3-note__text' : 'note__text note__text--empty'}>
          {text || t.theme3RefMissing}
        </p>
      )}
      {resolved?.context ? <span className="t3-note__context">{resolved.context}</span> : null}
      {gone ? (
        <span className="t3-note__gone">
          <span aria-hidden="true">⚠</span> {gone}
        </span>
      ) : null}
      {editing ? null : (
        <span className="t3-note__tools">
          {isRef ? (
            resolved?.missing ? null : (
              <button
                type="button"
                className="t3-note__tool"
                tabIndex={tabStop ? 0 : -1}
                title={t.theme3DetachHint}
                onPointerDown={stopPress}
                onClick={() => {
                  actions.detach(noteId)
                }}
              >
                {t.theme3Detach}
              </button>
            )
          ) : (
            <button
              type="button"
              className="t3-note__tool"
              tabIndex={tabStop ? 0 : -1}
              aria-label={`${t.theme3Edit}：${text}`}
              onPointerDown={stopPress}
              onClick={startEdit}
            >
              {t.theme3Edit}
            </button>
          )}
          <button
            type="button"
            className="t3-note__tool t3-note__tool--danger"
            tabIndex={tabStop ? 0 : -1}
            aria-label={`${t.theme3Delete}：${text}`}
            onPointerDown={stopPress}
            onClick={() => {
              actions.remove(noteId)
            }}
          >
            {t.theme3Delete}
          </button>
        </span>
      )}
    </div>
  )
})
