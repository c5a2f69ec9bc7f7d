import { routeHref } from '../../../navigation/useRoute'
import { useRosterT } from './rosterMessages'

/** 名簿 | グループ分け: the two views of the 参加者（名簿） tab, as links (a reload keeps the place). */
export function RosterViews({
  workshopId,
  current,
}: {
  workshopId: string
  current: 'roster' | 'seating'
}) {
  const t = useRosterT()
  return (
    <nav className="roster-views" aria-label={t.viewsNav}>
      {(['roster', 'seating'] as const).map((view) => (
        <a
          key={view}
          className="roster-views__link"
          href={routeHref({ name: 'workshop', workshopId, section: view })}
          aria-current={view === current ? 'page' : undefined}
        >
          {view === 'roster' ? t.viewRoster : t.viewSeating}
        </a>
      ))}
    </nav>
  )
}
