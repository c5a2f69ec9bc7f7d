import { useEffect, useRef, useState } from 'react'
import type { TimerPlan } from '../../../shared/timer/timerPlan'
import { dueSignals, type TimerSignal } from '../../../shared/timer/timerSignals'
import type { TimerState } from '../../../shared/timer/timerState'
import type { ChimeFn } from './chime'

interface SignalInput {
  timer: TimerState
  plan: TimerPlan | null
  warnings: readonly number[]
  muted: boolean
  /** The display clock of this render (useNow). */
  now: number
  chime: ChimeFn
}

/**
 * Evaluates the chimes due between the previous render's clock and this one (dueSignals: each
 * threshold once, nothing replayed after a reload, a sleep or a backward clock), plays the chime
 * unless muted, and returns the last signal for the visually hidden live region.
 * Only the console runs this: the projector window on the same laptop must not chime twice.
 */
export function useTimerSignals(input: SignalInput): TimerSignal | null {
  const { timer, plan, warnings, muted, now, chime } = input
  const previous = useRef<number | null>(null)
  const [last, setLast] = useState<TimerSignal | null>(null)
  useEffect(() => {
    const before = previous.current
    previous.current = now
    if (!plan) return
    const signal = dueSignals(timer, plan, warnings, before, now).at(-1)
    if (!signal) return
    if (!muted) chime(signal.kind)
    setLast(signal)
  }, [timer, plan, warnings, muted, now, chime])
  return last
}
