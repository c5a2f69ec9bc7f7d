import { describe, expect, it } from 'vitest'
import { FONT_SCALE_KEY, readFontScale, stepFontScale } from '../../shell/fontScale'
import { projectorKeyAction } from './useProjectorKeys'

const key = (k: string, extra: Partial<KeyboardEvent> = {}) => ({
  key: k,
  isComposing: false,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  ...extra,
})

describe('projector keys', () => {
  const scenes = ['daily', 'admission', 'emergency', 'endOfLife'] as const

  it('zooms with 1–4, back with 0 and Escape, full screen with F, text size with + and −', () => {
    expect(projectorKeyAction(key('2'), scenes)).toEqual({ type: 'zoom', zoom: 'admission' })
    expect(projectorKeyAction(key('4'), scenes)).toEqual({ type: 'zoom', zoom: 'endOfLife' })
    expect(projectorKeyAction(key('0'), scenes)).toEqual({ type: 'zoom', zoom: null })
    expect(projectorKeyAction(key('Escape'), scenes)).toEqual({ type: 'zoom', zoom: null })
    expect(projectorKeyAction(key('f'), scenes)).toEqual({ type: 'fullScreen' })
    expect(projectorKeyAction(key('F'), scenes)).toEqual({ type: 'fullScreen' })
    expect(projectorKeyAction(key('+'), scenes)).toEqual({ type: 'scale', direction: 1 })
    expect(projectorKeyAction(key('-'), scenes)).toEqual({ type: 'scale', direction: -1 })
  })

  it('maps numbers to the workshop own scenes (試行②: 入退院支援, 看取り) and ignores the rest', () => {
    const narrowed = ['admission', 'endOfLife'] as const
    expect(projectorKeyAction(key('1'), narrowed)).toEqual({ type: 'zoom', zoom: 'admission' })
    expect(projectorKeyAction(key('3'), narrowed)).toBeNull()
    expect(projectorKeyAction(key('5'), scenes)).toBeNull()
    expect(projectorKeyAction(key('a'), scenes)).toBeNull()
  })

  it('leaves shortcuts with modifiers and IME keys alone', () => {
    expect(projectorKeyAction(key('f', { ctrlKey: true }), scenes)).toBeNull()
    expect(projectorKeyAction(key('1', { metaKey: true }), scenes)).toBeNull()
    expect(projectorKeyAction(key('1', { isComposing: true }), scenes)).toBeNull()
    expect(projectorKeyAction(key('Process'), scenes)).toBeNull()
  })
})

describe('font scale', () => {
  it('steps through the sizes and stops at the ends', () => {
    expect(stepFontScale(1, 1)).toBe(1.15)
    expect(stepFontScale(1, -1)).toBe(0.9)
    expect(stepFontScale(2, 1)).toBe(2)
    expect(stepFontScale(0.6, -1)).toBe(0.6)
  })

  it('reads the remembered size, ignoring anything it does not know', () => {
    const store = (value: string | null) => ({
      getItem: (k: string) => (k === FONT_SCALE_KEY ? value : null),
    })
    expect(readFontScale(store('1.3'))).toBe(1.3)
    expect(readFontScale(store('7'))).toBe(1)
    expect(readFontScale(store(null))).toBe(1)
    expect(readFontScale(undefined)).toBe(1)
    expect(
      readFontScale({
        getItem: () => {
          throw new Error('denied')
        },
      }),
    ).toBe(1)
  })
})
