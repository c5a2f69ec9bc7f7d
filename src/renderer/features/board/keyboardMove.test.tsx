import { act, fireEvent } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { moveNotes } from '../../../shared/board/theme1Ops'
import { renderBoard } from './testing/boardTestHarness'

const key = (target: Element, key: string, init: KeyboardEventInit = {}) => {
  const code = key === ' ' ? 'Space' : key
  fireEvent.keyDown(target, { key, code, ...init })
}
/** The focused element (the note that keeps the focus while it moves). */
const focused = () => document.activeElement ?? document.body
/** Lets the focus requests of moved (re-mounted) notes run. */
const settle = () => act(() => Promise.resolve())

describe('moving notes with the keyboard', () => {
  it('picks up with Space, moves with arrows (applied and announced), drops with Space', async () => {
    const board = await renderBoard([
      { text: 'Ａ' },
      { text: 'Ｂ' },
      { text: 'Ｃ', scenes: ['daily'] },
    ])
    board.note('Ｂ').focus()
    key(focused(), ' ')
    expect(board.announcement()).toContain('『Ｂ』を持ち上げました')
    expect(board.note('Ｂ').className).toContain('is-picked')

    key(focused(), 'ArrowUp')
    await settle()
    expect(board.texts('tray')).toEqual(['Ｂ', 'Ａ'])
    expect(board.announcement()).toBe('『Ｂ』を未分類（トレイ）の1番目に移動しました')
    expect(focused()).toBe(board.note('Ｂ'))

    key(focused(), 'ArrowRight')
    await settle()
    expect(board.texts('tray')).toEqual(['Ａ'])
    expect(board.texts('daily')).toEqual(['Ｃ', 'Ｂ'])
    expect(board.announcement()).toBe('『Ｂ』を日常療養の2番目に移動しました')
    expect(focused()).toBe(board.note('Ｂ'))

    key(focused(), ' ')
    expect(board.announcement()).toContain('『Ｂ』を日常療養の2番目に置きました')
    expect(board.note('Ｂ').className).not.toContain('is-picked')
    expect(board.stored().find((n) => n.text === 'Ｂ')?.scenes).toEqual(['daily'])
  })

  it('cancels with Escape: every move since the pick-up is undone', async () => {
    const board = await renderBoard([{ text: 'Ａ' }, { text: 'Ｂ' }])
    board.note('Ｂ').focus()
    key(focused(), ' ')
    key(focused(), 'ArrowUp')
    await settle()
    key(focused(), 'ArrowRight')
    await settle()
    key(focused(), 'ArrowRight')
    await settle()
    expect(board.texts('admission')).toEqual(['Ｂ'])

    key(focused(), 'Escape')
    await settle()
    expect(board.texts('tray')).toEqual(['Ａ', 'Ｂ'])
    expect(board.texts('admission')).toEqual([])
    expect(board.announcement()).toContain('移動を取り消しました')
    expect(board.announcement()).toContain('未分類（トレイ）の2番目')
    expect(focused()).toBe(board.note('Ｂ'))
  })

  it('is one undo step from pick-up to drop: Space, ↑ → →, Space, then one Ctrl+Z', async () => {
    const board = await renderBoard([{ text: 'Ａ' }, { text: 'Ｂ' }])
    board.note('Ｂ').focus()
    key(focused(), ' ')
    for (const arrow of ['ArrowUp', 'ArrowRight', 'ArrowRight']) {
      key(focused(), arrow)
      await settle()
    }
    key(focused(), ' ')
    expect(board.texts('admission')).toEqual(['Ｂ'])

    key(focused(), 'z', { ctrlKey: true })
    await settle()
    expect(board.texts('tray')).toEqual(['Ａ', 'Ｂ'])
    expect(board.texts('admission')).toEqual([])
    expect(board.services.workshop.getState().canUndoIn(board.boardId)).toBe(false)
    key(focused(), 'y', { ctrlKey: true })
    await settle()
    expect(board.texts('admission')).toEqual(['Ｂ'])
    expect(board.texts('tray')).toEqual(['Ａ'])
  })

  it('says so when a note cannot go further', async () => {
    const board = await renderBoard([{ text: 'Ａ' }])
    board.note('Ａ').focus()
    key(focused(), ' ')
    key(focused(), 'ArrowLeft')
    expect(board.announcement()).toBe('この方向にはこれ以上動かせません。')
    key(focused(), 'ArrowUp')
    expect(board.texts('tray')).toEqual(['Ａ'])
  })

  it('moves a selection (Shift+Space) together', async () => {
    const board = await renderBoard([{ text: 'Ａ' }, { text: 'Ｂ' }, { text: 'Ｃ' }])
    board.note('Ａ').focus()
    key(focused(), ' ', { shiftKey: true })
    board.note('Ｃ').focus()
    key(focused(), ' ', { shiftKey: true })
    expect(board.announcement()).toBe('2枚を選択しています。')
    key(focused(), ' ')
    expect(board.announcement()).toContain('『Ｃ』とほか1枚を持ち上げました')
    key(focused(), 'ArrowRight')
    await settle()
    key(focused(), ' ')
    expect(board.texts('tray')).toEqual(['Ｂ'])
    expect(board.texts('daily')).toEqual(['Ａ', 'Ｃ'])
  })

  it('gathers a note under a 見出し and takes it out again by keyboard', async () => {
    const board = await renderBoard([
      { text: '見出し', kind: 'heading', scenes: ['daily'] },
      { text: 'Ｘ', scenes: ['daily'] },
    ])
    const heading = board.stored().find((n) => n.text === '見出し')
    const note = board.stored().find((n) => n.text === 'Ｘ')
    act(() => {
      board.services.workshop
        .getState()
        .apply((doc) => moveNotes(doc, [note!.id], { scene: 'daily', parentId: heading!.id }))
    })
    expect(board.area('daily').querySelector('.note-cluster--filled')?.textContent).toContain('Ｘ')
    board.note('Ｘ').focus()
    key(focused(), ' ')
    key(focused(), 'ArrowRight')
    await settle()
    expect(board.announcement()).toBe('『Ｘ』を入退院支援の1番目に移動しました')
    key(focused(), 'ArrowLeft')
    await settle()
    expect(board.announcement()).toBe('『Ｘ』を日常療養の2番目に移動しました')
  })
})
