import '../../styles/projector.css'
import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react'
import {
  buildTheme1Layout,
  type NoteView,
  type Theme1Layout,
} from '../../../shared/board/theme1Layout'
import { SCENE_LABELS, type SceneKey } from '../../../shared/model/scenes'
import { useLang } from '../../i18n/useT'
import { ProjectorArea } from './ProjectorArea'
import { boardTextPx } from './noteBox'
import { overviewTracks } from './projectorGrid'
import { PROJECTOR_TEXT } from './projectorText'
import { toggleFullScreen } from '../../shell/useFollowedWorkshop'
import { routeHref } from '../../navigation/useRoute'
import { useProjectedBoard } from '../../shell/useProjectedBoard'
import { useProjectorKeys, type Zoom } from './useProjectorKeys'
import { ProjectorFrame, ProjectorMessage } from '../../shell/ProjectorFrame'

interface ProjectorBoardProps {
  workshopId: string
  groupId: string
}

/**
 * Note text: MAX_TEXT_SHARE of the screen height when it fits (54px at 1080, times the chosen
 * size), shrinking to a floor, then clamped. The floor is higher in a zoomed scene, which is
 * meant to be read from the back of the room, than on the whole board, meant to be seen whole.
 * A＋ / A− then scale the fitted size of every note (fitTextScaled): A＋ always makes text
 * larger, showing less of a long note (「ほか N 行」), A− smaller, showing more.
 */
const MAX_TEXT_SHARE = 0.05
const ZOOMED_FLOOR = 0.6
const OVERVIEW_FLOOR = 0.4
const GAP_SHARE = 0.012

/**
 * 投影: the テーマ1 board of one group for the room, read-only. The poster's header 「Ａグループ」
 * and theme, then the scene areas with their notes, filling the screen without scrolling. Keys:
 * 1–4 zoom to a scene, 0 or Escape show the whole board, F toggles full screen, + / − the text.
 * Edits made in another window appear within a second (crossWindowSync); nothing is ever written.
 */
export function ProjectorBoard({ workshopId, groupId }: ProjectorBoardProps) {
  const board = useProjectedBoard(workshopId, groupId, 'theme1')
  const { doc, status, group, boardId, scale, stepScale, height } = board
  const lang = useLang()
  const text = PROJECTOR_TEXT[lang]
  const [zoom, setZoom] = useState<Zoom>(null)
  const fontsVersion = useFontsVersion()
  const fontFamily = useMemo(
    () => getComputedStyle(document.documentElement).fontFamily || 'sans-serif',
    [],
  )

  const layout = useMemo(
    () => (doc && boardId ? buildTheme1Layout(doc, boardId) : null),
    [doc, boardId],
  )

  useEffect(() => {
    if (group) document.title = `${group.name} ${text.theme1} – タネボード`
  }, [group, text])

  // A zoomed area that is gone (the tray emptied, the scenes narrowed): back to the whole board.
  const shownZoom = zoom !== null && layout && hasArea(layout, zoom) ? zoom : null
  useProjectorKeys({
    sceneKeys: layout?.sceneKeys ?? [],
    setZoom,
    stepScale,
    toggleFullScreen,
  })

  const maxPx = Math.round(height * MAX_TEXT_SHARE)
  const minPx = Math.max(12, Math.round(maxPx * (shownZoom ? ZOOMED_FLOOR : OVERVIEW_FLOOR)))
  const gap = Math.max(6, Math.round(height * GAP_SHARE))
  const areas: (SceneKey | 'tray')[] = !layout
    ? []
    : shownZoom
      ? [shownZoom]
      : [...layout.sceneKeys, ...(layout.tray.length > 0 ? (['tray'] as const) : [])]
  // The whole board: one text size for the notes of every area (boardTextPx), from what each
  // would fit at. A zoomed scene is read from the back of the room: each note as large as fits.
  const [fitSizes, setFitSizes] = useState<Record<string, readonly number[]>>({})
  const onFitSizes = useCallback((area: string, sizes: number[]) => {
    setFitSizes((all) => (sameSizes(all[area], sizes) ? all : { ...all, [area]: sizes }))
  }, [])
  const textPx = shownZoom
    ? maxPx
    : boardTextPx(
        areas.flatMap((area) => fitSizes[area] ?? []),
        maxPx,
      )

  let body: ReactNode
  if (status === 'missing' || (status === 'ready' && !layout)) {
    body = <ProjectorMessage alert>{text.missing}</ProjectorMessage>
  } else if (!layout || !group) {
    body = <ProjectorMessage>{text.loading}</ProjectorMessage>
  } else {
    const areaProps = {
      sceneKeys: layout.sceneKeys,
      gap,
      maxPx,
      minPx,
      textPx,
      onFitSizes,
      scale,
      fontFamily,
      fontsVersion,
      text,
      lang,
    }
    const areaTitle = (scene: SceneKey | 'tray') =>
      scene === 'tray' ? text.tray : SCENE_LABELS[scene][lang]
    const count = (views: readonly NoteView[]) =>
      views.reduce((sum, view) => sum + 1 + view.children.length, 0)
    const tracks = overviewTracks(
      layout.sceneKeys.map((key) => count(layout.scenes[key] ?? [])),
      count(layout.tray),
    )
    const fr = (weights: number[]) => weights.map((w) => `minmax(0, ${w}fr)`).join(' ')
    body = (
      <div
        className={`pj-areas${shownZoom ? ' pj-areas--zoomed' : ''}`}
        style={
          shownZoom
            ? undefined
            : { gridTemplateColumns: fr(tracks.columns), gridTemplateRows: fr(tracks.rows) }
        }
      >
        {areas.map((area) => {
          const index = area === 'tray' ? -1 : layout.sceneKeys.indexOf(area)
          return (
            <ProjectorArea
              key={area}
              scene={area === 'tray' ? null : area}
              title={areaTitle(area)}
              keyLabel={index >= 0 && index < 4 ? String(index + 1) : null}
              views={area === 'tray' ? layout.tray : (layout.scenes[area] ?? [])}
              zoomed={shownZoom !== null}
              onZoom={
                shownZoom
                  ? undefined
                  : () => {
                      setZoom(area)
                    }
              }
              {...areaProps}
            />
          )
        })}
      </div>
    )
  }

  const zoomIndex = shownZoom && shownZoom !== 'tray' ? layout?.sceneKeys.indexOf(shownZoom) : -1
  return (
    <ProjectorFrame
      board={board}
      className="pj-root"
      testId="projector-board"
      data={{ 'data-zoom': shownZoom ?? 'all' }}
      fontSize={Math.max(14, Math.round(height * 0.022))}
      heading={
        <>
          {group?.name}
          {shownZoom && (
            <span className="pj-header__scene">
              <span aria-hidden="true"> › </span>
              {zoomIndex !== undefined && zoomIndex >= 0 && (
                <span className="pj-key pj-key--large">{zoomIndex + 1}</span>
              )}
              {shownZoom === 'tray' ? text.tray : SCENE_LABELS[shownZoom][lang]}
            </span>
          )}
        </>
      }
      themeLabel={text.theme1}
      text={text}
      keysHelp={text.keysHelp}
      tools={
        <button
          type="button"
          className="pj-button"
          onClick={() => {
            setZoom(null)
          }}
          disabled={shownZoom === null}
          aria-keyshortcuts="0 Escape"
          title="0 / Esc"
        >
          {text.wholeBoard}
        </button>
      }
      closeTo={routeHref({ name: 'theme1', workshopId, groupId })}
      mainClassName="pj-main"
    >
      {body}
    </ProjectorFrame>
  )
}

function sameSizes(a: readonly number[] | undefined, b: readonly number[]): boolean {
  return a !== undefined && a.length === b.length && a.every((v, i) => v === b[i])
}

function hasArea(layout: Theme1Layout, zoom: SceneKey | 'tray'): boolean {
  return zoom === 'tray' ? layout.tray.length > 0 : layout.sceneKeys.includes(zoom)
}

/** Increases once web fonts have loaded, so text is measured again in the real font. */
function useFontsVersion(): number {
  const [version, setVersion] = useState(0)
  useEffect(() => {
    const fonts = typeof document === 'undefined' ? undefined : document.fonts
    if (!fonts || fonts.status === 'loaded') return
    let live = true
    void fonts.ready.then(() => {
      if (live) setVersion((v) => v + 1)
    })
    return () => {
      live = false
    }
  }, [])
  return version
}
