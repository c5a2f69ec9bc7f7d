import type { ThemeId } from '../../shared/model/themes'
import { routeHref } from '../navigation/useRoute'
import { useT } from '../i18n/useT'

interface ThemeNavProps {
  workshopId: string
  groupId: string
  /** The theme whose screen is shown (marked as the current page), or the ワールドカフェ. */
  current: ThemeId | 'cafe'
}

/**
 * テーマ1 | テーマ2 | テーマ3 | ワールドカフェ of one group: the group work builds step by step
 * (L7184-7186), so every theme's screen links to the others of the same group, and to the
 * screen where visitors react to its outputs when the 全体共有 is a ワールドカフェ.
 */
export function ThemeNav({ workshopId, groupId, current }: ThemeNavProps) {
  const t = useT()
  const themes: { id: ThemeId | 'cafe'; label: string }[] = [
    { id: 'theme1', label: t.boardTheme1 },
    { id: 'theme2', label: t.theme2Title },
    { id: 'theme3', label: t.theme3Title },
    // The 全体共有 as a ワールドカフェ: visitors react to the table's outputs (report L7290-7292).
    { id: 'cafe', label: t.cafeOpen },
  ]
  return (
    <nav className="theme-nav" aria-label={t.themeNavLabel}>
      {themes.map((theme) => (
        <a
          key={theme.id}
          className={theme.id === current ? 'theme-nav__link is-current' : 'theme-nav__link'}
          href={routeHref({ name: theme.id, workshopId, groupId })}
          aria-current={theme.id === current ? 'page' : undefined}
        >
          {theme.label}
        </a>
      ))}
    </nav>
  )
}
