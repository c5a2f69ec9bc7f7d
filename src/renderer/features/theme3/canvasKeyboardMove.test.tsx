import { act, fireEvent, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { addCanvasNote } from '../../../shared/theme3/canvasNoteOps'
import { areaNotes } from '../../../shared/theme3/theme3Queries'
import { renderTheme3 } from './testing/theme3TestHarness'

async function withNotes() {
  const t3 = await renderTheme3()
  const canvasId = Object.keys(t3.doc().canvases)[0] ?? ''
  act(() => {
    for (const text of ['月3回の救急搬送', '家族が夜間に不安', '看取りの説明がない']) {
      t3.services.workshop
        .getState()
        .apply((doc, ctx) => addCanvasNote(doc, canvasId, 'facts', text, ctx))
    }
  })
  const texts = (area: 'facts' | 'thoughts') =>
    areaNotes(t3.doc(), canvasId, area).map((n) => n.text)
  const note = (text: string) => screen.getByRole('group', { name: new RegExp(text) })
  return { ...t3, texts, note }
}

describe('テーマ3 keyboard move', () => {
  it('Space picks up, arrows move (announced in Japanese), Space drops; focus follows', async () => {
    const t3 = await withNotes()
    const first = t3.note('月3回の救急搬送')
    first.focus()
    fireEvent.keyDown(first, { key: ' ', code: 'Space' })
    expect(t3.announcement()).toContain(
      '『月3回の救急搬送』を持ち上げました。事実・情報の1枚目（3枚中）',
    )
    expect(t3.note('月3回の救急搬送').getAttribute('aria-label')).toContain('移動中')

    fireEvent.keyDown(first, { key: 'ArrowDown' })
    expect(t3.texts('facts')).toEqual(['家族が夜間に不安', '月3回の救急搬送', '看取りの説明がない'])
    expect(t3.announcement()).toBe(
      '『月3回の救急搬送』を事実・情報の2枚目（3枚中）に移動しました。',
    )

    fireEvent.keyDown(document.activeElement ?? first, { key: 'ArrowRight' })
    expect(t3.texts('facts')).toEqual(['家族が夜間に不安', '看取りの説明がない'])
    expect(t3.texts('thoughts')).toEqual(['月3回の救急搬送'])
    const moved = t3.note('月3回の救急搬送')
    expect(document.activeElement).toBe(moved)
    expect(moved.closest('[data-canvas-area]')?.getAttribute('data-canvas-area')).toBe('thoughts')

    fireEvent.keyDown(moved, { key: 'ArrowRight' })
    fireEvent.keyDown(t3.note('月3回の救急搬送'), { key: ' ', code: 'Space' })
    expect(t3.announcement()).toBe('『月3回の救急搬送』を補足する情報・資料の1枚目に置きました。')
    expect(t3.note('月3回の救急搬送').getAttribute('aria-label')).not.toContain('移動中')
  })

  it('Escape undoes every step since the pick-up; a blocked move says so', async () => {
    const t3 = await withNotes()
    const first = t3.note('月3回の救急搬送')
    first.focus()
    fireEvent.keyDown(first, { key: ' ', code: 'Space' })
    fireEvent.keyDown(first, { key: 'ArrowUp' })
    expect(t3.announcement()).toBe('これ以上は移動できません。')
    fireEvent.keyDown(first, { key: 'ArrowLeft' })
    expect(t3.announcement()).toBe('これ以上は移動できません。')
    fireEvent.keyDown(first, { key: 'ArrowDown' })
    fireEvent.keyDown(document.activeElement ?? first, { key: 'ArrowRight' })
    expect(t3.texts('thoughts')).toEqual(['月3回の救急搬送'])
    fireEvent.keyDown(t3.note('月3回の救急搬送'), { key: 'Escape' })
    expect(t3.texts('facts')).toEqual(['月3回の救急搬送', '家族が夜間に不安', '看取りの説明がない'])
    expect(t3.texts('thoughts')).toEqual([])
    expect(t3.announcement()).toBe('『月3回の救急搬送』の移動を取り消しました。')
  })

  it('Enter edits a note in place; the IME Enter does not save', async () => {
    const t3 = await withNotes()
    const note = t3.note('家族が夜間に不安')
    note.focus()
    fireEvent.keyDown(note, { key: 'Enter' })
    const editor = screen.getByRole<HTMLTextAreaElement>('textbox', { name: /付箋の文章/ })
    fireEvent.change(editor, { target: { value: '家族が夜間に不安になる（週2回）' } })
    fireEvent.keyDown(editor, { key: 'Enter', isComposing: true })
    expect(t3.texts('facts')).toContain('家族が夜間に不安')
    fireEvent.keyDown(editor, { key: 'Enter' })
    expect(t3.texts('facts')).toContain('家族が夜間に不安になる（週2回）')
  })
})
