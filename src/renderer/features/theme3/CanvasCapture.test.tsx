import { act, fireEvent, screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { areaNotes } from '../../../shared/theme3/theme3Queries'
import { renderTheme3 } from './testing/theme3TestHarness'

const FACTS = '事実・情報に付箋を追加（Enter で追加、Shift+Enter で改行）'

describe('テーマ3 canvas capture', () => {
  it('adds on Enter and keeps the focus, never on the IME Enter, undoes with Ctrl+Z', async () => {
    const t3 = await renderTheme3()
    const canvasId = Object.keys(t3.doc().canvases)[0] ?? ''
    const texts = () => areaNotes(t3.doc(), canvasId, 'facts').map((n) => n.text)
    const field = screen.getByRole<HTMLTextAreaElement>('textbox', { name: FACTS })
    field.focus()

    fireEvent.change(field, { target: { value: 'つきさんかい' } })
    fireEvent.keyDown(field, { key: 'Enter', isComposing: true })
    fireEvent.keyDown(field, { key: 'Enter', keyCode: 229 })
    expect(texts()).toEqual([])
    fireEvent.keyDown(field, { key: 'Enter', shiftKey: true })
    expect(texts()).toEqual([])

    fireEvent.change(field, { target: { value: '救急搬送が月3回' } })
    fireEvent.keyDown(field, { key: 'Enter' })
    expect(texts()).toEqual(['救急搬送が月3回'])
    expect(field.value).toBe('')
    expect(document.activeElement).toBe(field)
    const facts = screen.getByRole('region', { name: /事実・情報/ })
    expect(within(facts).getByRole('group', { name: /救急搬送が月3回/ })).toBeTruthy()
    expect(t3.announcement()).toBe('事実・情報に付箋を追加しました。')

    act(() => {
      fireEvent.keyDown(field, { key: 'z', ctrlKey: true })
    })
    expect(texts()).toEqual([])
    act(() => {
      fireEvent.keyDown(field, { key: 'z', ctrlKey: true, shiftKey: true })
    })
    expect(texts()).toEqual(['救急搬送が月3回'])
  })

  it('shows the four areas in the order of the 【ポイント】 with what belongs in them', async () => {
    await renderTheme3()
    const titles = screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)
    expect(titles.slice(0, 4)).toEqual([
      '①事実・情報',
      '②そこから考えられること',
      '③補足する情報・資料',
      '④伝え方・共有の方法',
    ])
    expect(screen.getByText('何が起きているか（いつ・どのくらい・誰に）')).toBeTruthy()
    expect(screen.getByText('誰に・どの会議や報告で・いつ・どんな形で')).toBeTruthy()
  })
})
