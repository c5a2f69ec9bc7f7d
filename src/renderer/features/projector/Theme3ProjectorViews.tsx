import { useT } from '../../i18n/useT'
import type { Theme3ProjectorView } from './theme3ProjectorKeys'

interface Theme3ProjectorViewsProps {
  view: Theme3ProjectorView
  onView: (view: Theme3ProjectorView) => void
}

const VIEW_KEYS: Record<Theme3ProjectorView, string> = { canvas: 'C', qa: 'Q', brief: 'B' }

/** In the テーマ3 projector's toolbar: the canvas, the questions and answers, or the 伝達シート. */
export function Theme3ProjectorViews({ view, onView }: Theme3ProjectorViewsProps) {
  const t = useT()
  const viewLabel: Record<Theme3ProjectorView, string> = {
    canvas: t.t3pjViewCanvas,
    qa: t.t3pjViewQa,
    brief: t.t3pjViewBrief,
  }
  return (
    <div className="pj-toolbar__group" role="group" aria-label={t.t3pjViews}>
      {(['canvas', 'qa', 'brief'] as const).map((v) => (
        <button
          key={v}
          type="button"
          className="pj-button"
          aria-pressed={view === v}
          aria-keyshortcuts={VIEW_KEYS[v]}
          title={VIEW_KEYS[v]}
          onClick={() => {
            onView(v)
          }}
        >
          {viewLabel[v]}
        </button>
      ))}
    </div>
  )
}
