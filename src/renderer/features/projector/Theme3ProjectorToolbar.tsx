import { useT } from '../../i18n/useT'
import { toggleFullScreen } from '../../shell/useFollowedWorkshop'
import type { ProjectorText } from './projectorText'
import type { Theme3ProjectorView } from './theme3ProjectorKeys'

interface Theme3ProjectorToolbarProps {
  common: ProjectorText
  scale: number
  view: Theme3ProjectorView
  onScale: (direction: 1 | -1) => void
  onView: (view: Theme3ProjectorView) => void
  onClose: () => void
}

const VIEW_KEYS: Record<Theme3ProjectorView, string> = { canvas: 'C', qa: 'Q', brief: 'B' }

/** The operator's controls (small, in a corner): text size, the view, full screen, close. */
export function Theme3ProjectorToolbar(props: Theme3ProjectorToolbarProps) {
  const t = useT()
  const { common } = props
  const percent = Math.round(props.scale * 100)
  const viewLabel: Record<Theme3ProjectorView, string> = {
    canvas: t.t3pjViewCanvas,
    qa: t.t3pjViewQa,
    brief: t.t3pjViewBrief,
  }
  return (
    <div className="pj-toolbar" role="toolbar" aria-label={common.toolbar} title={t.t3pjKeysHelp}>
      <div className="pj-toolbar__group" role="group" aria-label={common.fontSize(percent)}>
        <button
          type="button"
          className="pj-button"
          onClick={() => {
            props.onScale(-1)
          }}
          aria-label={`${common.smaller} ${common.fontSize(percent)}`}
          aria-keyshortcuts="-"
          title="−"
        >
          {common.smaller}
        </button>
        <span className="pj-toolbar__value" aria-live="polite">
          {percent}%
        </span>
        <button
          type="button"
          className="pj-button"
          onClick={() => {
            props.onScale(1)
          }}
          aria-label={`${common.larger} ${common.fontSize(percent)}`}
          aria-keyshortcuts="+"
          title="＋"
        >
          {common.larger}
        </button>
      </div>
      <div className="pj-toolbar__group" role="group" aria-label={t.t3pjViews}>
        {(['canvas', 'qa', 'brief'] as const).map((v) => (
          <button
            key={v}
            type="button"
            className="pj-button"
            aria-pressed={props.view === v}
            aria-keyshortcuts={VIEW_KEYS[v]}
            title={VIEW_KEYS[v]}
            onClick={() => {
              props.onView(v)
            }}
          >
            {viewLabel[v]}
          </button>
        ))}
      </div>
      <button
        type="button"
        className="pj-button"
        onClick={toggleFullScreen}
        aria-keyshortcuts="F"
        title="F"
      >
        {common.fullScreen}
      </button>
      <button type="button" className="pj-button" onClick={props.onClose}>
        {common.close}
      </button>
    </div>
  )
}
