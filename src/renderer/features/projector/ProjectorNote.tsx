import { memo, useLayoutEffect, useMemo, useRef, useState } from 'react'
import { SCENE_LABELS, type SceneKey } from '../../../shared/model/scenes'
import type { Note } from '../../../shared/model/schemas'
import type { Lang } from '../../i18n/useT'
import { charWidthFor } from './charWidth'
import { fitTextScaled, type TextFit } from './fitText'
import { fitLaidOut, type LaidOutFit } from './fitLaidOut'
import { NOTE_LINE_HEIGHT as LINE_HEIGHT, noteBox } from './noteBox'
import type { ProjectorText } from './projectorText'

/** Sizes shared by every note of an area (from its grid cell and the chosen text size). */
export interface NoteSizing {
  cellWidth: number
  cellHeight: number
  /** The largest note text at 100% (also sizes the marks), and its floor. */
  maxPx: number
  minPx: number
  /** The board's one text size at 100% (boardTextPx); notes use it unless they must shrink. */
  textPx: number
  /** The chosen text size (A＋ / A−) on top of the fitted size. */
  scale: number
  fontFamily: string
}

interface ProjectorNoteProps {
  note: Note
  /** The area this appearance is in (null: the tray). */
  scene: SceneKey | null
  /** The workshop's scenes: which other ones the note is in. */
  sceneKeys: readonly SceneKey[]
  isSecondary: boolean
  row: number
  col: number
  sizing: NoteSizing
  text: ProjectorText
  lang: Lang
  fontsVersion: number
}

/** One note on the projector: its text as large as fits, its marks in words, never colour alone. */
export const ProjectorNote = memo(function ProjectorNote(props: ProjectorNoteProps) {
  const { note, scene, sceneKeys, isSecondary, sizing, text, lang, fontsVersion } = props
  const isHeading = note.kind === 'heading'
  const box = noteBox(sizing, isHeading)
  const { border, pad, metaPx, metaHeight, showMeta } = box
  const boxWidth = box.width
  const boxHeight = box.height
  const weight = isHeading ? 700 : 500
  const estimated = useMemo(
    () =>
      fitTextScaled(
        note.text,
        { width: boxWidth, height: boxHeight },
        { maxPx: sizing.textPx, minPx: sizing.minPx, lineHeight: LINE_HEIGHT },
        sizing.scale,
        charWidthFor(sizing.fontFamily, weight, fontsVersion),
      ),
    [
      note.text,
      boxWidth,
      boxHeight,
      sizing.textPx,
      sizing.minPx,
      sizing.scale,
      sizing.fontFamily,
      weight,
      fontsVersion,
    ],
  )

  // The browser's own line breaking (between phrases, balanced) may need a line more than the
  // estimate: measured here, the text then shrinks until it fits, down to the floor, and the
  // lines still hidden are counted as laid out.
  const textRef = useRef<HTMLParagraphElement>(null)
  const [laidOut, setLaidOut] = useState<({ of: TextFit } & LaidOutFit) | null>(null)
  useLayoutEffect(() => {
    const element = textRef.current
    if (!element) return
    const measured = fitLaidOut(element, estimated, boxHeight, sizing.minPx * sizing.scale)
    setLaidOut({ of: estimated, ...measured })
  }, [estimated, boxHeight, sizing.minPx, sizing.scale, note.text])
  const current = laidOut?.of === estimated ? laidOut : null
  const fit = current?.fit ?? estimated
  const hiddenLines = fit.hiddenLines

  const otherScenes = sceneKeys.filter((s) => s !== scene && note.scenes.includes(s))
  const who = note.who.map((w) => text.who[w]).join(lang === 'ja' ? '・' : ', ')
  const classes = [
    'pj-note',
    `pj-note--${note.color}`,
    isHeading ? 'pj-note--heading' : '',
    isSecondary ? 'pj-note--secondary' : '',
  ]
  return (
    <article
      className={classes.join(' ')}
      data-note-id={note.id}
      data-kind={note.kind}
      data-secondary={isSecondary ? 'true' : undefined}
      style={{
        gridRow: props.row + 1,
        gridColumn: props.col + 1,
        padding: pad,
        borderWidth: border,
      }}
    >
      <p
        ref={textRef}
        className="pj-note__text"
        lang="ja"
        style={{
          fontSize: fit.fontPx,
          lineHeight: LINE_HEIGHT,
          WebkitLineClamp: fit.visibleLines,
          maxHeight: boxHeight,
          wordBreak: current?.byPhrase === false ? 'normal' : undefined,
        }}
      >
        {note.text || '\u00a0'}
      </p>
      {showMeta && (
        <p className="pj-note__meta" style={{ fontSize: metaPx, height: metaHeight }}>
          <span className="pj-note__tags">
            {isHeading && <span className="pj-tag pj-tag--heading">{text.heading}</span>}
            {note.tane && (
              <span className="pj-tag pj-tag--tane">
                <SeedMark />
                {text.tane}
              </span>
            )}
            {who && <span className="pj-tag">{who}</span>}
            {otherScenes.length > 0 && (
              <span className="pj-tag pj-tag--scenes">
                ⇄ {otherScenes.map((s) => SCENE_LABELS[s][lang]).join(lang === 'ja' ? '・' : ', ')}
              </span>
            )}
          </span>
          {hiddenLines > 0 && (
            <span className="pj-note__more">{text.hiddenLines(hiddenLines)}</span>
          )}
        </p>
      )}
    </article>
  )
})

/** The タネ mark: a seed with a sprout, always next to the word. */
function SeedMark() {
  return (
    <svg className="pj-seed" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <ellipse cx="8" cy="12.5" rx="4" ry="2.6" />
      <path d="M8 11 V6.5" fill="none" strokeWidth="1.6" />
      <path d="M8 7 C8 4 5.5 2.6 2.8 3 C3 5.8 5.2 7.2 8 7 Z" />
      <path d="M8 6.5 C8.4 4 10.4 2.8 13.2 3.2 C12.8 5.6 10.8 6.8 8 6.5 Z" />
    </svg>
  )
}
