import { useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react'
import { useShallow } from 'zustand/react/shallow'
import { workshopScenes } from '../../../shared/board/theme1Layout'
import { NOTE_COLORS, TROUBLED_WHO } from '../../../shared/model/schemas'
import { useWorkshopStore } from '../../session/appServices'
import { sceneLabel } from '../../i18n/labels'
import { useLang, useT } from '../../i18n/useT'
import { isComposing } from '../../ui/keyboard'
import { useBoard, useBoardUi } from './BoardContext'
import { boardIndex } from './boardIndex'
import { HeadingChoices } from './HeadingChoices'
import { colorLabel, whoLabel } from './noteLabels'
import { TaneIcon } from '../../ui/TaneIcon'

const MARGIN = 8

/**
 * The menu of one note (opened with its ⋯ button or Shift+F10): kind, who is troubled, タネ,
 * colour, scenes (a note may belong to several), 見出しの下に入れる (a list of the board's 見出し),
 * for a copy a conflict kept 元の付箋とまとめる / 取り込みの印を外す, and 書き直す / 複製 /
 * 見出しから外す / 削除.
 * Every change applies at once (one undo step each). Escape or a click elsewhere closes it.
 */
export function NoteMenu() {
  const t = useT()
  const lang = useLang()
  const { ui, actions, boardId } = useBoard()
  const menu = useBoardUi((s) => s.menu)
  const noteId = menu?.noteId ?? ''
  const note = useWorkshopStore((s) => s.doc?.notes[noteId])
  const scenes = useWorkshopStore(useShallow((s) => (s.doc ? workshopScenes(s.doc) : [])))
  const family = useWorkshopStore((s) => {
    const ix = s.doc ? boardIndex(s.doc, boardId) : null
    return ix?.parentOf.has(noteId) ? 'child' : ix?.childrenOf.has(noteId) ? 'parent' : 'none'
  })
  const panel = useRef<HTMLDivElement>(null)
  const [position, setPosition] = useState<{ left: number; top: number } | null>(null)

  const close = (refocus: boolean) => {
    ui.getState().set({ menu: null })
    if (refocus) ui.getState().requestFocus(noteId)
  }

  useLayoutEffect(() => {
    const element = panel.current
    if (!menu || !element) return
    const { width, height } = element.getBoundingClientRect()
    const maxLeft = window.innerWidth - width - MARGIN
    const below = menu.anchor.bottom + 4
    const top = below + height <= window.innerHeight - MARGIN ? below : menu.anchor.top - height - 4
    setPosition({
      left: Math.max(MARGIN, Math.min(menu.anchor.left, maxLeft)),
      top: Math.max(MARGIN, top),
    })
    element.querySelector<HTMLElement>('input:checked, input, button')?.focus()
  }, [menu])

  useEffect(() => {
    if (!menu) return
    const handlePointerDown = (event: PointerEvent) => {
      if (event.target instanceof Node && panel.current?.contains(event.target)) return
      ui.getState().set({ menu: null })
    }
    document.addEventListener('pointerdown', handlePointerDown, true)
    return () => {
      document.removeEventListener('pointerdown', handlePointerDown, true)
    }
  }, [menu, ui])

  if (!menu || !note) return null

  const handleKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Escape' && !isComposing(event)) {
      event.preventDefault()
      event.stopPropagation()
      close(true)
    }
  }
  const run = (action: () => void) => () => {
    close(false)
    action()
  }

  return (
    <div
      ref={panel}
      className="note-menu"
      role="dialog"
      aria-label={t.boardNoteSettings}
      style={position ?? { left: -9999, top: 0 }}
      onKeyDown={handleKeyDown}
    >
      <div className="note-menu__row">
        <fieldset className="note-menu__group">
          <legend>{t.boardKind}</legend>
          {(['hand', 'heading'] as const).map((kind) => (
            <label key={kind} className="check-chip">
              <input
                type="radio"
                name="note-menu-kind"
                checked={note.kind === kind}
                onChange={() => {
                  actions.setKind(note.id, kind)
                }}
              />
              {kind === 'hand' ? t.boardKindHand : t.boardKindHeading}
            </label>
          ))}
        </fieldset>
        <fieldset className="note-menu__group">
          <legend>{t.boardTaneLegend}</legend>
          <label className="check-chip check-chip--tane">
            <input
              type="checkbox"
              checked={note.tane}
              onChange={(event) => {
                actions.setTane([note.id], event.target.checked)
              }}
            />
            <TaneIcon />
            {t.boardTane}
          </label>
        </fieldset>
      </div>
      <fieldset className="note-menu__group">
        <legend>{t.boardWho}</legend>
        {TROUBLED_WHO.map((who) => (
          <label key={who} className="check-chip">
            <input
              type="checkbox"
              checked={note.who.includes(who)}
              onChange={(event) => {
                const next = event.target.checked
                  ? [...note.who, who]
                  : note.who.filter((w) => w !== who)
                actions.update(note.id, { who: next })
              }}
            />
            {whoLabel(who, t)}
          </label>
        ))}
      </fieldset>
      <fieldset className="note-menu__group">
        <legend>{t.boardColor}</legend>
        {NOTE_COLORS.map((color) => (
          <label key={color} className={`check-chip color-chip color-chip--${color}`}>
            <input
              type="radio"
              name="note-menu-color"
              checked={note.color === color}
              onChange={() => {
                actions.update(note.id, { color })
              }}
            />
            {colorLabel(color, t)}
          </label>
        ))}
      </fieldset>
      <fieldset className="note-menu__group" disabled={family === 'child'}>
        <legend>{t.boardScenes}</legend>
        {scenes.map((scene) => (
          <label key={scene} className="check-chip">
            <input
              type="checkbox"
              checked={note.scenes.includes(scene)}
              onChange={() => {
                actions.toggleScene(note.id, scene)
              }}
            />
            {sceneLabel(scene, lang)}
          </label>
        ))}
        {family === 'child' ? <p className="note-menu__hint">{t.boardScenesGathered}</p> : null}
      </fieldset>
      {note.kind === 'hand' && family !== 'parent' ? (
        <HeadingChoices
          ids={[note.id]}
          legend={t.boardGatherUnder}
          onPick={(headingId) => {
            close(false)
            actions.gatherUnder(note.id, headingId)
          }}
        />
      ) : null}
      {note.importedCopy === true ? (
        <fieldset className="note-menu__group note-menu__group--imported">
          <legend>{t.boardImportedLegend}</legend>
          <button
            type="button"
            className="button button--small"
            onClick={run(() => {
              ui.getState().set({ merging: { copyId: note.id } })
            })}
          >
            {t.boardImportedMerge}
          </button>
          <button
            type="button"
            className="button button--small"
            onClick={run(() => {
              actions.keepImported(note.id)
            })}
          >
            {t.boardImportedKeep}
          </button>
        </fieldset>
      ) : null}
      <div className="note-menu__actions">
        <button
          type="button"
          className="button button--small"
          onClick={run(() => {
            ui.getState().set({ editingKey: menu.itemKey })
          })}
        >
          {t.boardEdit}
        </button>
        <button
          type="button"
          className="button button--small"
          onClick={run(() => {
            actions.duplicate(note.id)
          })}
        >
          {t.duplicate}
        </button>
        {family !== 'none' ? (
          <button
            type="button"
            className="button button--small"
            onClick={run(() => {
              actions.ungroup([note.id])
              ui.getState().requestFocus(note.id)
            })}
          >
            {family === 'child' ? t.boardUngroup : t.boardUngroupAll}
          </button>
        ) : null}
        <button
          type="button"
          className="button button--small button--danger"
          onClick={run(() => {
            actions.remove([note.id])
          })}
        >
          {t.remove}
        </button>
      </div>
    </div>
  )
}
