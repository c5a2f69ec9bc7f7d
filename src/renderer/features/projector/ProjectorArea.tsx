import { useLayoutEffect, useMemo, useRef, type ReactNode } from 'react'
import type { NoteView } from '../../../shared/board/theme1Layout'
import type { SceneKey } from '../../../shared/model/scenes'
import type { Lang } from '../../i18n/useT'
import { ProjectorNote, type NoteSizing } from './ProjectorNote'
import { noteFitSizes } from './noteFitSizes'
import { planGrid, type FrameSegment } from './projectorGrid'
import type { ProjectorText } from './projectorText'
import { useElementSize } from '../../shell/useElementSize'

interface ProjectorAreaProps {
  /** The scene, or null for the tray. */
  scene: SceneKey | null
  title: string
  /** The number key that zooms to it ('1'–'4'), if any. */
  keyLabel: string | null
  views: readonly NoteView[]
  sceneKeys: readonly SceneKey[]
  zoomed: boolean
  /** Zooms to this area (absent when zoomed). */
  onZoom?: () => void
  /** Space between notes, px. */
  gap: number
  /** Note text when it fits and its floor, px at 100%; the chosen text size on top. */
  maxPx: number
  minPx: number
  /** The board's one text size at 100% (boardTextPx over every area shown). */
  textPx: number
  /** Tells the board the size each note of this area would fit at (at 100%, maxPx at most). */
  onFitSizes: (area: string, sizes: number[]) => void
  scale: number
  fontFamily: string
  fontsVersion: number
  text: ProjectorText
  lang: Lang
}

/** One scene area (or the tray): its title and its notes in a grid that fills it, no scrolling. */
export function ProjectorArea(props: ProjectorAreaProps) {
  const { views, sceneKeys, gap, maxPx, minPx, scale, text, lang } = props
  const bodyRef = useRef<HTMLDivElement>(null)
  const size = useElementSize(bodyRef)
  const noteCount = views.reduce((sum, v) => sum + 1 + v.children.length, 0)

  const plan = useMemo(
    () =>
      planGrid(
        views.map((v) => 1 + v.children.length),
        Math.max(0, size.width - gap),
        Math.max(0, size.height - gap),
        {
          gap,
          // A few lines of the largest text: a lone note stays a note, not a poster.
          maxCellWidth: maxPx * scale * 11,
          maxCellHeight: maxPx * scale * 5,
          preferredAspect: 1.6,
        },
      ),
    [views, size.width, size.height, gap, maxPx, scale],
  )
  const { textPx, fontFamily, fontsVersion, onFitSizes } = props
  const sizing: NoteSizing = useMemo(
    () => ({
      cellWidth: plan.cellWidth,
      cellHeight: plan.cellHeight,
      maxPx,
      minPx,
      textPx,
      scale,
      fontFamily,
    }),
    [plan.cellWidth, plan.cellHeight, maxPx, minPx, textPx, scale, fontFamily],
  )
  // What each note would fit at on its own: the board sets one size for all from these.
  const fitSizes = useMemo(
    () =>
      size.width > 0 && size.height > 0
        ? noteFitSizes(
            views.flatMap((v) => [v.note, ...v.children]),
            { ...sizing, textPx: maxPx, scale: 1 },
            fontsVersion,
          )
        : [],
    [views, sizing, maxPx, fontsVersion, size.width, size.height],
  )
  const areaKey = props.scene ?? 'tray'
  useLayoutEffect(() => {
    onFitSizes(areaKey, fitSizes)
  }, [onFitSizes, areaKey, fitSizes])

  const areaName = props.keyLabel ? `${props.keyLabel} ${props.title}` : props.title
  return (
    <section
      className={`pj-area${props.zoomed ? ' pj-area--zoomed' : ''}${props.scene === null ? ' pj-area--tray' : ''}`}
      aria-label={props.title}
      data-area={props.scene ?? 'tray'}
      onClick={props.onZoom}
    >
      {!props.zoomed && (
        <h2 className="pj-area__title">
          <button
            type="button"
            className="pj-area__zoom"
            onClick={(event) => {
              event.stopPropagation()
              props.onZoom?.()
            }}
            title={text.zoomIn(props.title)}
            aria-label={text.zoomIn(props.title)}
          >
            {props.keyLabel && <span className="pj-key">{props.keyLabel}</span>}
            <span className="pj-area__name">{props.title}</span>
          </button>
          <span className="pj-area__count">{text.noteCount(noteCount)}</span>
        </h2>
      )}
      <div className="pj-area__body" ref={bodyRef}>
        {views.length === 0 ? (
          <p className="pj-area__empty">{text.empty}</p>
        ) : (
          size.width > 0 &&
          size.height > 0 && (
            <div
              className="pj-grid"
              aria-label={areaName}
              style={{
                gridTemplateColumns: `repeat(${plan.columns}, ${plan.cellWidth}px)`,
                gridTemplateRows: `repeat(${plan.rows}, ${plan.cellHeight}px)`,
                gap,
                padding: gap / 2,
              }}
            >
              {plan.blocks.map((block, index) => {
                const view = views[index]
                if (!view) return null
                const notes = [view.note, ...view.children]
                return (
                  <ClusterCells key={view.note.id} frames={block.frames} gap={gap}>
                    {block.cells.map((cell, i) => {
                      const note = notes[i]
                      if (!note) return null
                      return (
                        <ProjectorNote
                          key={note.id}
                          note={note}
                          scene={props.scene}
                          sceneKeys={sceneKeys}
                          isSecondary={view.isSecondary}
                          row={cell.row}
                          col={cell.col}
                          sizing={sizing}
                          text={text}
                          lang={lang}
                          fontsVersion={props.fontsVersion}
                        />
                      )
                    })}
                  </ClusterCells>
                )
              })}
            </div>
          )
        )}
      </div>
    </section>
  )
}

function ClusterCells(props: {
  frames: readonly FrameSegment[]
  gap: number
  children: ReactNode
}) {
  const inset = -Math.round(props.gap / 2) + 1
  return (
    <>
      {props.frames.map((frame) => (
        <div
          key={`${frame.rowStart}:${frame.colStart}`}
          className={`pj-cluster${frame.continuesBefore ? ' pj-cluster--from-before' : ''}${
            frame.continuesAfter ? ' pj-cluster--goes-on' : ''
          }`}
          aria-hidden="true"
          style={{
            gridRow: `${frame.rowStart + 1} / ${frame.rowEnd + 1}`,
            gridColumn: `${frame.colStart + 1} / ${frame.colEnd + 1}`,
            margin: inset,
          }}
        />
      ))}
      {props.children}
    </>
  )
}
