import { act, fireEvent, screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { renderBoard } from './testing/boardTestHarness'

/** The focused element. */
const focused = () => document.activeElement ?? document.body
/** Lets the focus requests of moved (re-mounted) notes run. */
const settle = () => act(() => Promise.resolve())

const openMenu = (note: HTMLElement) => {
  note.focus()
  fireEvent.keyDown(note, { key: 'F10', code: 'F10', shiftKey: true })
  return screen.getByRole('dialog', { name: '付箋の設定' })
}

describe('見出しの下に入れる (note menu)', () => {
  it("lists the board's 見出し (own area first, with their area) and gathers from the keyboard", async () => {
    const board = await renderBoard([
      { text: 'Ａ' },
      { text: '日常の見出し', kind: 'heading', scenes: ['daily'] },
      { text: 'トレイの見出し', kind: 'heading' },
      { text: 'Ｂ', scenes: ['daily'] },
    ])
    const menu = openMenu(board.note('Ａ'))
    const group = within(menu).getByRole('group', { name: '見出しの下に入れる' })
    const choices = within(group).getAllByRole('button')
    expect(choices.map((b) => b.textContent)).toEqual([
      '『トレイの見出し』（未分類（トレイ））',
      '『日常の見出し』（日常療養）',
    ])

    // ↓ / ↑ / Home / End move through the choices (Tab reaches them too).
    choices[0]!.focus()
    fireEvent.keyDown(focused(), { key: 'ArrowDown' })
    expect(focused()).toBe(choices[1])
    fireEvent.keyDown(focused(), { key: 'ArrowDown' })
    expect(focused()).toBe(choices[0])
    fireEvent.keyDown(focused(), { key: 'End' })
    expect(focused()).toBe(choices[1])

    fireEvent.click(choices[1]!)
    await settle()
    expect(screen.queryByRole('dialog')).toBeNull()
    const stored = (text: string) => board.stored().find((n) => n.text === text)
    const heading = stored('日常の見出し')!
    expect(stored('Ａ')).toMatchObject({ parentId: heading.id, scenes: ['daily'] })
    expect(board.announcement()).toBe('『Ａ』を見出し『日常の見出し』の下に入れました。')
    expect(focused()).toBe(board.note('Ａ'))

    // Under a 見出し: the one it is in is not offered again.
    const again = openMenu(board.note('Ａ'))
    const left = within(again).getAllByRole('button', { name: /見出し』（/ })
    expect(left.map((b) => b.textContent)).toEqual(['『トレイの見出し』（未分類（トレイ））'])
    // Escape closes the menu and gives the focus back to the note.
    fireEvent.keyDown(left[0]!, { key: 'Escape' })
    await settle()
    expect(screen.queryByRole('dialog')).toBeNull()
    expect(focused()).toBe(board.note('Ａ'))
  })

  it('gathers the selection when the note is selected, and is not offered on a 見出し', async () => {
    const board = await renderBoard([
      { text: 'Ａ' },
      { text: 'Ｂ' },
      { text: '見出し', kind: 'heading', scenes: ['daily'] },
    ])
    fireEvent.click(board.note('Ａ'))
    fireEvent.click(board.note('Ｂ'), { ctrlKey: true })
    const menu = openMenu(board.note('Ｂ'))
    fireEvent.click(within(menu).getByRole('button', { name: '『見出し』（日常療養）' }))
    await settle()
    const heading = board.stored().find((n) => n.text === '見出し')!
    expect(
      board
        .stored()
        .filter((n) => n.parentId === heading.id)
        .map((n) => n.text),
    ).toEqual(['Ａ', 'Ｂ'])
    expect(board.announcement()).toBe('『Ｂ』とほか1枚を見出し『見出し』の下に入れました。')

    const headingMenu = openMenu(board.note('見出し'))
    expect(within(headingMenu).queryByRole('group', { name: '見出しの下に入れる' })).toBeNull()
  })
})
