import '../../styles/consoleGroups.css'
import { memo, useMemo, useState } from 'react'
import { THEME_IDS, type ThemeId } from '../../../shared/model/themes'
import { useWorkshopStore } from '../../session/appServices'
import { useT } from '../../i18n/useT'
import { useConsole, type ConsoleStore } from './consoleStore'
import { createGroupCards, type GroupCardModel } from './groupSections'
import { THEME_NAMES, timerThemeId } from './plenarySlides'
import { PlenarySlideView } from '../../views/PlenarySlideView'
import { useNow } from './useNow'
import { GroupLinkLine } from './lan/GroupLinkLine'

interface GroupOverviewProps {
  workshopId: string
  store: ConsoleStore
}

/**
 * グループ一覧: every group's board for one theme as a live thumbnail (the first slide of its
 * export section, re-drawn whenever a table edits), with how much it holds, and 「投影する」 to
 * put that board on the projector; while the workshop is shared over the LAN, each group's
 * connection line (「Ｂグループ：2台接続・最終更新10秒前」). The theme follows the timer's current row until the
 * facilitator picks one.
 *
 * With fifteen tables writing at once, a table's change rebuilds that group's card only: each
 * card's section is kept while its group's records are unchanged (groupSections.ts) and the
 * cards are memoised, so the other thumbnails are neither rebuilt nor laid out again.
 */
export function GroupOverview({ workshopId, store }: GroupOverviewProps) {
  const t = useT()
  const doc = useWorkshopStore((s) => s.doc)
  const timer = useConsole(store, (s) => s.data.timer)
  const projector = useConsole(store, (s) => s.data.projector)
  const update = useConsole(store, (s) => s.update)
  const now = useNow(5000)
  const [picked, setPicked] = useState<ThemeId | null>(null)
  const themeId = picked ?? timerThemeId(doc, timer, now)

  const cardsOf = useMemo(createGroupCards, [])
  const cards = doc ? cardsOf(doc, themeId) : null
  const onAirGroup =
    projector.kind === 'board' && projector.themeId === themeId ? projector.groupId : null

  return (
    <section
      className="groups-overview"
      aria-labelledby="groups-heading"
      data-workshop-id={workshopId}
    >
      <div className="groups-bar">
        <h2 id="groups-heading">{t.groupsHeading}</h2>
        <div role="radiogroup" aria-label={t.groupsThemeLabel} className="groups-themes">
          {THEME_IDS.map((id) => (
            <button
              key={id}
              type="button"
              role="radio"
              aria-checked={id === themeId}
              className={id === themeId ? 'groups-theme is-on' : 'groups-theme'}
              onClick={() => {
                setPicked(id)
              }}
            >
              {THEME_NAMES[id]}
            </button>
          ))}
        </div>
        <button
          type="button"
          className="groups-timer"
          aria-pressed={projector.kind === 'timer'}
          onClick={() => {
            update((d) => ({ ...d, projector: { kind: 'timer' } }))
          }}
        >
          {t.groupsProjectTimer}
        </button>
      </div>
      {cards && cards.length === 0 && <p className="groups-empty">{t.groupsNone}</p>}
      <ul className="groups-list">
        {cards?.map((card) => (
          <GroupCard
            key={card.section.key}
            card={card}
            workshopId={workshopId}
            themeId={themeId}
            onAir={onAirGroup === card.section.groupId}
            store={store}
          />
        ))}
      </ul>
    </section>
  )
}

interface GroupCardProps {
  card: GroupCardModel
  workshopId: string
  themeId: ThemeId
  onAir: boolean
  store: ConsoleStore
}

/** One group's card: drawn again only when its model (its group's records) or its state changes. */
const GroupCard = memo(function GroupCard({
  card,
  workshopId,
  themeId,
  onAir,
  store,
}: GroupCardProps) {
  const t = useT()
  const update = useConsole(store, (s) => s.update)
  const { section, count } = card
  const first = section.slides[0]
  return (
    <li className={onAir ? 'groups-card is-on-air' : 'groups-card'}>
      <div className="groups-card-head">
        <h3>{section.groupName}</h3>
        <span className="groups-count">
          {themeId === 'theme1' ? t.groupsNoteCount(count) : t.groupsItemCount(count)}
        </span>
        {onAir && <span className="groups-onair">● {t.groupsProjected}</span>}
      </div>
      <GroupLinkLine
        workshopId={workshopId}
        groupId={section.groupId}
        groupName={section.groupName}
      />
      <div className="groups-thumb">
        {first && <PlenarySlideView section={section} slide={first} size="thumb" />}
      </div>
      <button
        type="button"
        className="groups-project"
        aria-label={t.groupsProjectLabel(section.groupName, THEME_NAMES[themeId])}
        onClick={() => {
          update((d) => ({
            ...d,
            projector: { kind: 'board', groupId: section.groupId, themeId },
          }))
        }}
      >
        {t.groupsProject}
      </button>
    </li>
  )
})
