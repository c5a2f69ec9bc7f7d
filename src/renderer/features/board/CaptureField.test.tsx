import { fireEvent, screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { renderBoard } from './testing/boardTestHarness'

describe('capture field', () => {
  it('adds the note to its area on Enter and stays focused and empty for the next one', async () => {
    const board = await renderBoard()
    const field = board.capture('admission')
    field.focus()
    fireEvent.change(field, { target: { value: '退院時の情報をもっと早く欲しい' } })
    fireEvent.keyDown(field, { key: 'Enter', code: 'Enter' })

    expect(board.texts('admission')).toEqual(['退院時の情報をもっと早く欲しい'])
    expect(board.stored().map((n) => [n.text, n.scenes])).toEqual([
      ['退院時の情報をもっと早く欲しい', ['admission']],
    ])
    expect(field.value).toBe('')
    expect(document.activeElement).toBe(field)
    expect(board.announcement()).toContain('入退院支援に追加しました')

    fireEvent.change(field, { target: { value: '病院の敷居が高い' } })
    fireEvent.keyDown(field, { key: 'Enter', code: 'Enter' })
    expect(board.texts('admission')).toEqual(['退院時の情報をもっと早く欲しい', '病院の敷居が高い'])
  })

  it('never adds on the Enter that accepts an IME conversion', async () => {
    const board = await renderBoard()
    const field = board.capture('tray')
    fireEvent.change(field, { target: { value: 'かぞく' } })
    // Chromium: isComposing is true while the IME is open.
    fireEvent.keyDown(field, { key: 'Enter', code: 'Enter', isComposing: true })
    // Safari: keyCode 229 with isComposing already false.
    fireEvent.keyDown(field, { key: 'Enter', code: 'Enter', keyCode: 229 })
    expect(board.stored()).toHaveLength(0)
    expect(field.value).toBe('かぞく')

    fireEvent.change(field, { target: { value: '家族' } })
    fireEvent.keyDown(field, { key: 'Enter', code: 'Enter' })
    expect(board.texts('tray')).toEqual(['家族'])
  })

  it('leaves Shift+Enter to the field (a line break) and keeps the lines of the note', async () => {
    const board = await renderBoard()
    const field = board.capture('daily')
    fireEvent.change(field, { target: { value: '夜間の訴えが強い' } })
    const notPrevented = fireEvent.keyDown(field, { key: 'Enter', code: 'Enter', shiftKey: true })
    expect(notPrevented).toBe(true)
    expect(board.stored()).toHaveLength(0)

    fireEvent.change(field, { target: { value: '夜間の訴えが強い\nショートステイも使えない' } })
    fireEvent.keyDown(field, { key: 'Enter', code: 'Enter' })
    expect(board.stored()[0]?.text).toBe('夜間の訴えが強い\nショートステイも使えない')
  })

  it('does not add an empty note', async () => {
    const board = await renderBoard()
    const field = board.capture('tray')
    fireEvent.change(field, { target: { value: '   \n ' } })
    fireEvent.keyDown(field, { key: 'Enter', code: 'Enter' })
    expect(board.stored()).toHaveLength(0)
  })

  it('gives the note the chosen kind, who and タネ; who and タネ stay for the next note, 見出し does not', async () => {
    const board = await renderBoard()
    const area = within(board.area('endOfLife'))
    const chip = (name: string) => area.getByRole('button', { name })
    fireEvent.click(chip('見出し'))
    fireEvent.click(chip('家族'))
    fireEvent.click(chip('看取り：タネ'))
    expect(chip('見出し').getAttribute('aria-pressed')).toBe('true')
    const field = board.capture('endOfLife')
    fireEvent.change(field, { target: { value: '家族の不安' } })
    fireEvent.keyDown(field, { key: 'Enter', code: 'Enter' })
    // A 見出し is one note: the chip goes back to 手元用, and a screen reader hears it.
    expect(chip('見出し').getAttribute('aria-pressed')).toBe('false')
    expect(chip('手元用').getAttribute('aria-pressed')).toBe('true')
    expect(board.announcement()).toBe(
      '見出し『家族の不安』を看取りに追加しました。次の付箋は手元用です。',
    )
    fireEvent.change(field, { target: { value: '救急車を呼んでしまう' } })
    fireEvent.keyDown(field, { key: 'Enter', code: 'Enter' })

    const notes = board
      .stored()
      .map((n) => ({ text: n.text, kind: n.kind, who: n.who, tane: n.tane }))
    expect(notes).toEqual([
      { text: '家族の不安', kind: 'heading', who: ['family'], tane: true },
      { text: '救急車を呼んでしまう', kind: 'hand', who: ['family'], tane: true },
    ])
    expect(chip('家族').getAttribute('aria-pressed')).toBe('true')
    // The note shows who is troubled and the タネ mark in words, not only colour.
    const note = board.note('家族の不安')
    expect(within(note).getByText('家族')).toBeTruthy()
    expect(within(note).getByText('タネ')).toBeTruthy()
  })

  it('undoes the last note with Ctrl+Z in the empty field, and N jumps to the tray field', async () => {
    const board = await renderBoard([{ text: '既にある付箋' }])
    const field = board.capture('daily')
    fireEvent.change(field, { target: { value: '間違えた付箋' } })
    fireEvent.keyDown(field, { key: 'Enter', code: 'Enter' })
    expect(board.texts('daily')).toEqual(['間違えた付箋'])
    fireEvent.keyDown(field, { key: 'z', code: 'KeyZ', ctrlKey: true })
    expect(board.texts('daily')).toEqual([])
    fireEvent.keyDown(field, { key: 'Z', code: 'KeyZ', ctrlKey: true, shiftKey: true })
    expect(board.texts('daily')).toEqual(['間違えた付箋'])

    board.note('既にある付箋').focus()
    fireEvent.keyDown(document.activeElement ?? document.body, { key: 'n', code: 'KeyN' })
    expect(document.activeElement).toBe(board.capture('tray'))
    expect(screen.getByRole('heading', { name: '未分類（トレイ）' })).toBeTruthy()
  })

  it('turns a pasted list into one note per line after a preview, as one undo step', async () => {
    const board = await renderBoard([{ text: '既にある付箋', scenes: ['daily'] }])
    const area = within(board.area('daily'))
    fireEvent.click(area.getByRole('button', { name: '家族' }))
    const field = board.capture('daily')
    field.focus()
    const paste = (text: string) =>
      fireEvent.paste(field, { clipboardData: { getData: () => text } })

    // A single line is pasted as usual (the browser's default is left alone).
    expect(paste('病院の敷居が高い')).toBe(true)
    expect(screen.queryByRole('dialog')).toBeNull()

    expect(
      paste('・家族が不安\r\n\r\n・夜間の訴えが強い\r\n・救急車を呼んでしまう\r\n・受診を嫌がる'),
    ).toBe(false)
    const dialog = screen.getByRole('dialog', { name: '付箋をまとめて追加' })
    expect(dialog.textContent).toContain('日常療養の付箋4枚にします（1行が1枚）')
    expect(dialog.textContent).toContain('困っている人：家族')
    const list = within(dialog).getByRole('list', { name: '追加する付箋' })
    expect(
      within(list)
        .getAllByRole('textbox')
        .map((f) => (f as HTMLTextAreaElement).value),
    ).toEqual(['家族が不安', '夜間の訴えが強い', '救急車を呼んでしまう', '受診を嫌がる'])
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: '4枚を追加' }))
    // Edit one, leave one out.
    fireEvent.change(within(list).getByRole('textbox', { name: '1枚目' }), {
      target: { value: '家族の不安が大きい' },
    })
    fireEvent.click(within(list).getByRole('button', { name: '3枚目を外す' }))
    fireEvent.click(within(dialog).getByRole('button', { name: '3枚を追加' }))
    expect(screen.queryByRole('dialog')).toBeNull()
    expect(board.texts('daily')).toEqual([
      '既にある付箋',
      '家族の不安が大きい',
      '夜間の訴えが強い',
      '受診を嫌がる',
    ])
    expect(board.stored().filter((n) => n.who.includes('family'))).toHaveLength(3)
    expect(board.announcement()).toBe('付箋を3枚、日常療養に追加しました。')

    // One undo step takes the whole list back.
    fireEvent.keyDown(field, { key: 'z', code: 'KeyZ', ctrlKey: true })
    expect(board.texts('daily')).toEqual(['既にある付箋'])
  })

  it('pastes a list as one note when asked, and cancels without adding', async () => {
    const board = await renderBoard()
    const field = board.capture('tray')
    field.focus()
    fireEvent.change(field, { target: { value: 'メモ：' } })
    field.setSelectionRange(4, 4)
    const list = '家族が不安\n夜間の訴え'
    fireEvent.paste(field, { clipboardData: { getData: () => list } })
    fireEvent.click(screen.getByRole('button', { name: '1枚の付箋として貼り付け' }))
    expect(screen.queryByRole('dialog')).toBeNull()
    expect(field.value).toBe('メモ：家族が不安\n夜間の訴え')
    expect(board.stored()).toHaveLength(0)

    fireEvent.change(field, { target: { value: '' } })
    fireEvent.paste(field, { clipboardData: { getData: () => list } })
    fireEvent.click(screen.getByRole('button', { name: 'キャンセル' }))
    expect(screen.queryByRole('dialog')).toBeNull()
    expect(field.value).toBe('')
    expect(board.stored()).toHaveLength(0)
  })
})
