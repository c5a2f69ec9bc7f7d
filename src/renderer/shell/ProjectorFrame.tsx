import type { ReactNode } from 'react'
import { closeProjector } from './closeProjector'
import type { ProjectedBoard } from './useProjectedBoard'
import { toggleFullScreen } from './useFollowedWorkshop'

/** The projector frame's words (the projector's own texts provide them). */
export interface ProjectorFrameText {
  smaller: string
  larger: string
  fontSize: (percent: number) => string
  fullScreen: string
  close: string
  toolbar: string
}

interface ProjectorFrameProps {
  /** The view's board, text size and root (useProjectedBoard). */
  board: Pick<ProjectedBoard, 'rootRef' | 'themeTitle' | 'scale' | 'stepScale'>
  /** `pj-root` and the view's own class. */
  className: string
  testId: string
  /** The view's state for the tests (data-view, data-zoom). */
  data: Record<`data-${string}`, string>
  fontSize: number
  /** The heading: the group's name (and what is zoomed). */
  heading: ReactNode
  /** 「テーマ2」 before the theme's line (shown once the workshop is loaded). */
  themeLabel: string
  text: ProjectorFrameText
  /** The keys, in the toolbar's tooltip. */
  keysHelp: string
  /** The view's own controls in the toolbar, between the text size and full screen. */
  tools: ReactNode
  /** Where 閉じる goes when this is not a window of its own: the theme's editing screen. */
  closeTo: string
  /** Between the header and the main part: the pages (topics, canvases). */
  nav?: ReactNode
  mainClassName: string
  children: ReactNode
}

/**
 * A projector view (a theme for the room, read-only): the header with the group, the theme and
 * the operator's toolbar, the pages, the main part filling the screen.
 */
export function ProjectorFrame(props: ProjectorFrameProps) {
  const { board } = props
  return (
    <div
      className={props.className}
      ref={board.rootRef}
      data-testid={props.testId}
      {...props.data}
      style={{ fontSize: props.fontSize }}
    >
      <header className="pj-header">
        <div className="pj-header__titles">
          <h1 className="pj-header__group">{props.heading}</h1>
          {board.themeTitle && (
            <p className="pj-header__theme">
              <span className="pj-header__theme-label">{props.themeLabel}</span>
              {board.themeTitle}
            </p>
          )}
        </div>
        <ProjectorToolbar
          text={props.text}
          keysHelp={props.keysHelp}
          scale={board.scale}
          onScale={board.stepScale}
          onClose={() => {
            closeProjector(props.closeTo)
          }}
        >
          {props.tools}
        </ProjectorToolbar>
      </header>
      {props.nav}
      <main className={props.mainClassName}>{props.children}</main>
    </div>
  )
}

interface ProjectorToolbarProps {
  text: ProjectorFrameText
  /** The keys, in the toolbar's tooltip. */
  keysHelp: string
  scale: number
  onScale: (direction: 1 | -1) => void
  onClose: () => void
  /** The view's own controls, between the text size and full screen. */
  children?: ReactNode
}

/** The operator's controls (small, in a corner): text size, the view's own, full screen, close. */
function ProjectorToolbar({ text, scale, onScale, ...props }: ProjectorToolbarProps) {
  const percent = Math.round(scale * 100)
  return (
    <div className="pj-toolbar" role="toolbar" aria-label={text.toolbar} title={props.keysHelp}>
      <div className="pj-toolbar__group" role="group" aria-label={text.fontSize(percent)}>
        <button
          type="button"
          className="pj-button"
          onClick={() => {
            onScale(-1)
          }}
          aria-label={`${text.smaller} ${text.fontSize(percent)}`}
          aria-keyshortcuts="-"
          title="−"
        >
          {text.smaller}
        </button>
        <span className="pj-toolbar__value" aria-live="polite">
          {percent}%
        </span>
        <button
          type="button"
          className="pj-button"
          onClick={() => {
            onScale(1)
          }}
          aria-label={`${text.larger} ${text.fontSize(percent)}`}
          aria-keyshortcuts="+"
          title="＋"
        >
          {text.larger}
        </button>
      </div>
      {props.children}
      <button
        type="button"
        className="pj-button"
        onClick={toggleFullScreen}
        aria-keyshortcuts="F"
        title="F"
      >
        {text.fullScreen}
      </button>
      <button type="button" className="pj-button" onClick={props.onClose}>
        {text.close}
      </button>
    </div>
  )
}

interface ProjectorPagesProps {
  label: string
  /** 「テーマ 2 / 3」 */
  count: string
  countTestId: string
  pages: readonly { id: string; label: string }[]
  index: number
  onPick: (index: number) => void
}

/** The pages of a projector view (topics, canvases) with their keys 1–9. */
export function ProjectorPages({
  label,
  count,
  countTestId,
  pages,
  index,
  onPick,
}: ProjectorPagesProps) {
  return (
    <nav className="pj2-topics" aria-label={label}>
      <span className="pj2-topics__count" data-testid={countTestId}>
        {count}
      </span>
      {pages.map((page, i) => (
        <button
          key={page.id}
          type="button"
          className="pj2-topics__tab"
          aria-current={i === index ? 'true' : undefined}
          aria-keyshortcuts={i < 9 ? String(i + 1) : undefined}
          onClick={() => {
            onPick(i)
          }}
        >
          {i < 9 && <span className="pj-key">{i + 1}</span>}
          {page.label}
        </button>
      ))}
    </nav>
  )
}

/** What a projector view says instead of its board: gone (an alert), loading, nothing yet. */
export function ProjectorMessage({ alert, children }: { alert?: boolean; children: ReactNode }) {
  return (
    <p className="pj-message" role={alert ? 'alert' : undefined}>
      {children}
    </p>
  )
}
