import { act } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { renderBoard } from './testing/boardTestHarness'
import { useBoardView } from './boardView'

const MEDIUM = '退院前カンファレンスの日程が急に決まるので参加できない'

afterEach(() => {
  act(() => {
    useBoardView.getState().setDensity('comfortable')
  })
})

describe('a note whose text may be cut off shows its whole text as a tooltip', () => {
  it('詰めて表示 cuts after 3 lines, so a medium text gets the tooltip there only', async () => {
    act(() => {
      useBoardView.getState().setDensity('comfortable')
    })
    const board = await renderBoard([{ text: MEDIUM }, { text: '短い' }])
    expect(board.note(MEDIUM).title).toBe('')

    act(() => {
      useBoardView.getState().setDensity('compact')
    })
    expect(board.note(MEDIUM).title).toBe(MEDIUM)
    expect(board.note('短い').title).toBe('')
  })
})
