import { describe, expect, it } from 'vitest'
import type { WorkshopDoc } from '../../../shared/model/workshopDoc'
import { HALF_DAY_TEMPLATE } from '../../../shared/templates/workshopTemplates'
import { fakeClock, jst, templateDoc, templatePlan } from '../../../shared/testing/timerFixture'
import { initialTimerState } from '../../../shared/timer/timerState'
import { skip, start } from '../../../shared/timer/timerTransitions'
import { createTransitionWatcher } from './transitionWatcher'

const DATE = '2025-02-07'

function setup() {
  const doc = templateDoc(HALF_DAY_TEMPLATE, DATE)
  const plan = templatePlan(HALF_DAY_TEMPLATE, DATE)
  const clock = fakeClock(jst(DATE, '12:00'))
  let timer = initialTimerState('clock')
  let open: WorkshopDoc | null = doc
  const transitions: string[] = []
  const watcher = createTransitionWatcher({
    getDoc: () => open,
    readTimer: () => timer,
    nowMs: clock.now,
    onTransition: (d) => transitions.push(d.workshop.id),
  })
  return {
    doc,
    plan,
    clock,
    watcher,
    transitions,
    setTimer: (next: typeof timer) => (timer = next),
    close: () => (open = null),
    reopen: () => (open = doc),
  }
}

describe('transitionWatcher', () => {
  it('opening a workshop is not a transition; each row change by the clock is one', () => {
    const s = setup()
    const dayStart = s.plan.dayStart
    s.clock.set(jst(DATE, dayStart) + 1000)
    s.watcher.check()
    expect(s.transitions).toEqual([])
    s.watcher.check()
    expect(s.transitions).toEqual([])
    const firstRow = s.plan.rows[0]
    s.clock.advance((firstRow?.durationMin ?? 0) * 60_000)
    s.watcher.check()
    expect(s.transitions).toEqual([s.doc.workshop.id])
  })

  it('follows the facilitator in manual mode (a skip)', () => {
    const s = setup()
    const t0 = s.clock.now()
    const running = start(initialTimerState('manual'), s.plan, t0)
    s.setTimer(running)
    s.watcher.check()
    s.setTimer(skip(running, s.plan, t0 + 1000))
    s.clock.advance(1000)
    s.watcher.check()
    expect(s.transitions).toHaveLength(1)
  })

  it('forgets the position while no workshop is open', () => {
    const s = setup()
    s.watcher.check()
    s.close()
    s.watcher.check()
    s.clock.set(jst(DATE, s.plan.dayStart) + 1000)
    s.reopen()
    s.watcher.check()
    expect(s.transitions).toEqual([])
  })
})
