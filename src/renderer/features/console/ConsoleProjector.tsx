import '../../styles/projector.css'
import '../../styles/console.css'
import { useEffect, useMemo, useRef } from 'react'
import { timerPlanFromDoc } from '../../../shared/timer/timerPlan'
import { useWorkshopStore } from '../../session/appServices'
import { routeHref } from '../../navigation/useRoute'
import { useT } from '../../i18n/useT'
import { toggleFullScreen, useFollowedWorkshop } from '../../shell/useFollowedWorkshop'
import { useWorkshopDoc } from '../../session/useOpenedWorkshop'
import { ConsoleProjectorBoard } from './ConsoleProjectorBoard'
import { sameConsoleFrame } from './consoleFrame'
import { useConsole, useConsoleStoreApi } from './consoleStore'
import { DayPlanProjector } from './DayPlanProjector'
import { PlenaryProjector } from './PlenaryProjector'
import { CafeRotationProjector } from './CafeRotationProjector'
import { applyTimerAction, timerKeyAction } from './timerActions'
import { TimerProjectorView } from './TimerProjectorView'
import { closeProjector } from '../../shell/closeProjector'

interface ConsoleProjectorProps {
  workshopId: string
}

/**
 * The facilitator's projector screen: what the console puts on it (data.projector) — the timer,
 * a group's board or the plenary share — updated live through the console store (storage event).
 * Keys for the timer: Space pause/resume, ←/→ rows, + one minute; F full screen everywhere.
 */
export function ConsoleProjector({ workshopId }: ConsoleProjectorProps) {
  const t = useT()
  const store = useConsoleStoreApi(workshopId)
  // Board contents are read by the projected board itself (ConsoleProjectorBoard).
  const ready = useWorkshopDoc(workshopId, sameConsoleFrame)
  const status = useWorkshopStore((s) => s.status)
  const kind = useConsole(store, (s) => s.data.projector.kind)
  const update = useConsole(store, (s) => s.update)
  useFollowedWorkshop(workshopId)

  const plan = useMemo(() => (ready ? timerPlanFromDoc(ready) : null), [ready])

  useEffect(() => {
    if (ready) document.title = `${ready.workshop.title} ${t.consoleTabTimer} – タネボード`
  }, [ready, t])

  const latest = useRef({ kind, plan })
  latest.current = { kind, plan }
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing) return
      if (event.ctrlKey || event.metaKey || event.altKey) return
      if (event.key === 'f' || event.key === 'F') {
        event.preventDefault()
        toggleFullScreen()
        return
      }
      const { kind: shown, plan: p } = latest.current
      if (shown !== 'timer' || !p) return
      const action = timerKeyAction(event)
      if (!action) return
      event.preventDefault()
      update((data) => {
        const next = applyTimerAction(data.timer, p, Date.now(), action)
        return next === data.timer ? data : { ...data, timer: next }
      })
    }
    window.addEventListener('keydown', onKey)
    return () => {
      window.removeEventListener('keydown', onKey)
    }
  }, [update])

  const close = () => {
    closeProjector(routeHref({ name: 'console', workshopId }))
  }

  let body
  if (status === 'missing') {
    body = (
      <p className="pj-message" role="alert">
        {t.workshopMissing}
      </p>
    )
  } else if (!ready) {
    body = <p className="pj-message">{t.loading}</p>
  } else if (kind === 'board') {
    body = <ConsoleProjectorBoard workshopId={workshopId} store={store} />
  } else if (kind === 'plenary') {
    body = <PlenaryProjector workshopId={workshopId} store={store} />
  } else if (kind === 'cafe') {
    body = <CafeRotationProjector doc={ready} store={store} />
  } else if (kind === 'dayPlan') {
    body = <DayPlanProjector doc={ready} store={store} />
  } else {
    body = <TimerProjectorView doc={ready} store={store} />
  }

  return (
    <main
      className={`projector console-projector console-projector--${kind}`}
      data-workshop-id={workshopId}
    >
      <div className="console-projector__tools" role="toolbar" aria-label={t.consoleProjectorKeys}>
        <button
          type="button"
          className="pj-button"
          aria-keyshortcuts="F"
          title={t.consoleProjectorKeys}
          onClick={toggleFullScreen}
        >
          {t.consoleFullScreen}
        </button>
        <button type="button" className="pj-button" onClick={close}>
          {t.consoleClose}
        </button>
      </div>
      {body}
    </main>
  )
}
