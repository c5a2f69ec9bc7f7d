import { act, fireEvent, screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { addNote } from '../../../shared/board/theme1Ops'
import { boardOf, workshopGroups } from '../../../shared/ops/groupOps'
import { updateWorkshop } from '../../../shared/ops/workshopOps'
import { addCause } from '../../../shared/theme2/causeOps'
import { causeTree } from '../../../shared/theme2/theme2Queries'
import { renderTheme2 } from './testing/theme2TestHarness'

const CAPTURE = '原因を追加（Enter で追加、Shift+Enter で改行）'

describe('元に戻す on the テーマ2 screen', () => {
  it("undoes this board's edits only: never the setup's or テーマ1's, also after them", async () => {
    const t2 = await renderTheme2()
    const store = t2.services.workshop
    const texts = () => causeTree(t2.doc(), t2.topicId).map((n) => n.cause.text)
    const undo = screen.getByRole('button', { name: '元に戻す' })
    const redo = screen.getByRole('button', { name: 'やり直す' })
    const theme1 = () => boardOf(t2.doc(), workshopGroups(t2.doc())[0]!.id, 'theme1')!.id
    act(() => {
      store.getState().apply((doc) => updateWorkshop(doc, { title: '改題' }))
    })
    expect(undo).toHaveProperty('disabled', true)

    act(() => {
      store.getState().apply((doc, ctx) => addCause(doc, t2.topicId, '説明不足', null, ctx))
      store.getState().apply((doc) => updateWorkshop(doc, { title: '再改題' }))
      store.getState().apply((doc, ctx) => addNote(doc, theme1(), { text: 'Ｔ', scenes: [] }, ctx))
    })
    expect(texts()).toEqual(['説明不足'])
    expect(undo).toHaveProperty('disabled', false)
    fireEvent.keyDown(window, { key: 'z', code: 'KeyZ', ctrlKey: true })
    expect(texts()).toEqual([])
    expect(t2.doc().workshop.title).toBe('再改題')
    expect(Object.values(t2.doc().notes).map((n) => n.text)).toContain('Ｔ')
    expect(undo).toHaveProperty('disabled', true)
    expect(redo).toHaveProperty('disabled', false)
    fireEvent.click(undo)
    expect(t2.doc().workshop.title).toBe('再改題')

    fireEvent.click(redo)
    expect(texts()).toEqual(['説明不足'])
    expect(redo).toHaveProperty('disabled', true)

    // The capture field's Ctrl+Z (empty field) is scoped the same way; it is on step ② 原因.
    act(() => {
      store.getState().apply((doc) => updateWorkshop(doc, { title: '三改題' }))
    })
    fireEvent.click(screen.getByRole('button', { name: /^② 原因/ }))
    const field = screen.getByRole('textbox', { name: CAPTURE })
    act(() => {
      fireEvent.keyDown(field, { key: 'z', ctrlKey: true })
    })
    expect(texts()).toEqual([])
    expect(t2.doc().workshop.title).toBe('三改題')
    act(() => {
      fireEvent.keyDown(field, { key: 'y', ctrlKey: true })
    })
    expect(texts()).toEqual(['説明不足'])
    expect(t2.doc().workshop.title).toBe('三改題')
  })
})

describe('the theme links of the group', () => {
  it('link テーマ1, テーマ2, テーマ3 and the ワールドカフェ of the same group, テーマ2 marked as the current page', async () => {
    const t2 = await renderTheme2()
    const group = workshopGroups(t2.doc())[0]!
    const nav = screen.getByRole('navigation', { name: 'テーマの切り替え' })
    const links = within(nav).getAllByRole('link')
    expect(
      links.map((a) => [a.textContent, a.getAttribute('href'), a.getAttribute('aria-current')]),
    ).toEqual([
      ['テーマ1', `#/w/${t2.doc().workshop.id}/g/${group.id}/theme1`, null],
      ['テーマ2', `#/w/${t2.doc().workshop.id}/g/${group.id}/theme2`, 'page'],
      ['テーマ3', `#/w/${t2.doc().workshop.id}/g/${group.id}/theme3`, null],
      ['ワールドカフェ', `#/w/${t2.doc().workshop.id}/g/${group.id}/cafe`, null],
    ])
  })
})
