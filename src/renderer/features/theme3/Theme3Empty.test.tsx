import { act, fireEvent, screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { deleteTopic, updateTopic } from '../../../shared/theme2/topicOps'
import { boardCanvases } from '../../../shared/theme3/theme3Queries'
import { renderTheme3, TANE } from './testing/theme3TestHarness'

describe('テーマ3 canvases', () => {
  it('explains what to do, then makes a canvas for a テーマ2 topic that follows it live', async () => {
    const t3 = await renderTheme3({ canvas: false })
    expect(screen.getByText('地域課題ごとにキャンバスをつくりましょう')).toBeTruthy()
    expect(screen.getByText(/「個別課題から地域課題のタネを伝える」/)).toBeTruthy()
    const list = screen.getByRole('list', { name: 'テーマ2から選ぶ' })
    fireEvent.click(within(list).getByRole('button', { name: `選ぶ：${TANE}` }))
    expect(boardCanvases(t3.doc(), t3.boardId)).toHaveLength(1)
    expect(screen.getByRole('heading', { level: 2, name: TANE })).toBeTruthy()
    expect(screen.getByText(/テーマ2の文面を表示中/)).toBeTruthy()

    act(() => {
      t3.services.workshop
        .getState()
        .apply((doc) => updateTopic(doc, t3.topicId, { title: 'パーキンソン病の訪問診療' }))
    })
    expect(screen.getByRole('heading', { level: 2, name: 'パーキンソン病の訪問診療' })).toBeTruthy()
    const tabs = screen.getByRole('region', { name: '地域課題の一覧' })
    expect(within(tabs).getByRole('button', { name: 'パーキンソン病の訪問診療' })).toBeTruthy()
  })

  it('makes a typed canvas and rewords it; empty goes back to the topic wording', async () => {
    const t3 = await renderTheme3()
    fireEvent.click(screen.getByRole('button', { name: '＋ 新しい地域課題' }))
    const field = screen.getByRole('textbox', { name: '新しい地域課題（Enter で追加）' })
    fireEvent.change(field, { target: { value: '退院前カンファレンスに呼ばれない' } })
    fireEvent.keyDown(field, { key: 'Enter', keyCode: 229 })
    expect(boardCanvases(t3.doc(), t3.boardId)).toHaveLength(1)
    fireEvent.keyDown(field, { key: 'Enter' })
    expect(boardCanvases(t3.doc(), t3.boardId)).toHaveLength(2)
    expect(
      screen.getByRole('heading', { level: 2, name: '退院前カンファレンスに呼ばれない' }),
    ).toBeTruthy()

    // Back to the linked canvas: reword it, then empty it again.
    fireEvent.click(screen.getByRole('button', { name: TANE }))
    fireEvent.click(screen.getByRole('button', { name: '言い方を変える' }))
    const title = screen.getByRole('textbox', { name: /^地域課題（Enter で保存/ })
    fireEvent.change(title, { target: { value: '看取り期の救急搬送' } })
    fireEvent.keyDown(title, { key: 'Enter' })
    expect(screen.getByRole('heading', { level: 2, name: '看取り期の救急搬送' })).toBeTruthy()
    expect(screen.getByText(`テーマ2のテーマ：${TANE}`, { exact: false })).toBeTruthy()
    fireEvent.click(screen.getByRole('button', { name: '言い方を変える' }))
    const again = screen.getByRole('textbox', { name: /^地域課題（Enter で保存/ })
    fireEvent.change(again, { target: { value: '' } })
    fireEvent.keyDown(again, { key: 'Enter' })
    expect(screen.getByRole('heading', { level: 2, name: TANE })).toBeTruthy()
  })
  it('marks a canvas whose テーマ2 topic was deleted, keeping its last wording', async () => {
    const t3 = await renderTheme3()
    act(() => {
      t3.services.workshop.getState().apply((doc, ctx) => deleteTopic(doc, t3.topicId, ctx))
    })
    expect(screen.getByRole('heading', { level: 2, name: TANE })).toBeTruthy()
    expect(
      screen.getByText('テーマ2で削除されたテーマです（最後の文面を表示しています）', {
        exact: false,
      }),
    ).toBeTruthy()
    const tabs = screen.getByRole('region', { name: '地域課題の一覧' })
    expect(within(tabs).getByRole('button', { name: new RegExp(TANE) }).textContent).toContain(
      'テーマ2で削除',
    )
  })
})
