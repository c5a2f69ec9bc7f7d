import { memo, useEffect, useRef, type MouseEvent } from 'react'
import type { SceneKey } from '../../../shared/model/scenes'
import { useWorkshopStore } from '../../session/appServices'
import { sceneLabel } from '../../i18n/labels'
import { messagesOf, useLang } from '../../i18n/useT'
import { useBoard, useBoardUi, useDropMode } from './BoardContext'
import { appearanceKey, areaName } from './boardKeys'
import { NoteBody } from './NoteBody'
import { NoteEditor } from '../../ui/NoteEditor'
import { handleNoteKeyDown } from './noteKeyDown'
import { joinLabels, whoLabel } from './noteLabels'
import { useBoardView } from './boardView'
import { FoldButton, isFoldKey } from './FoldButton'
import { packNoteUiFlags, unpackNoteUiFlags } from './noteUiFlags'

/**
 * Longer texts may be cut off on the note (line clamp: 6 lines, 3 in 詰めて表示): the whole text
 * is then its tooltip (and always its accessible name).
 */
const LONG_TEXT = 90
const LONG_TEXT_COMPACT = 24

interface NoteItemProps {
  noteId: string
  /** The area this appearance is in (null: the tray). */
  scene: SceneKey | null
  /** The 見出し this appearance is gathered under, if any. */
  parentId: string | null
  /** An extra appearance of a multi-scene note (not dragged; its primary one is). */
  secondary: boolean
  /** The area's first note: its Tab stop until another note of the area has had the focus. */
  first?: boolean
  /** A 見出し: how many notes are gathered under it (0: nothing to fold). */
  foldCount?: number
  /** A 見出し whose notes are folded away (boardView). */
  folded?: boolean
}

/**
 * One appearance of a note: reads its own note and its own flags from the stores, and hands
 * primitives to the memoised NoteBody. Click selects (Ctrl/⌘ adds, Shift extends), double-click
 * or Enter edits, keys as in noteKeyDown. The pointer drag reads no context here (a note
 * re-renders only when its own note or flags change): the board picks the note up through
 * `data-drag-source` (Theme1Board) and finds drop spots from `data-note-id` / `data-parent-id`.
 */
export const NoteItem = memo(function NoteItem({
  noteId,
  scene,
  parentId,
  secondary,
  first = false,
  foldCount = 0,
  folded = false,
}: NoteItemProps) {
  const { ui, actions, dragHelpId, boardId } = useBoard()
  const lang = useLang()
  const t = messagesOf(lang)
  const note = useWorkshopStore((s) => s.doc?.notes[noteId])
  const visible = useWorkshopStore((s) => s.doc?.workshop.scenes)
  const key = appearanceKey(scene, parentId, noteId)
  const area = areaName(scene)
  // Everything this appearance shows of the board's UI state, through one subscription.
  // Roving tabindex: one Tab stop per area (the note last focused there, or its first note);
  // arrows, Home and End move between notes (noteKeyDown).
  const { selected, picked, moving, editing, tabStop, focusSeq } = unpackNoteUiFlags(
    useBoardUi((s) => packNoteUiFlags(s, { noteId, key, area, first, secondary })),
  )
  const dropMode = useDropMode(key)
  const compact = useBoardView((s) => s.density === 'compact')

  const element = useRef<HTMLDivElement | null>(null)

  useEffect(() => {
    const target = element.current
    if (focusSeq === 0 || !target) return
    target.focus({ preventScroll: true })
    // jsdom (component tests) has no scrollIntoView.
    if ('scrollIntoView' in target) target.scrollIntoView({ block: 'nearest' })
    ui.getState().set({ focus: null })
  }, [focusSeq, ui])

  // An appearance that leaves (moved, deleted) is no longer its area's Tab stop.
  useEffect(
    () => () => {
      ui.getState().clearTabStop(area, key)
    },
    [ui, area, key],
  )

  if (!note) return null

  const others = (visible ?? []).filter((s) => s !== scene && note.scenes.includes(s))
  const primary = secondary ? (visible ?? []).find((s) => note.scenes.includes(s)) : undefined
  const whoText = joinLabels(
    note.who.map((w) => whoLabel(w, t)),
    lang,
  )
  const label = [
    // The parts are joined with 。: a text that already ends with one must not get a second.
    (note.text || t.boardEmptyNote).replace(/[。.]+$/, ''),
    note.kind === 'heading' ? t.boardKindHeading : '',
    whoText ? `${t.boardWho}：${whoText}` : '',
    note.tane ? t.boardTane : '',
    others.length
      ? t.boardAlsoIn(
          joinLabels(
            others.map((s) => sceneLabel(s, lang)),
            lang,
          ),
        )
      : '',
    primary ? t.boardSecondary(sceneLabel(primary, lang)) : '',
    folded ? t.boardFoldedMark(foldCount) : '',
    selected ? t.boardSelectedMark : '',
    picked ? t.boardPickedMark : '',
  ]
    .filter(Boolean)
    .join('。')

  const setFolded = (fold: boolean) => {
    useBoardView.getState().setCollapsed(boardId, [noteId], fold)
    ui.getState().announce(fold ? t.boardFoldedNow(foldCount) : t.boardUnfoldedNow(foldCount))
  }
  const startEdit = () => {
    ui.getState().set({ editingKey: key, menu: null })
  }
  const openMenu = (from?: HTMLElement) => {
    const rect = (from ?? element.current)?.getBoundingClientRect()
    if (!rect) return
    ui.getState().set({
      menu: {
        noteId,
        itemKey: key,
        anchor: { left: rect.left, top: rect.top, bottom: rect.bottom },
      },
    })
  }
  const handleClick = (event: MouseEvent<HTMLDivElement>) => {
    event.stopPropagation()
    actions.click(noteId, { toggle: event.ctrlKey || event.metaKey, range: event.shiftKey })
  }

  const className = [
    'note',
    `note--${note.kind}`,
    `note--${note.color}`,
    secondary ? 'note--secondary' : '',
    selected ? 'is-selected' : '',
    picked ? 'is-picked' : '',
    moving ? 'is-moving' : '',
    editing ? 'is-editing' : '',
  ]
    .filter(Boolean)
    .join(' ')

  return (
    <div
      ref={element}
      className={className}
      data-note-id={noteId}
      data-parent-id={parentId ?? undefined}
      data-secondary={secondary ? 'true' : undefined}
      data-drop={dropMode ?? undefined}
      data-drag-source={secondary || editing ? undefined : ''}
      role="group"
      tabIndex={tabStop ? 0 : -1}
      aria-roledescription={t.boardNoteRole}
      aria-describedby={dragHelpId}
      aria-label={label}
      title={note.text.length > (compact ? LONG_TEXT_COMPACT : LONG_TEXT) ? note.text : undefined}
      onKeyDown={(event) => {
        // While a pointer drag is on, keys are dnd-kit's (Escape cancels it, on the window).
        if (ui.getState().dragging) return
        if (foldCount > 0 && isFoldKey(event)) {
          event.preventDefault()
          event.stopPropagation()
          const fold = event.key === 'ArrowUp'
          if (fold !== folded) setFolded(fold)
          return
        }
        handleNoteKeyDown(event, { noteId, actions, ui, startEdit, openMenu })
      }}
      onClick={handleClick}
      onFocus={(event) => {
        if (event.target === event.currentTarget) ui.getState().setTabStop(area, key)
      }}
      onDoubleClick={(event) => {
        event.stopPropagation()
        startEdit()
      }}
      onBlur={(event) => {
        if (picked && event.relatedTarget instanceof Element) actions.drop()
      }}
    >
      {editing ? (
        <NoteEditor
          initial={note.text}
          onDone={(text) => {
            if (text !== null) actions.update(noteId, { text })
            ui.getState().set({ editingKey: null })
            element.current?.focus({ preventScroll: true })
          }}
        />
      ) : (
        <NoteBody
          text={note.text}
          who={note.who.join(',')}
          tane={note.tane}
          imported={note.importedCopy === true}
          otherScenes={others.join(',')}
          lang={lang}
        />
      )}
      {foldCount > 0 && !editing ? (
        <FoldButton
          count={foldCount}
          folded={folded}
          onToggle={() => {
            setFolded(!folded)
          }}
        />
      ) : null}
      {selected ? (
        <span className="note__check" aria-hidden="true">
          ✓
        </span>
      ) : null}
      <button
        type="button"
        className="note__menu-button"
        tabIndex={-1}
        aria-label={t.boardNoteMenu}
        title={t.boardNoteMenu}
        aria-haspopup="dialog"
        onPointerDown={(event) => {
          event.stopPropagation()
        }}
        onClick={(event) => {
          event.stopPropagation()
          openMenu(event.currentTarget)
        }}
      >
        <span aria-hidden="true">⋯</span>
      </button>
    </div>
  )
})
