import { act, fireEvent, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { addCause } from '../../../shared/theme2/causeOps'
import { renderTheme2 } from './testing/theme2TestHarness'

const grid = () => {
  const section = document.querySelector<HTMLElement>('.t2-priority')
  if (!section) throw new Error('no priority grid')
  return section
}
const unplaced = (text: string) =>
  within(grid()).getByRole<HTMLButtonElement>('button', { name: text })
const placed = (id: string) => {
  const chip = grid().querySelector<HTMLElement>(`[data-grid-item="${id}"]`)
  if (!chip) throw new Error(`${id} is not on the grid`)
  return chip
}

describe('priority grid by keyboard', () => {
  it('places an unplaced cause on a free spot with Enter, moves it with arrows, announces it', async () => {
    const t2 = await renderTheme2(
      [
        (doc, ctx, topicId) => addCause(doc, topicId, '説明不足', null, ctx),
        (doc, ctx, topicId) => addCause(doc, topicId, '相談先が分からない', null, ctx),
      ],
      { step: 3 },
    )
    const chip = unplaced('説明不足')
    // The Enter that accepts an IME conversion does nothing.
    fireEvent.keyDown(chip, { key: 'Enter', keyCode: 229 })
    expect(t2.cause('説明不足').grid).toBeNull()

    fireEvent.keyDown(chip, { key: 'Enter' })
    const id = t2.cause('説明不足').id
    expect(t2.cause('説明不足').grid).toEqual({ x: 0.5, y: 0.5 })
    expect(t2.announcement()).toContain(
      '『説明不足』をマップの空いている所に置きました。影響の大きさ 50%、取り組みやすさ 50%。',
    )
    expect(t2.cause('相談先が分からない').grid).toBeNull()

    // The next one placed by keyboard does not land on it: the free spot nearest the middle.
    fireEvent.keyDown(unplaced('相談先が分からない'), { key: 'Enter' })
    const second = t2.cause('相談先が分からない').grid
    expect(second).not.toBeNull()
    expect(second).not.toEqual({ x: 0.5, y: 0.5 })
    expect(t2.announcement()).toContain(
      '『相談先が分からない』をマップの空いている所に置きました。',
    )

    fireEvent.keyDown(placed(id), { key: 'ArrowRight' })
    fireEvent.keyDown(placed(id), { key: 'ArrowUp' })
    expect(t2.cause('説明不足').grid).toEqual({ x: 0.55, y: 0.55 })
    expect(t2.announcement()).toContain('影響の大きさ 55%、取り組みやすさ 55%')
    expect(placed(id).getAttribute('aria-label')).toContain('影響の大きさ 55%、取り組みやすさ 55%')

    fireEvent.keyDown(placed(id), { key: 'ArrowDown', shiftKey: true })
    expect(t2.cause('説明不足').grid).toEqual({ x: 0.55, y: 0.35 })

    // Clamped at the edge.
    for (let i = 0; i < 12; i++) fireEvent.keyDown(placed(id), { key: 'ArrowRight' })
    expect(t2.cause('説明不足').grid?.x).toBe(1)

    // Delete takes it off the map again; undo puts it back.
    fireEvent.keyDown(placed(id), { key: 'Delete' })
    expect(t2.cause('説明不足').grid).toBeNull()
    expect(t2.announcement()).toContain('マップから外しました')
    act(() => {
      t2.services.workshop.getState().undo()
    })
    expect(t2.cause('説明不足').grid?.x).toBe(1)
  })
})
