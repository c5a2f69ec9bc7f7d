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
})
