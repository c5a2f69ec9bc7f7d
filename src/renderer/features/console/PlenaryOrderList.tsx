import type { ThemeId } from '../../../shared/model/themes'
import type { PlenaryState, PlenaryView } from '../../../shared/timer/plenaryTimer'
import { useT } from '../../i18n/useT'
import { THEME_NAMES } from './plenarySlides'

interface PlenaryOrderListProps {
  state: PlenaryState
  view: PlenaryView | null
  /** The themes the timetable runs (a group may add their slides to its summary). */
  themes: readonly ThemeId[]
  nameOf: (id: string | null) => string
  onMove: (from: number, to: number) => void
  onToggleTheme: (groupId: string, theme: ThemeId) => void
}

/**
 * 発表順: the presenting groups with the one speaking marked, each with 「＋1」「＋2」「＋3」 (its
 * theme slides after its summary slide) and ↑ ↓ to move it.
 */
export function PlenaryOrderList({
  state,
  view,
  themes,
  nameOf,
  onMove: move,
  onToggleTheme: toggleTheme,
}: PlenaryOrderListProps) {
  const t = useT()
  return (
    <ol className="plenary-order-list" aria-label={t.plenaryOrderHeading}>
      {state.order.map((id, i) => {
        const status =
          view?.phase === 'during' && i === view.index
            ? 'is-now'
            : view && (view.phase === 'after' || i < view.index)
              ? 'is-done'
              : ''
        return (
          <li key={id} className={status} aria-current={status === 'is-now' ? 'step' : undefined}>
            <span className="plenary-order-n">{i + 1}</span>
            <span className="plenary-order-name">
              {nameOf(id)}
              {status === 'is-now' && <span className="plenary-order-tag">（{t.plenaryNow}）</span>}
            </span>
            <span
              className="plenary-order-themes"
              role="group"
              aria-label={`${nameOf(id)} ${t.plenaryShownSlides}`}
            >
              {themes.map((theme) => (
                <button
                  key={theme}
                  type="button"
                  className="plenary-theme-toggle"
                  aria-pressed={state.extraThemes?.[id]?.includes(theme) ?? false}
                  aria-label={t.plenaryThemeToggle(nameOf(id), THEME_NAMES[theme])}
                  title={t.plenaryThemeToggle(nameOf(id), THEME_NAMES[theme])}
                  onClick={() => {
                    toggleTheme(id, theme)
                  }}
                >
                  {`＋${THEME_NAMES[theme].slice(-1)}`}
                </button>
              ))}
            </span>
            <button
              type="button"
              className="plenary-icon"
              aria-label={t.plenaryMoveUp(nameOf(id))}
              disabled={i === 0}
              onClick={() => {
                move(i, i - 1)
              }}
            >
              ↑
            </button>
            <button
              type="button"
              className="plenary-icon"
              aria-label={t.plenaryMoveDown(nameOf(id))}
              disabled={i === state.order.length - 1}
              onClick={() => {
                move(i, i + 1)
              }}
            >
              ↓
            </button>
          </li>
        )
      })}
    </ol>
  )
}
