import { memo, useLayoutEffect, useMemo, useRef, useState } from 'react'
import { SCENE_LABELS, type SceneKey } from '../../../shared/model/scenes'
import type { Note } from '../../../shared/model/schemas'
import type { Lang } from '../../i18n/useT'
import { charWidthFor } from './charWidth'
import { fitTextScaled } from './fitText'
import type { ProjectorText } from './projectorText'

/** Sizes shared by every note of an area (from its grid cell and the chosen text size). */
export interface NoteSizing {
  cellWidth: number
  cellHeight: number
  /** Note text when it fits, and its floor, at 100%. */
  maxPx: number
  minPx: number
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

const LINE_HEIGHT = 1.3
/** Estimate the text a little narrower than it is: the browser's line breaking may differ. */
const WIDTH_SAFETY = 0.97

/** One note on the projector: its text as large as fits, its marks in words, never colour alone. */
export const ProjectorNote = memo(function ProjectorNote(props: ProjectorNoteProps) {
  const { note, scene, sceneKeys, isSecondary, sizing, text, lang, fontsVersion } = props
  const isHeading = note.kind === 'heading'
  const border = isHeading ? 5 : 3
  const pad = Math.round(Math.min(16, Math.max(4, sizing.cellHeight * 0.06)))
  // Marks (who, タネ, other scenes) at about half the text size: read second, still from afar.
  const metaPx = Math.round(
    Math.min(
      30,
      Math.max(12, Math.min(sizing.cellHeight * 0.11, sizing.maxPx * sizing.scale * 0.5)),
    ),
  )
  const metaHeight = Math.ceil(metaPx * 1.2 + 6)
  const inner = {
    width: sizing.cellWidth - 2 * (pad + border),
    height: sizing.cellHeight - 2 * (pad + border),
  }
  const showMeta = inner.height >= metaHeight + sizing.minPx * sizing.scale * LINE_HEIGHT
  const boxWidth = Math.max(1, inner.width * WIDTH_SAFETY)
  const boxHeight = Math.max(1, inner.height - (showMeta ? metaHeight : 0))
  const weight = isHeading ? 700 : 500
  const fit = useMemo(
    () =>
      fitTextScaled(
        note.text,
        { width: boxWidth, height: boxHeight },
        { maxPx: sizing.maxPx, minPx: sizing.minPx, lineHeight: LINE_HEIGHT },
        sizing.scale,
        charWidthFor(sizing.fontFamily, weight, fontsVersion),
      ),
    [
      note.text,
      boxWidth,
      boxHeight,
      sizing.maxPx,
      sizing.minPx,
      sizing.scale,
      sizing.fontFamily,
      weight,
      fontsVersion,
    ],
  )

  // The count of hidden lines as the browser laid them out (the estimate may differ by a line).
  const textRef = useRef<HTMLParagraphElement>(null)
  const [laidOutHidden, setLaidOutHidden] = useState<number | null>(null)
  useLayoutEffect(() => {
    const element = textRef.current
    if (!element) return
    const { webkitLineClamp, maxHeight } = element.style
    element.style.webkitLineClamp = 'none'
    element.style.maxHeight = 'none'
    const lines = Math.round(element.scrollHeight / (fit.fontPx * LINE_HEIGHT))
    element.style.webkitLineClamp = webkitLineClamp
    element.style.maxHeight = maxHeight
    setLaidOutHidden(Math.max(0, lines - fit.visibleLines))
  }, [fit, note.text])
  const hiddenLines = laidOutHidden ?? fit.hiddenLines

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
        style={{
          fontSize: fit.fontPx,
          lineHeight: LINE_HEIGHT,
          WebkitLineClamp: fit.visibleLines,
          maxHeight: boxHeight,
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
