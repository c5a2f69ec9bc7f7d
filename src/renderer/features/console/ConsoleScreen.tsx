import '../../styles/console.css'
import { useEffect, useRef, useState, type KeyboardEvent } from 'react'
import { useAppServices } from '../../session/appServices'
import { routeHref } from '../../navigation/useRoute'
import { useT } from '../../i18n/useT'
import { openProjectorRoute } from '../../shell/openProjector'
import type { ChimeFn } from './chime'
import { useChime } from './chime'
import { useConsole, useConsoleStoreApi } from './consoleStore'
import { GroupOverview } from './GroupOverview'
import { LanSharePanel } from './lan/LanSharePanel'
import { useLanShareController, type LanClientControl } from './lan/lanShare'
import { usePublishTimer } from './lan/usePublishTimer'
import { PlenaryPanel } from './PlenaryPanel'
import { PlenaryDecks } from './PlenaryDecks'
import { PlenaryChimes } from './usePlenarySignals'
import { CafeChimes } from './useCafeSignals'
import { CafePlenaryPanel } from './CafePlenaryPanel'
import { PlenaryFormatSwitch } from './PlenaryFormatSwitch'
import { plenaryFormatOf } from '../../../shared/cafe/cafePlan'
import { TimerPanel } from './TimerPanel'
import { sameConsoleFrame } from './consoleFrame'
import { useOpenedWorkshop } from '../../session/useOpenedWorkshop'
import { WorkshopLoading, WorkshopMissing } from '../../ui/WorkshopStatus'
import { AnnexButton } from '../../ui/AnnexButton'

interface ConsoleScreenProps {
  workshopId: string
  /** Replaces the Web Audio chime (tests). */
  chime?: ChimeFn
  /** Replaces the facilitator's LAN sync client (tests). */
  lanClient?: LanClientControl
}

const TABS = ['timer', 'groups', 'plenary', 'lan'] as const
type Tab = (typeof TABS)[number]

/**
 * 当日の進行: the facilitator's console of a workshop, run from the laptop connected to the
 * projector: the timer that follows the タイムテーブル, the groups' boards (グループ一覧) and the
 * 全体共有, and 「LAN共有」 (the tables join over the local network and follow live). 「投影」 opens the projector screen (its own window; Electron: full screen on the
 * external display), which shows what the console puts on it.
 */
export function ConsoleScreen({ workshopId, chime: injected, lanClient }: ConsoleScreenProps) {
  const t = useT()
  const services = useAppServices()
  const { status, doc: ready } = useOpenedWorkshop(workshopId, sameConsoleFrame)
  const store = useConsoleStoreApi(workshopId)
  const projectorKind = useConsole(store, (s) => s.data.projector.kind)
  const update = useConsole(store, (s) => s.update)
  const webChime = useChime()
  const chime = injected ?? webChime.play
  useLanShareController(workshopId, lanClient)
  usePublishTimer(workshopId, store)
  const [tab, setTab] = useState<Tab>('timer')
  const [blocked, setBlocked] = useState(false)
  const tabRefs = useRef<Record<Tab, HTMLButtonElement | null>>({
    timer: null,
    groups: null,
    plenary: null,
    lan: null,
  })

  useEffect(() => {
    if (ready) document.title = `${ready.workshop.title} ${t.consoleOpen} – タネボード`
  }, [ready, t])

  if (status === 'missing') return <WorkshopMissing />
  if (!ready || status !== 'ready') return <WorkshopLoading />

  const project = () => {
    setBlocked(false)
    void openProjectorRoute(
      services.host,
      routeHref({ name: 'consoleProjector', workshopId }),
    ).then((opened) => {
      setBlocked(!opened)
    })
  }

  const onTabKey = (event: KeyboardEvent<HTMLButtonElement>) => {
    const index = TABS.indexOf(tab)
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0
    if (step === 0) return
    event.preventDefault()
    const next = TABS[(index + step + TABS.length) % TABS.length] ?? 'timer'
    setTab(next)
    tabRefs.current[next]?.focus()
  }

  const tabLabel: Record<Tab, string> = {
    timer: t.consoleTabTimer,
    groups: t.consoleTabGroups,
    plenary: t.consoleTabPlenary,
    lan: t.lanShareTab,
  }
  const shows =
    projectorKind === 'timer'
      ? t.consoleProjectorTimer
      : projectorKind === 'board'
        ? t.consoleProjectorBoard
        : projectorKind === 'dayPlan'
          ? t.timerSchedule
          : projectorKind === 'cafe'
            ? t.cafeProjectorShows
            : t.consoleProjectorPlenary

  return (
    <main className="screen console" data-workshop-id={workshopId}>
      <header className="app-header console-header">
        <a
          className="button button--ghost app-header__back"
          href={routeHref({ name: 'workshop', workshopId, section: 'timetable' })}
        >
          <span aria-hidden="true">←</span> {t.consoleBack}
        </a>
        <div className="console-header__titles">
          <h1 className="console-header__title">{ready.workshop.title}</h1>
          <p className="console-header__sub">{t.consoleOpen}</p>
        </div>
        <div className="console-tabs" role="tablist" aria-label={t.consoleTabs}>
          {TABS.map((id) => (
            <button
              key={id}
              ref={(el) => {
                tabRefs.current[id] = el
              }}
              type="button"
              role="tab"
              id={`console-tab-${id}`}
              aria-controls={`console-panel-${id}`}
              aria-selected={tab === id}
              tabIndex={tab === id ? 0 : -1}
              className="console-tab"
              onClick={() => {
                setTab(id)
              }}
              onKeyDown={onTabKey}
            >
              {tabLabel[id]}
            </button>
          ))}
        </div>
        <AnnexButton small />
        <div className="console-header__projector">
          <span className="console-header__shows">
            {t.consoleProjectorShows}: {shows}
          </span>
          {projectorKind !== 'timer' ? (
            <button
              type="button"
              className="button button--small"
              onClick={() => {
                update((data) => ({ ...data, projector: { kind: 'timer' } }))
              }}
            >
              {t.groupsProjectTimer}
            </button>
          ) : null}
          <button
            type="button"
            className="button button--primary"
            title={t.consoleProjectHint}
            onClick={project}
          >
            {t.consoleProject}
          </button>
        </div>
      </header>
      {blocked ? (
        <p className="console-alert" role="alert">
          {t.consoleProjectBlocked}
        </p>
      ) : null}
      {/* The timer stays mounted (hidden, drawing nothing) so that its chimes sound on every tab;
          its keys work only on its tab. The other panels are mounted only when shown: their keys never compete. */}
      <div
        className="console-body"
        role="tabpanel"
        id="console-panel-timer"
        aria-labelledby="console-tab-timer"
        hidden={tab !== 'timer'}
      >
        <TimerPanel
          doc={ready}
          store={store}
          chime={chime}
          keys={tab === 'timer'}
          shown={tab === 'timer'}
        />
      </div>
      <PlenaryChimes doc={ready} store={store} chime={chime} />
      <CafeChimes doc={ready} store={store} chime={chime} />
      {tab !== 'timer' ? (
        <div
          className="console-body"
          role="tabpanel"
          id={`console-panel-${tab}`}
          aria-labelledby={`console-tab-${tab}`}
        >
          {tab === 'groups' ? <GroupOverview workshopId={workshopId} store={store} /> : null}
          {tab === 'plenary' ? (
            <>
              <PlenaryDecks doc={ready} />
              <PlenaryFormatSwitch doc={ready} />
              {plenaryFormatOf(ready.workshop) === 'cafe' ? (
                <CafePlenaryPanel doc={ready} store={store} />
              ) : (
                <PlenaryPanel workshopId={workshopId} store={store} />
              )}
            </>
          ) : null}
          {tab === 'lan' ? <LanSharePanel doc={ready} /> : null}
        </div>
      ) : null}
    </main>
  )
}
