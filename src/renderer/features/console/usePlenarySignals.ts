import { useEffect, useRef } from 'react'
import type { WorkshopDoc } from '../../../shared/model/workshopDoc'
import { plenarySignals } from '../../../shared/timer/plenaryTimer'
import type { ChimeFn } from './chime'
import { useConsole, type ConsoleStore } from './consoleStore'
import { plenaryTotalMinutes } from './plenarySlides'
import { useNow } from './useNow'

/**
 * The 全体共有's chimes (plenarySignals: the warnings and the end of the 発表, which is the switch
 * to 講評, then the end of the 講評), each once, nothing replayed after a reload or a sleep; the
 * same chime and mute as the timetable timer. Only the console runs it, on every tab.
 */
export function usePlenarySignals(doc: WorkshopDoc, store: ConsoleStore, chime: ChimeFn): void {
  const now = useNow(250)
  const state = useConsole(store, (s) => s.data.plenary)
  const warnings = useConsole(store, (s) => s.data.warnings)
  const muted = useConsole(store, (s) => s.data.muted)
  const total = plenaryTotalMinutes(doc)
  const previous = useRef<number | null>(null)
  useEffect(() => {
    const before = previous.current
    previous.current = now
    if (!state) return
    const signal = plenarySignals(state, total, warnings, before, now).at(-1)
    if (signal && !muted) chime(signal.kind)
  }, [state, total, warnings, muted, now, chime])
}

/** Mounts the 全体共有's chimes (a component, so the console can keep it on every tab). */
export function PlenaryChimes(props: { doc: WorkshopDoc; store: ConsoleStore; chime: ChimeFn }) {
  usePlenarySignals(props.doc, props.store, props.chime)
  return null
}
