import { memo } from 'react'
import { SCENE_KEYS, type SceneKey } from '../../../shared/model/scenes'
import { TROUBLED_WHO, type TroubledWho } from '../../../shared/model/schemas'
import { sceneLabel } from '../../i18n/labels'
import { messagesOf, type Lang } from '../../i18n/useT'
import { joinLabels, whoLabel } from './noteLabels'
import { TaneIcon } from '../../ui/TaneIcon'

export interface NoteBodyProps {
  text: string
  /** 困っている人, comma-separated keys (a primitive, so that memo compares by value). */
  who: string
  tane: boolean
  /** A copy a conflict kept (「両方残す」): shows the 「取り込み」 badge (never part of the text). */
  imported?: boolean
  /** The note's other scenes shown on this board, comma-separated keys. */
  otherScenes: string
  /** How many notes a drag preview stands for (0 or 1: just this one). */
  count?: number
  /** The UI language (read once by the note, not by each of its parts: fewer subscriptions). */
  lang: Lang
}

const isWho = (value: string): value is TroubledWho =>
  (TROUBLED_WHO as readonly string[]).includes(value)
const isScene = (value: string): value is SceneKey =>
  (SCENE_KEYS as readonly string[]).includes(value)

/**
 * What a note shows: its text (as text, never HTML, line breaks kept) and its tags: 「タネ」 with
 * the sprout, who is troubled, and the other scenes of a multi-scene note (「＋入退院支援」).
 * Memoised on primitive props: a note that did not change does not re-render.
 */
export const NoteBody = memo(function NoteBody({
  text,
  who,
  tane,
  imported = false,
  otherScenes,
  count = 0,
  lang,
}: NoteBodyProps) {
  const t = messagesOf(lang)
  const whoList = who ? who.split(',').filter(isWho) : []
  const scenes = otherScenes ? otherScenes.split(',').filter(isScene) : []
  const hasTags = imported || tane || whoList.length > 0 || scenes.length > 0
  return (
    <>
      <p
        className={text ? 'note__text' : 'note__text note__text--empty'}
        lang={text ? 'ja' : undefined}
      >
        {text || t.boardEmptyNote}
      </p>
      {hasTags ? (
        <p className="note__tags">
          {imported ? (
            <span className="note-tag note-tag--imported" title={t.boardImportedHint}>
              {t.boardImported}
            </span>
          ) : null}
          {tane ? (
            <span className="note-tag note-tag--tane">
              <TaneIcon />
              {t.boardTane}
            </span>
          ) : null}
          {whoList.map((w) => (
            <span key={w} className="note-tag note-tag--who">
              {whoLabel(w, t)}
            </span>
          ))}
          {scenes.length > 0 ? (
            <span className="note-tag note-tag--scenes">
              {t.boardAlsoIn(
                joinLabels(
                  scenes.map((s) => sceneLabel(s, lang)),
                  lang,
                ),
              )}
            </span>
          ) : null}
        </p>
      ) : null}
      {count > 1 ? <span className="note__count">{t.boardDragCount(count)}</span> : null}
    </>
  )
})
