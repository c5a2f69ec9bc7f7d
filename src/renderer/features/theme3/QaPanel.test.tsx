import { act, fireEvent, screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { canvasQas } from '../../../shared/theme3/theme3Queries'
import { renderTheme3 } from './testing/theme3TestHarness'

describe('テーマ3 questions from the municipal officer', () => {
  it('adds 稲城市 three questions once, answers one, adds なぜそう考えるのか, reorders', async () => {
    const t3 = await renderTheme3()
    const canvasId = Object.keys(t3.doc().canvases)[0] ?? ''
    const panel = screen.getByRole('region', { name: '市町村担当者からの質問と答え' })
    const inagi = within(panel).getByRole('button', { name: '稲城市の3つの問いを追加' })
    fireEvent.click(inagi)
    expect(within(panel).getByRole<HTMLTextAreaElement>('textbox', { name: '質問1' }).value).toBe(
      'なぜ、そのような相談が生じたのか',
    )
    expect(within(panel).getByRole<HTMLTextAreaElement>('textbox', { name: '質問3' }).value).toBe(
      '相談せずに済むようにするにはどうしたらよいか',
    )
    expect((inagi as HTMLButtonElement).disabled).toBe(true)
    expect(within(panel).getAllByText('稲城市の問い')).toHaveLength(3)

    const answer = within(panel).getByRole<HTMLTextAreaElement>('textbox', { name: '答え1' })
    fireEvent.change(answer, { target: { value: 'ケアマネが専門医に相談しにくい' } })
    fireEvent.keyDown(answer, { key: 'Enter', isComposing: true })
    expect(canvasQas(t3.doc(), canvasId)[0]?.answer).toBe('')
    fireEvent.keyDown(answer, { key: 'Enter' })
    expect(canvasQas(t3.doc(), canvasId)[0]?.answer).toBe('ケアマネが専門医に相談しにくい')

    fireEvent.click(within(panel).getByRole('button', { name: '「なぜそう考えるのか」を追加' }))
    const fourth = within(panel).getByRole<HTMLTextAreaElement>('textbox', { name: '質問4' })
    expect(fourth.value).toBe('なぜそう考えるのか')
    expect(document.activeElement).toBe(fourth)

    fireEvent.click(within(panel).getByRole('button', { name: '質問4を上へ' }))
    expect(canvasQas(t3.doc(), canvasId).map((q) => q.prompt)).toEqual([
      'why',
      'elsewhere',
      'reason',
      'avoid',
    ])

    fireEvent.click(within(panel).getByRole('button', { name: '質問1を削除' }))
    expect(canvasQas(t3.doc(), canvasId)).toHaveLength(3)
    act(() => {
      t3.services.notices.getState().notices.at(-1)?.action?.run()
    })
    expect(canvasQas(t3.doc(), canvasId)[0]?.answer).toBe('ケアマネが専門医に相談しにくい')
  })
})
