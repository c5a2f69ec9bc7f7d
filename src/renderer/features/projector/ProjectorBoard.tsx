import '../../styles/projector.css'
import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react'
import {
  buildTheme1Layout,
  type NoteView,
  type Theme1Layout,
} from '../../../shared/board/theme1Layout'
import { SCENE_LABELS, type SceneKey } from '../../../shared/model/scenes'
import { boardOf } from '../../../shared/ops/groupOps'
import { cardFor, cardTitleLine } from '../../../shared/templates/themeCards'
import { useWorkshopStore } from '../../session/appServices'
import { useLang } from '../../i18n/useT'
import { useFontScale } from './fontScale'
import { ProjectorArea } from './ProjectorArea'
import { overviewTracks } from './projectorGrid'
import { ProjectorToolbar } from './ProjectorToolbar'
import { PROJECTOR_TEXT } from './projectorText'
import { useElementSize } from './useElementSize'
import { toggleFullScreen, useFollowedWorkshop } from '../../shell/useFollowedWorkshop'
import { useProjectorKeys, type Zoom } from './useProjectorKeys'
import { closeProjector } from '../../shell/closeProjector'

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
  const doc = useWorkshopStore((s) => s.doc)
  const status = useWorkshopStore((s) => s.status)
  const lang = useLang()
  const text = PROJECTOR_TEXT[lang]
  const [scale, stepScale] = useFontScale()
  const [zoom, setZoom] = useState<Zoom>(null)
  const rootRef = useRef<HTMLDivElement>(null)
  const size = useElementSize(rootRef)
  const fontsVersion = useFontsVersion()
  const fontFamily = useMemo(
    () => getComputedStyle(document.documentElement).fontFamily || 'sans-serif',
    [],
  )

  useFollowedWorkshop(workshopId)

  const group = doc?.groups[groupId]
  const boardId = doc && group && !group.deletedAt ? boardOf(doc, groupId, 'theme1')?.id : undefined
  const layout = useMemo(
    () => (doc && boardId ? buildTheme1Layout(doc, boardId) : null),
    [doc, boardId],
  )
  const variant = doc?.workshop.variant
  const themeTitle = useMemo(
    () => (variant ? cardTitleLine(cardFor(variant, 'theme1')) : ''),
    [variant],
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

  const height = size.height || window.innerHeight
  const maxPx = Math.round(height * MAX_TEXT_SHARE)
  const minPx = Math.max(12, Math.round(maxPx * (shownZoom ? ZOOMED_FLOOR : OVERVIEW_FLOOR)))
  const gap = Math.max(6, Math.round(height * GAP_SHARE))

  const close = () => {
    closeProjector(`#/w/${workshopId}/g/${groupId}/theme1`)
  }

  let body: ReactNode
  if (status === 'missing' || (status === 'ready' && !layout)) {
    body = (
      <p className="pj-message" role="alert">
        {text.missing}
      </p>
    )
  } else if (!layout || !group) {
    body = <p className="pj-message">{text.loading}</p>
  } else {
    const areaProps = {
      sceneKeys: layout.sceneKeys,
      gap,
      maxPx,
      minPx,
      scale,
      fontFamily,
      fontsVersion,
      text,
      lang,
    }
    const areaTitle = (scene: SceneKey | 'tray') =>
      scene === 'tray' ? text.tray : SCENE_LABELS[scene][lang]
    const areas: (SceneKey | 'tray')[] = shownZoom
      ? [shownZoom]
      : [...layout.sceneKeys, ...(layout.tray.length > 0 ? (['tray'] as const) : [])]
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
    <div
      className="pj-root"
      ref={rootRef}
      data-testid="projector-board"
      data-zoom={shownZoom ?? 'all'}
      style={{ fontSize: Math.max(14, Math.round(height * 0.022)) }}
    >
      <header className="pj-header">
        <div className="pj-header__titles">
          <h1 className="pj-header__group">
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
          </h1>
          {themeTitle && (
            <p className="pj-header__theme">
              <span className="pj-header__theme-label">{text.theme1}</span>
              {themeTitle}
            </p>
          )}
        </div>
        <ProjectorToolbar
          text={text}
          scale={scale}
          zoomed={shownZoom !== null}
          onSmaller={() => {
            stepScale(-1)
          }}
          onLarger={() => {
            stepScale(1)
          }}
          onWholeBoard={() => {
            setZoom(null)
          }}
          onFullScreen={toggleFullScreen}
          onClose={close}
        />
      </header>
      <main className="pj-main">{body}</main>
    </div>
  )
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
