import { act, fireEvent, screen } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { addNote } from '../../../shared/board/theme1Ops'
import { updateWorkshop } from '../../../shared/ops/workshopOps'
import { renderBoard } from './testing/boardTestHarness'

/** Lets the host's answer come back. */
const settle = () => act(() => new Promise((resolve) => setTimeout(resolve, 0)))

afterEach(() => {
  window.location.hash = ''
  vi.restoreAllMocks()
})

describe('投影', () => {
  it('opens the projector view in a window of its own; the board stays', async () => {
    const board = await renderBoard([{ text: 'Ａ' }])
    window.location.hash = '#/board'
    const link = screen.getByRole('link', { name: '投影' })
    fireEvent.click(link)
    await settle()
    const route = link.getAttribute('href')
    expect(route).toMatch(/^#\/w\/.+\/g\/.+\/theme1\/projector$/)
    expect(board.services.host.projected).toEqual([route])
    expect(window.location.hash).toBe('#/board')
  })

  it('shows it in this window when the pop-up is blocked', async () => {
    const board = await renderBoard([{ text: 'Ａ' }])
    board.services.host.openProjectorWindow = () => Promise.reject(new Error('blocked'))
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined)
    const link = screen.getByRole('link', { name: '投影' })
    fireEvent.click(link)
    await settle()
    expect(window.location.hash).toBe(link.getAttribute('href'))
    expect(warn).toHaveBeenCalled()
  })
})

describe('元に戻す on the board', () => {
  it("undoes this board's edits only: never the setup's, also after them", async () => {
    const board = await renderBoard([{ text: 'Ａ' }])
    const store = board.services.workshop
    const undo = screen.getByRole('button', { name: '元に戻す' })
    act(() => {
      store.getState().apply((doc) => updateWorkshop(doc, { title: '改題' }))
    })
    expect(undo).toHaveProperty('disabled', true)

    act(() => {
      store
        .getState()
        .apply((doc, ctx) => addNote(doc, board.boardId, { text: 'Ｂ', scenes: [] }, ctx))
      store.getState().apply((doc) => updateWorkshop(doc, { title: '再改題' }))
    })
    expect(board.texts('tray')).toEqual(['Ａ', 'Ｂ'])
    expect(undo).toHaveProperty('disabled', false)
    fireEvent.keyDown(window, { key: 'z', code: 'KeyZ', ctrlKey: true })
    expect(board.texts('tray')).toEqual(['Ａ'])
    expect(store.getState().doc?.workshop.title).toBe('再改題')
    expect(undo).toHaveProperty('disabled', true)
    fireEvent.click(undo)
    expect(store.getState().doc?.workshop.title).toBe('再改題')
  })
})
