import type { TimerPlan } from '../../../shared/timer/timerPlan'
import type { TimerState } from '../../../shared/timer/timerState'
import {
  addMinutes,
  back,
  pause,
  reset,
  resume,
  setMode,
  skip,
  start,
  takeOver,
} from '../../../shared/timer/timerTransitions'

/**
 * The facilitator's timer commands (buttons and keys) as pure functions of the stored state.
 * Every command reads the wall clock passed in; nothing here counts ticks.
 */
export type TimerAction =
  | { type: 'toggle' }
  | { type: 'start' }
  | { type: 'pause' }
  | { type: 'resume' }
  | { type: 'add'; minutes: number }
  | { type: 'skip' }
  | { type: 'back' }
  | { type: 'reset' }
  | { type: 'mode'; mode: TimerState['mode'] }

/** Space: start when idle, pause when running (the clock mode is taken over), resume when paused. */
function toggle(current: TimerState, plan: TimerPlan, nowMs: number): TimerState {
  const state = current.mode === 'clock' ? takeOver(current, plan, nowMs) : current
  if (state.status === 'idle') return start(state, plan, nowMs)
  if (state.status === 'running') return pause(state, plan, nowMs)
  if (state.status === 'paused') return resume(state, plan, nowMs)
  return current
}

export function applyTimerAction(
  state: TimerState,
  plan: TimerPlan,
  nowMs: number,
  action: TimerAction,
): TimerState {
  switch (action.type) {
    case 'toggle':
      return toggle(state, plan, nowMs)
    case 'start':
      return start(state, plan, nowMs)
    case 'pause':
      return pause(state, plan, nowMs)
    case 'resume':
      return resume(state, plan, nowMs)
    case 'add':
      return addMinutes(state, plan, nowMs, action.minutes)
    case 'skip':
      return skip(state, plan, nowMs)
    case 'back':
      return back(state, plan, nowMs)
    case 'reset':
      return reset(state)
    case 'mode':
      return setMode(state, plan, nowMs, action.mode)
  }
}

type KeyLike = Pick<KeyboardEvent, 'key' | 'isComposing' | 'ctrlKey' | 'metaKey' | 'altKey'> & {
  target: EventTarget | null
}

/** Elements whose own keys must win: text fields, buttons (Space), tabs and radios (arrows). */
function ownsKey(target: EventTarget | null, key: string): boolean {
  if (typeof HTMLElement === 'undefined' || !(target instanceof HTMLElement)) return false
  if (target.isContentEditable) return true
  const tag = target.tagName
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true
  if (tag === 'INPUT') {
    const type = (target as HTMLInputElement).type
    if (type !== 'radio' && type !== 'checkbox') return true
    return key !== '+' // a radio's arrows and a checkbox's Space are its own
  }
  const role = target.getAttribute('role')
  if ((role === 'tab' || role === 'radio') && key.startsWith('Arrow')) return true
  if ((tag === 'BUTTON' || tag === 'A' || role === 'tab') && (key === ' ' || key === 'Enter'))
    return true
  return false
}

/** The timer command of a key (console and projector), or null. F is handled by the caller. */
export function timerKeyAction(event: KeyLike): TimerAction | null {
  if (event.isComposing || event.key === 'Process') return null
  if (event.ctrlKey || event.metaKey || event.altKey) return null
  if (ownsKey(event.target, event.key)) return null
  switch (event.key) {
    case ' ':
    case 'Spacebar':
      return { type: 'toggle' }
    case 'ArrowRight':
    case 'PageDown':
      return { type: 'skip' }
    case 'ArrowLeft':
    case 'PageUp':
      return { type: 'back' }
    case '+':
    case ';':
      return { type: 'add', minutes: 1 }
    default:
      return null
  }
}
