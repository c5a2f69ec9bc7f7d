import { act, fireEvent } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { workshopScenes } from '../../../shared/board/theme1Layout'
import { renderBoard } from './testing/boardTestHarness'
import type { AreaName } from './boardKeys'

const focused = () => document.activeElement ?? document.body
/** Lets the focus requests of moved (re-mounted) notes run. */
const settle = () => act(() => Promise.resolve())
const key = (key: string, init: KeyboardEventInit = {}) => {
  fireEvent.keyDown(focused(), { key, code: key === ' ' ? 'Space' : key, ...init })
}
/** The texts of the area's notes that are Tab stops. */
const tabStops = (name: AreaName) =>
  [...document.querySelectorAll<HTMLElement>(`[data-area="${name}"] [data-note-id]`)]
    .filter((el) => el.tabIndex === 0)
    .map((el) => el.querySelector('.note__text')?.textContent)

describe('one Tab stop per area (roving tabindex)', () => {
  it('is the first note, then the last focused; arrows cross areas, Home/End stay in one', async () => {
    const board = await renderBoard([
      { text: 'Ａ' },
      { text: 'Ｂ' },
      { text: 'Ｃ' },
      { text: 'Ｄ', scenes: ['daily'] },
      { text: 'Ｅ', scenes: ['daily'] },
    ])
    expect(tabStops('tray')).toEqual(['Ａ'])
    expect(tabStops('daily')).toEqual(['Ｄ'])
    // The capture fields stay Tab stops.
    expect(board.capture('tray').tabIndex).toBe(0)
    expect(board.capture('daily').tabIndex).toBe(0)

    board.note('Ａ').focus()
    key('ArrowDown')
    expect(focused()).toBe(board.note('Ｂ'))
    expect(tabStops('tray')).toEqual(['Ｂ'])
    key('End')
    expect(focused()).toBe(board.note('Ｃ'))
    key('ArrowDown')
    expect(focused()).toBe(board.note('Ｄ'))
    key('End')
    expect(focused()).toBe(board.note('Ｅ'))
    key('Home')
    expect(focused()).toBe(board.note('Ｄ'))
    expect(tabStops('tray')).toEqual(['Ｃ'])
    expect(tabStops('daily')).toEqual(['Ｄ'])

    // The tray's Tab stop moves to 日常療養: the tray's first note is its Tab stop again.
    board.note('Ｃ').focus()
    key(' ')
    key('ArrowRight')
    await settle()
    key(' ')
    expect(board.texts('daily')).toEqual(['Ｄ', 'Ｅ', 'Ｃ'])
    expect(focused()).toBe(board.note('Ｃ'))
    expect(tabStops('tray')).toEqual(['Ａ'])
    expect(tabStops('daily')).toEqual(['Ｃ'])
  })

  it('N and 1, 2, … jump to the capture fields (not from a text field), named in the tooltip', async () => {
    const board = await renderBoard([{ text: 'Ａ' }])
    const doc = board.services.workshop.getState().doc
    if (!doc) throw new Error('no doc')
    const scenes = workshopScenes(doc)
    expect(scenes.length).toBeGreaterThan(1)
    expect(board.capture('tray').title).toContain('N キー')
    expect(board.capture(scenes[1]!).title).toContain('2 キー')
    expect(board.capture(scenes[1]!).getAttribute('aria-keyshortcuts')).toBe('2')

    board.note('Ａ').focus()
    key('2')
    expect(focused()).toBe(board.capture(scenes[1]!))
    // In a text field, digits are typed.
    key('1')
    expect(focused()).toBe(board.capture(scenes[1]!))
    board.note('Ａ').focus()
    key('1')
    expect(focused()).toBe(board.capture(scenes[0]!))
    board.note('Ａ').focus()
    key('n')
    expect(focused()).toBe(board.capture('tray'))
  })
})
