import '../../styles/consoleGroups.css'
import { useMemo, useState } from 'react'
import { buildExportDeck } from '../../../shared/export/exportModel'
import { THEME_IDS, type ThemeId } from '../../../shared/model/themes'
import { useWorkshopStore } from '../../session/appServices'
import { useT } from '../../i18n/useT'
import { useConsole, type ConsoleStore } from './consoleStore'
import { sectionItemCount, THEME_NAMES, timerThemeId } from './plenarySlides'
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

  const deck = useMemo(
    () => (doc ? buildExportDeck(doc, { themes: [themeId] }) : null),
    [doc, themeId],
  )

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
      {deck && deck.sections.length === 0 && <p className="groups-empty">{t.groupsNone}</p>}
      <ul className="groups-list">
        {deck?.sections.map((section) => {
          const first = section.slides[0]
          const count = sectionItemCount(section)
          const onAir =
            projector.kind === 'board' &&
            projector.groupId === section.groupId &&
            projector.themeId === themeId
          return (
            <li key={section.key} className={onAir ? 'groups-card is-on-air' : 'groups-card'}>
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
        })}
      </ul>
    </section>
  )
}
