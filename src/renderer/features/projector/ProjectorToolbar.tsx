import type { ProjectorText } from './projectorText'

interface ProjectorToolbarProps {
  text: ProjectorText
  scale: number
  zoomed: boolean
  onSmaller: () => void
  onLarger: () => void
  onWholeBoard: () => void
  onFullScreen: () => void
  onClose: () => void
}

/** The operator's controls (small, in a corner): text size, whole board, full screen, close. */
export function ProjectorToolbar(props: ProjectorToolbarProps) {
  const { text } = props
  const percent = Math.round(props.scale * 100)
  return (
    <div className="pj-toolbar" role="toolbar" aria-label={text.toolbar} title={text.keysHelp}>
      <div className="pj-toolbar__group" role="group" aria-label={text.fontSize(percent)}>
        <button
          type="button"
          className="pj-button"
          onClick={props.onSmaller}
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
          onClick={props.onLarger}
          aria-label={`${text.larger} ${text.fontSize(percent)}`}
          aria-keyshortcuts="+"
          title="＋"
        >
          {text.larger}
        </button>
      </div>
      <button
        type="button"
        className="pj-button"
        onClick={props.onWholeBoard}
        disabled={!props.zoomed}
        aria-keyshortcuts="0 Escape"
        title="0 / Esc"
      >
        {text.wholeBoard}
      </button>
      <button
        type="button"
        className="pj-button"
        onClick={props.onFullScreen}
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
