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

// The first render of a board in a file takes several seconds on a loaded 2-core machine.
describe('見出しの下に入れる (note menu)', { timeout: 20_000 }, () => {
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

describe('見出しの下にまとめる (G key, selection bar)', { timeout: 20_000 }, () => {
  const key = (k: string, init: KeyboardEventInit = {}) => {
    fireEvent.keyDown(focused(), { key: k, code: k === ' ' ? 'Space' : k, ...init })
  }
  const under = (board: Awaited<ReturnType<typeof renderBoard>>, heading: string) => {
    const id = board.stored().find((n) => n.text === heading)!.id
    return board
      .stored()
      .filter((n) => n.parentId === id)
      .map((n) => n.text)
  }

  it('G on a selected note opens the list of 見出し; a number key puts the selection under one (one undo step)', async () => {
    const board = await renderBoard([
      { text: 'Ａ' },
      { text: 'Ｂ' },
      { text: 'Ｃ' },
      { text: '通院の見出し', kind: 'heading', scenes: ['daily'] },
      { text: '家族の見出し', kind: 'heading', scenes: ['endOfLife'] },
    ])
    board.note('Ａ').focus()
    key(' ', { shiftKey: true })
    board.note('Ｃ').focus()
    key(' ', { shiftKey: true })
    key('g')
    const dialog = screen.getByRole('dialog', { name: '見出しの下にまとめる' })
    expect(dialog.textContent).toContain('『Ｃ』とほか1枚を入れる見出しを選んでください。')
    const choices = within(dialog).getAllByRole('button', { name: /見出し』（/ })
    expect(choices.map((b) => b.textContent)).toEqual([
      '1『通院の見出し』（日常療養）',
      '2『家族の見出し』（看取り）',
    ])
    expect(focused()).toBe(choices[0])
    key('ArrowDown')
    expect(focused()).toBe(choices[1])
    key('2')
    await settle()
    expect(screen.queryByRole('dialog')).toBeNull()
    expect(under(board, '家族の見出し')).toEqual(['Ａ', 'Ｃ'])
    expect(board.texts('tray')).toEqual(['Ｂ'])
    expect(board.announcement()).toBe('『Ｃ』とほか1枚を見出し『家族の見出し』の下に入れました。')
    expect(focused()).toBe(board.note('Ｃ'))
    expect(document.querySelectorAll('.note.is-selected')).toHaveLength(0)

    // One action, one undo step.
    key('z', { ctrlKey: true })
    await settle()
    expect(board.texts('tray')).toEqual(['Ａ', 'Ｂ', 'Ｃ'])
    expect(under(board, '家族の見出し')).toEqual([])
  })

  it('G on a 見出し puts the selected notes under it at once; the selection bar offers the same', async () => {
    const board = await renderBoard([
      { text: 'Ａ' },
      { text: 'Ｂ' },
      { text: '見出し', kind: 'heading', scenes: ['daily'] },
    ])
    board.note('見出し').focus()
    key('g')
    expect(board.announcement()).toBe(
      'まとめる付箋を Shift+スペースキーで選んでから、この見出しで G キーを押してください。',
    )
    expect(screen.queryByRole('dialog')).toBeNull()

    fireEvent.click(board.note('Ａ'))
    fireEvent.click(board.note('Ｂ'), { ctrlKey: true })
    const bar = screen.getByRole('toolbar', { name: '選択した付箋の操作' })
    expect(bar.textContent).toContain('2枚を選択中')
    fireEvent.click(within(bar).getByRole('button', { name: '見出しの下にまとめる' }))
    const dialog = screen.getByRole('dialog', { name: '見出しの下にまとめる' })
    // Escape: the <dialog>'s cancel event (jsdom does not turn the key into it).
    fireEvent(dialog, new Event('cancel', { cancelable: true }))
    await settle()
    expect(screen.queryByRole('dialog')).toBeNull()
    expect(under(board, '見出し')).toEqual([])

    board.note('見出し').focus()
    key('g')
    await settle()
    expect(under(board, '見出し')).toEqual(['Ａ', 'Ｂ'])
    expect(board.announcement()).toBe('『Ａ』とほか1枚を見出し『見出し』の下に入れました。')
    expect(screen.queryByRole('toolbar', { name: '選択した付箋の操作' })).toBeNull()
  })

  it('says so when the board has no 見出し yet', async () => {
    const board = await renderBoard([{ text: 'Ａ' }])
    board.note('Ａ').focus()
    key('g')
    const dialog = screen.getByRole('dialog', { name: '見出しの下にまとめる' })
    expect(dialog.textContent).toContain('この模造紙にはまだ見出しがありません。')
  })
})
