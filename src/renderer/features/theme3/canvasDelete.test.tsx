import { act, fireEvent, screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { addCanvasNote } from '../../../shared/theme3/canvasNoteOps'
import { addInagiQuestions } from '../../../shared/theme3/canvasQaOps'
import { areaNotes, boardCanvases, canvasQas } from '../../../shared/theme3/theme3Queries'
import { userText } from '../../i18n/userText'
import { renderTheme3 } from './testing/theme3TestHarness'

describe('テーマ3 deleting with 元に戻す', () => {
  it('deletes a note with the Delete key; the notice brings exactly it back', async () => {
    const t3 = await renderTheme3()
    const canvasId = Object.keys(t3.doc().canvases)[0] ?? ''
    act(() => {
      for (const text of ['A票', 'B票']) {
        t3.services.workshop
          .getState()
          .apply((doc, ctx) => addCanvasNote(doc, canvasId, 'materials', text, ctx))
      }
    })
    const texts = () => areaNotes(t3.doc(), canvasId, 'materials').map((n) => n.text)
    const a = screen.getByRole('group', { name: /A票/ })
    a.focus()
    fireEvent.keyDown(a, { key: 'Delete' })
    expect(texts()).toEqual(['B票'])
    expect(document.activeElement).toBe(screen.getByRole('group', { name: /B票/ }))
    const notice = t3.services.notices.getState().notices.at(-1)
    expect(notice?.message).toBe('付箋を削除しました。')
    expect(userText(notice!.action!.label, 'ja')).toBe('元に戻す')

    // Another edit in between: 元に戻す still brings back the deleted note, and only it.
    act(() => {
      t3.services.workshop
        .getState()
        .apply((doc, ctx) => addCanvasNote(doc, canvasId, 'materials', 'C票', ctx))
    })
    act(() => {
      notice?.action?.run()
    })
    expect(texts()).toEqual(['A票', 'B票', 'C票'])
  })

  it('deletes a canvas after confirmation with its notes and questions, and restores them', async () => {
    const t3 = await renderTheme3()
    const canvasId = Object.keys(t3.doc().canvases)[0] ?? ''
    act(() => {
      const store = t3.services.workshop.getState()
      store.apply((doc, ctx) =>
        addCanvasNote(doc, canvasId, 'share', '在宅医療・介護連携推進協議会で報告', ctx),
      )
      store.apply((doc, ctx) => addInagiQuestions(doc, canvasId, ctx))
    })
    fireEvent.click(screen.getByRole('button', { name: 'キャンバスを削除' }))
    const dialog = screen.getByRole('dialog', { name: 'このキャンバスを削除します' })
    expect(dialog.textContent).toContain('付箋1枚・質問3件')
    fireEvent.click(within(dialog).getByRole('button', { name: 'キャンバスを削除' }))
    expect(boardCanvases(t3.doc(), t3.boardId)).toEqual([])
    expect(screen.getByText('地域課題ごとにキャンバスをつくりましょう')).toBeTruthy()
    const notice = t3.services.notices.getState().notices.at(-1)
    expect(notice?.message).toContain('のキャンバスを削除しました。')

    act(() => {
      notice?.action?.run()
    })
    expect(boardCanvases(t3.doc(), t3.boardId).map((c) => c.id)).toEqual([canvasId])
    expect(areaNotes(t3.doc(), canvasId, 'share').map((n) => n.text)).toEqual([
      '在宅医療・介護連携推進協議会で報告',
    ])
    expect(canvasQas(t3.doc(), canvasId)).toHaveLength(3)
    expect(screen.getByRole('group', { name: /在宅医療・介護連携推進協議会で報告/ })).toBeTruthy()
  })
})
