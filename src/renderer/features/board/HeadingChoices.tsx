import type { KeyboardEvent } from 'react'
import { locateNote, primaryViews } from '../../../shared/board/theme1Layout'
import { noteExcerpt } from '../../../shared/board/theme1Keyboard'
import { useWorkshopStore } from '../../session/appServices'
import { sceneLabel } from '../../i18n/labels'
import { useLang, useT } from '../../i18n/useT'
import { useBoard } from './BoardContext'
import { boardIndex } from './boardIndex'

interface HeadingChoicesProps {
  /** The notes to gather (the first one leads: its area's 見出し come first). */
  ids: readonly string[]
  onPick: (headingId: string) => void
  /** The choices' legend. */
  legend: string
  /** 1-9 pick the first nine choices at once (the numbers are shown). */
  numbered?: boolean
  /** Gives the first choice the focus when shown (a dialog's data-autofocus). */
  autoFocus?: boolean
}

/**
 * The board's 見出し to gather notes under: one button per 見出し (those of the lead note's
 * area first, each with its area), leaving out 見出し that are among the notes and the one every
 * note is already under. Tab or ↑/↓ (Home/End) go through them, Enter picks; with `numbered`,
 * 1-9 pick at once. Renders nothing when there is no 見出し to offer.
 */
export function HeadingChoices({ ids, onPick, legend, numbered, autoFocus }: HeadingChoicesProps) {
  const t = useT()
  const lang = useLang()
  const { boardId } = useBoard()
  const doc = useWorkshopStore((s) => s.doc)
  if (!doc) return null
  const ix = boardIndex(doc, boardId)
  const lead = ids[0] === undefined ? null : locateNote(ix.layout, ids[0])
  const moving = new Set(ids)
  const parents = new Set(ids.map((id) => ix.parentOf.get(id)?.id ?? ''))
  const alreadyUnder = parents.size === 1 ? [...parents][0] : undefined
  const headings = [...primaryViews(ix.layout)].filter(
    (view) =>
      view.note.kind === 'heading' &&
      !moving.has(view.note.id) &&
      view.note.id !== alreadyUnder &&
      !ix.parentOf.has(view.note.id),
  )
  if (headings.length === 0) return null
  const ordered = [
    ...headings.filter((view) => view.scene === lead?.scene),
    ...headings.filter((view) => view.scene !== lead?.scene),
  ]

  const handleKeyDown = (event: KeyboardEvent<HTMLFieldSetElement>) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return
    const buttons = [...event.currentTarget.querySelectorAll<HTMLButtonElement>('button')]
    if (numbered && /^[1-9]$/.test(event.key)) {
      const view = ordered[Number(event.key) - 1]
      if (!view) return
      event.preventDefault()
      onPick(view.note.id)
      return
    }
    const at = buttons.findIndex((button) => button === document.activeElement)
    const next =
      event.key === 'ArrowDown'
        ? (at + 1) % buttons.length
        : event.key === 'ArrowUp'
          ? (at - 1 + buttons.length) % buttons.length
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? buttons.length - 1
              : -1
    if (next < 0 || at < 0) return
    event.preventDefault()
    buttons[next]?.focus()
  }

  return (
    <fieldset className="note-menu__group note-menu__headings" onKeyDown={handleKeyDown}>
      <legend>{legend}</legend>
      {ordered.map((view, index) => (
        <button
          key={view.note.id}
          type="button"
          className="button button--small"
          data-gather-heading={view.note.id}
          data-autofocus={autoFocus && index === 0 ? '' : undefined}
          aria-keyshortcuts={numbered && index < 9 ? String(index + 1) : undefined}
          onClick={() => {
            onPick(view.note.id)
          }}
        >
          {numbered && index < 9 ? (
            <span className="heading-choice__key" aria-hidden="true">
              {index + 1}
            </span>
          ) : null}
          {t.boardGatherUnderItem(
            noteExcerpt(view.note.text) || t.boardEmptyNote,
            view.scene === null ? t.boardTray : sceneLabel(view.scene, lang),
          )}
        </button>
      ))}
    </fieldset>
  )
}
