import { afterEach, describe, expect, it, vi } from 'vitest'
import { onClockTick } from './useClock'

describe('onClockTick', () => {
  afterEach(() => {
    vi.useRealTimers()
    vi.restoreAllMocks()
  })

  it('ticks every listener of one interval from one timer, with the same time', () => {
    vi.useFakeTimers()
    const setInterval = vi.spyOn(window, 'setInterval')
    const seen: number[][] = [[], [], []]
    const stops = seen.map((list) =>
      onClockTick(1000, (now) => {
        list.push(now)
      }),
    )
    expect(setInterval).toHaveBeenCalledTimes(1)
    vi.advanceTimersByTime(2000)
    expect(seen.map((list) => list.length)).toEqual([2, 2, 2])
    expect(new Set(seen.map((list) => list[1])).size).toBe(1)
    for (const stop of stops) stop()
    vi.advanceTimersByTime(2000)
    expect(seen.map((list) => list.length)).toEqual([2, 2, 2])
  })

  it('stops its timer with its last listener and starts a new one for the next', () => {
    vi.useFakeTimers()
    const clearInterval = vi.spyOn(window, 'clearInterval')
    const first = vi.fn()
    const second = vi.fn()
    const stopFirst = onClockTick(250, first)
    const stopSecond = onClockTick(250, second)
    stopFirst()
    expect(clearInterval).not.toHaveBeenCalled()
    vi.advanceTimersByTime(250)
    expect(first).not.toHaveBeenCalled()
    expect(second).toHaveBeenCalledTimes(1)
    stopSecond()
    expect(clearInterval).toHaveBeenCalledTimes(1)
    const third = vi.fn()
    const stopThird = onClockTick(250, third)
    vi.advanceTimersByTime(250)
    expect(third).toHaveBeenCalledTimes(1)
    stopThird()
  })

  it('tells the time again when the page is shown again', () => {
    const listener = vi.fn()
    const stop = onClockTick(5000, listener)
    document.dispatchEvent(new Event('visibilitychange'))
    expect(listener).toHaveBeenCalledTimes(1)
    stop()
  })
})
