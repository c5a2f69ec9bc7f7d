import { act, fireEvent, render, screen } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { HALF_DAY_TEMPLATE } from '../../../shared/templates/workshopTemplates'
import { jst, templateDoc, TRIAL2_DATE } from '../../../shared/testing/timerFixture'
import { createChime, type AudioContextLike, type ChimeKind } from './chime'
import { createConsoleStore, type ConsoleStorage } from './consoleStore'
import { timerKeyAction } from './timerActions'
import { parseWarnings } from './timerDisplay'
import { TimerPanel } from './TimerPanel'

/** The 試行② half day: 14:00–14:40 テーマ1, 14:40 テーマ2, 15:20 テーマ3, … 17:00. */
const doc = templateDoc(HALF_DAY_TEMPLATE, TRIAL2_DATE)

function memoryStorage(): ConsoleStorage & { data: Map<string, string> } {
  const data = new Map<string, string>()
  return {
    data,
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => {
      data.set(k, v)
    },
  }
}

function setup() {
  const storage = memoryStorage()
  const store = createConsoleStore(doc.workshop.id, storage)
  const calls: ChimeKind[] = []
  const chime = (kind: ChimeKind) => {
    calls.push(kind)
  }
  render(<TimerPanel doc={doc} store={store} chime={chime} />)
  return { store, storage, calls }
}

const text = (id: string) => screen.getByTestId(id).textContent

/** Moves the fake clock in 250 ms steps (the display refresh), as real time would. */
function advance(ms: number) {
  for (let done = 0; done < ms; done += 250) {
    act(() => {
      vi.advanceTimersByTime(250)
    })
  }
}

describe('TimerPanel', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'setTimeout', 'Date'] })
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  it('follows the clock: current row, time left, next row, card with 【ポイント】', () => {
    vi.setSystemTime(jst(TRIAL2_DATE, '14:10'))
    setup()
    expect(text('timer-current')).toContain('テーマ１）')
    expect(text('timer-remaining')).toBe('30:00')
    expect(text('timer-next')).toContain('14:40から')
    expect(text('timer-next')).toContain('テーマ２）')
    expect(text('timer-delta')).toBe('予定どおり')
    expect(text('timer-planned-end')).toBe('17:00')
    expect(screen.getByRole('article', { name: 'テーマ 1' }).textContent).toContain('【ポイント】')
    expect(screen.getByRole('article', { name: 'テーマ 1' }).textContent).toContain('入退院支援')
  })

  it('manual: +5 and skip shift later rows and the expected end; back returns', () => {
    vi.setSystemTime(jst(TRIAL2_DATE, '14:10'))
    const { store } = setup()
    fireEvent.click(screen.getByRole('radio', { name: '手動で進める' }))
    expect(store.getState().data.timer.mode).toBe('manual')
    expect(text('timer-current')).toContain('テーマ１）')
    fireEvent.click(screen.getByRole('button', { name: '+5分' }))
    expect(text('timer-remaining')).toBe('35:00')
    expect(text('timer-projected-end')).toBe('17:05')
    expect(text('timer-delta')).toBe('予定より5分遅れ')
    expect(screen.getByText('延長 +5分')).toBeTruthy()
    expect(screen.getAllByText(/5分遅れ（14:40）/).length).toBeGreaterThan(0)

    fireEvent.click(screen.getByRole('button', { name: /次の行へ/ }))
    expect(text('timer-current')).toContain('テーマ２）')
    expect(text('timer-remaining')).toBe('40:00')
    // テーマ1 ended 30 min early: the day is now 30 min ahead (17:00 − 30 = 16:30).
    expect(text('timer-projected-end')).toBe('16:30')
    expect(text('timer-delta')).toBe('予定より30分早く進行')
    // What happened is said in words, so the early day never appears unexplained.
    expect(text('timer-step-note')).toBe('14:10 次の行へ進めました（予定より30分早く進行）')

    fireEvent.click(screen.getByRole('button', { name: /前の行へ/ }))
    expect(text('timer-current')).toContain('テーマ１）')
    expect(text('timer-remaining')).toBe('35:00')
    expect(text('timer-step-note')).toBe('')
  })

  it('arrows on the mode switch move between rows and never drop the manual run', () => {
    vi.setSystemTime(jst(TRIAL2_DATE, '14:10'))
    const { store } = setup()
    const manual = screen.getByRole('radio', { name: '手動で進める' })
    fireEvent.click(manual)
    fireEvent.click(screen.getByRole('button', { name: '+5分' }))
    fireEvent.keyDown(manual, { key: 'ArrowRight' })
    expect(store.getState().data.timer.mode).toBe('manual')
    expect(text('timer-current')).toContain('テーマ２）')
    fireEvent.keyDown(manual, { key: 'ArrowLeft' })
    expect(text('timer-remaining')).toBe('35:00')
    // Back to the clock asks first; 「いいえ」 keeps the manual run.
    const confirm = vi.spyOn(window, 'confirm').mockReturnValueOnce(false)
    fireEvent.click(screen.getByRole('radio', { name: '時刻どおり' }))
    expect(confirm).toHaveBeenCalledTimes(1)
    expect(store.getState().data.timer.mode).toBe('manual')
    expect(text('timer-remaining')).toBe('35:00')
    confirm.mockReturnValueOnce(true)
    fireEvent.click(screen.getByRole('radio', { name: '時刻どおり' }))
    expect(store.getState().data.timer.mode).toBe('clock')
    confirm.mockRestore()
  })

  it('pause holds the time; keys: Space resumes, + adds a minute, → moves on', () => {
    vi.setSystemTime(jst(TRIAL2_DATE, '14:10'))
    setup()
    fireEvent.click(screen.getByRole('button', { name: '一時停止' }))
    expect(screen.getByText(/一時停止中/)).toBeTruthy()
    advance(60_000)
    expect(text('timer-remaining')).toBe('30:00')
    fireEvent.keyDown(window, { key: ' ' })
    advance(1000)
    expect(text('timer-remaining')).toBe('29:59')
    fireEvent.keyDown(window, { key: '+' })
    expect(text('timer-remaining')).toBe('30:59')
    fireEvent.keyDown(window, { key: 'ArrowRight' })
    expect(text('timer-current')).toContain('テーマ２）')
  })

  it('on 全体共有 offers the 共有用ボード; on 総括 shows the 総括 deck and projects it', () => {
    vi.setSystemTime(jst(TRIAL2_DATE, '16:05'))
    setup()
    expect(text('timer-current')).toBe('※グループごとに発表')
    const decks = screen.getByTestId('plenary-decks')
    expect(decks.querySelector('[data-testid="project-shared-board"]')?.getAttribute('href')).toBe(
      `#/w/${doc.workshop.id}/shared`,
    )
    act(() => {
      vi.setSystemTime(jst(TRIAL2_DATE, '16:35'))
    })
    advance(500)
    expect(text('timer-current')).toBe('講師・アドバイザーからのコメント、講師総括')
    const summary = screen.getByRole('region', { name: '総括' })
    expect(summary.textContent).toContain('目的の再確認')
    expect(summary.textContent).toContain('本日の振り返り（共有用ボード）')
    expect(summary.textContent).toContain('実際の例（稲城市）')
    expect(summary.querySelector('[data-testid="project-summary"]')?.getAttribute('href')).toBe(
      `#/w/${doc.workshop.id}/summary`,
    )
  })

  it('chimes once per warning and at the end, with the visual cue; survives re-renders', () => {
    vi.setSystemTime(jst(TRIAL2_DATE, '14:34', 58))
    const { calls } = setup()
    expect(screen.queryByTestId('timer-cue')).toBeNull()
    advance(4000)
    expect(calls).toEqual(['warning'])
    expect(text('timer-cue')).toBe('⚠ 残り5分')
    expect(text('timer-announce')).toBe('残り5分です')
    advance(4000)
    expect(calls).toEqual(['warning'])
    act(() => {
      vi.setSystemTime(jst(TRIAL2_DATE, '14:38', 58))
    })
    advance(4000)
    expect(calls).toEqual(['warning', 'warning'])
    expect(text('timer-cue')).toBe('⚠ 残り1分')
    act(() => {
      vi.setSystemTime(jst(TRIAL2_DATE, '14:39', 58))
    })
    advance(4000)
    // 14:40: テーマ1 ends, テーマ2 starts with 40 minutes.
    expect(calls).toEqual(['warning', 'warning', 'end'])
    expect(text('timer-announce')).toBe('時間になりました')
    expect(text('timer-current')).toContain('テーマ２）')
  })

  it('a long gap (sleep) shows the cue without replaying chimes', () => {
    vi.setSystemTime(jst(TRIAL2_DATE, '14:10'))
    const { calls } = setup()
    act(() => {
      vi.setSystemTime(jst(TRIAL2_DATE, '14:36'))
    })
    advance(500)
    expect(calls).toEqual([])
    expect(text('timer-cue')).toBe('⚠ 残り5分')
  })

  it('mute: no chime, the cue and the announcement still come', () => {
    vi.setSystemTime(jst(TRIAL2_DATE, '14:34', 58))
    const { calls, store } = setup()
    fireEvent.click(screen.getByRole('checkbox', { name: '音を消す' }))
    expect(store.getState().data.muted).toBe(true)
    advance(4000)
    expect(calls).toEqual([])
    expect(text('timer-announce')).toBe('残り5分です')
  })

  it('warnings are set as minutes and stored', () => {
    vi.setSystemTime(jst(TRIAL2_DATE, '14:10'))
    const { store } = setup()
    const input = screen.getByLabelText(/予告する残り時間/)
    fireEvent.change(input, { target: { value: '10、２' } })
    fireEvent.blur(input)
    expect(store.getState().data.warnings).toEqual([10, 2])
    fireEvent.change(input, { target: { value: '0' } })
    fireEvent.blur(input)
    expect(screen.getByText(/1～60の数/)).toBeTruthy()
    expect(store.getState().data.warnings).toEqual([10, 2])
  })
})

describe('timer helpers', () => {
  it('parseWarnings', () => {
    expect(parseWarnings('5, 1')).toEqual([5, 1])
    expect(parseWarnings('1 5 5')).toEqual([5, 1])
    expect(parseWarnings('')).toEqual([])
    expect(parseWarnings('61')).toBeNull()
    expect(parseWarnings('1,2,3,4,5,6')).toBeNull()
  })

  it('keys: never while composing, never inside a text field', () => {
    const base = { isComposing: false, ctrlKey: false, metaKey: false, altKey: false }
    expect(timerKeyAction({ ...base, key: ' ', target: null })).toEqual({ type: 'toggle' })
    expect(timerKeyAction({ ...base, key: ' ', isComposing: true, target: null })).toBeNull()
    const input = document.createElement('input')
    expect(timerKeyAction({ ...base, key: '+', target: input })).toBeNull()
    const button = document.createElement('button')
    expect(timerKeyAction({ ...base, key: ' ', target: button })).toBeNull()
    expect(timerKeyAction({ ...base, key: 'ArrowLeft', target: button })).toEqual({ type: 'back' })
  })

  it('chime: silent before a gesture, two sine notes (four at the end) after', () => {
    const oscillators: string[] = []
    const param = () => ({
      setValueAtTime: vi.fn(),
      exponentialRampToValueAtTime: vi.fn(),
    })
    const fake = {
      currentTime: 0,
      destination: {},
      state: 'running',
      resume: () => Promise.resolve(),
      createOscillator: () => {
        const osc = {
          type: '',
          frequency: param(),
          connect: vi.fn(),
          start: vi.fn(),
          stop: vi.fn(),
        }
        oscillators.push('osc')
        return osc
      },
      createGain: () => ({ gain: param(), connect: vi.fn() }),
    } as unknown as AudioContextLike
    const chime = createChime(() => fake)
    chime.play('warning')
    expect(oscillators).toHaveLength(0)
    chime.unlock()
    chime.play('warning')
    expect(oscillators).toHaveLength(2)
    chime.play('end')
    expect(oscillators).toHaveLength(6)
  })
})
