import { act, fireEvent, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { renderBoard } from './testing/boardTestHarness'

describe('editing notes', () => {
  it('edits in place: Enter saves (not while composing), Escape cancels', async () => {
    const board = await renderBoard([{ text: '病院の敷居が高い', scenes: ['admission'] }])
    const note = board.note('病院の敷居が高い')
    fireEvent.doubleClick(note)
    const editor = within(note).getByRole('textbox')
    expect(document.activeElement).toBe(editor)
    fireEvent.change(editor, { target: { value: '病院の敷居がとても高い' } })
    fireEvent.keyDown(editor, { key: 'Enter', code: 'Enter', isComposing: true })
    expect(within(note).queryByRole('textbox')).toBe(editor)
    fireEvent.keyDown(editor, { key: 'Enter', code: 'Enter' })
    expect(board.texts('admission')).toEqual(['病院の敷居がとても高い'])
    const edited = board.note('病院の敷居がとても高い')
    expect(document.activeElement).toBe(edited)

    fireEvent.keyDown(edited, { key: 'Enter', code: 'Enter' })
    const again = within(edited).getByRole('textbox')
    fireEvent.change(again, { target: { value: '捨てる文章' } })
    fireEvent.keyDown(again, { key: 'Escape', code: 'Escape' })
    expect(board.texts('admission')).toEqual(['病院の敷居がとても高い'])
  })

  it('renders text as text, never as HTML', async () => {
    const board = await renderBoard([{ text: '<img src=x onerror=alert(1)> <b>太字</b>' }])
    expect(board.area('tray').querySelector('img, b')).toBeNull()
    expect(board.texts('tray')).toEqual(['<img src=x onerror=alert(1)> <b>太字</b>'])
  })

  it('deletes with Delete, and the notice brings the note back', async () => {
    const board = await renderBoard([{ text: 'Ａ' }, { text: 'Ｂ' }])
    board.note('Ａ').focus()
    fireEvent.keyDown(board.note('Ａ'), { key: 'Delete', code: 'Delete' })
    expect(board.texts('tray')).toEqual(['Ｂ'])
    expect(document.activeElement).toBe(board.note('Ｂ'))
    const notice = board.services.notices.getState().notices.at(-1)
    expect(notice?.message).toBe('付箋を1枚削除しました。')
    act(() => {
      notice?.action?.run()
    })
    expect(board.texts('tray')).toEqual(['Ａ', 'Ｂ'])
  })

  it('takes the deletion notice away once Ctrl+Z has brought the note back', async () => {
    const board = await renderBoard([{ text: 'Ａ' }, { text: 'Ｂ' }])
    board.note('Ａ').focus()
    fireEvent.keyDown(board.note('Ａ'), { key: 'Delete', code: 'Delete' })
    const messages = () => board.services.notices.getState().notices.map((n) => n.message)
    expect(messages()).toEqual(['付箋を1枚削除しました。'])
    // Ctrl+Z (outside a text field) undoes the deletion: the notice's 元に戻す has nothing left.
    fireEvent.keyDown(board.note('Ｂ'), { key: 'z', code: 'KeyZ', ctrlKey: true })
    expect(board.texts('tray')).toEqual(['Ａ', 'Ｂ'])
    expect(messages()).toEqual([])

    // Another deletion's notice stays while it can still undo (an unrelated edit since).
    board.note('Ｂ').focus()
    fireEvent.keyDown(board.note('Ｂ'), { key: 'Delete', code: 'Delete' })
    const field = board.capture('daily')
    fireEvent.change(field, { target: { value: 'Ｃ' } })
    fireEvent.keyDown(field, { key: 'Enter', code: 'Enter' })
    expect(messages()).toEqual(['付箋を1枚削除しました。'])
    // Undoing the note added since leaves the deletion undoable: its notice stays.
    fireEvent.keyDown(field, { key: 'z', code: 'KeyZ', ctrlKey: true })
    expect(board.texts('daily')).toEqual([])
    expect(messages()).toEqual(['付箋を1枚削除しました。'])
  })

  it('marks a note multi-scene from its menu; it then shows in both scenes, linked', async () => {
    const board = await renderBoard([{ text: '開業医の対応に困る', scenes: ['admission'] }])
    fireEvent.click(
      within(board.note('開業医の対応に困る')).getByRole('button', { name: /メニュー/ }),
    )
    const menu = document.querySelector<HTMLElement>('[role="dialog"]')
    expect(menu).not.toBeNull()
    fireEvent.click(within(menu!).getByRole('checkbox', { name: '日常療養' }))
    expect(board.texts('admission')).toEqual(['開業医の対応に困る'])
    expect(board.texts('daily')).toEqual(['開業医の対応に困る'])
    const secondary = board.area('daily').querySelector('[data-secondary]')
    expect(secondary?.textContent).toContain('＋入退院支援')
    expect(board.note('開業医の対応に困る').textContent).toContain('＋日常療養')

    fireEvent.click(within(menu!).getByRole('checkbox', { name: 'タネ' }))
    fireEvent.click(within(menu!).getByRole('radio', { name: '見出し' }))
    const stored = board.stored()[0]
    expect(stored).toMatchObject({ tane: true, kind: 'heading', color: 'blue' })
    fireEvent.keyDown(menu!, { key: 'Escape', code: 'Escape' })
    expect(document.querySelector('[role="dialog"]')).toBeNull()
  })

  it('selects with Ctrl+click and Shift+click, and undoes with Ctrl+Z outside text fields', async () => {
    const board = await renderBoard([{ text: 'Ａ' }, { text: 'Ｂ' }, { text: 'Ｃ' }])
    fireEvent.click(board.note('Ａ'))
    fireEvent.click(board.note('Ｃ'), { shiftKey: true })
    expect(document.querySelectorAll('.note.is-selected')).toHaveLength(3)
    fireEvent.click(board.note('Ｂ'), { ctrlKey: true })
    expect(document.querySelectorAll('.note.is-selected')).toHaveLength(2)
    board.note('Ａ').focus()
    fireEvent.keyDown(board.note('Ａ'), { key: 'Delete', code: 'Delete' })
    expect(board.texts('tray')).toEqual(['Ｂ'])
    fireEvent.keyDown(document.body, { key: 'z', code: 'KeyZ', ctrlKey: true })
    expect(board.texts('tray')).toEqual(['Ａ', 'Ｂ', 'Ｃ'])
  })
})
