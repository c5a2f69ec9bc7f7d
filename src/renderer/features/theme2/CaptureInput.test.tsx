import { act, fireEvent, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { causeTree } from '../../../shared/theme2/theme2Queries'
import { renderTheme2 } from './testing/theme2TestHarness'

const LABEL = '原因を追加（Enter で追加、Shift+Enter で改行）'

describe('cause capture', () => {
  it('adds on Enter, never on the IME Enter, and undoes with Ctrl+Z when empty', async () => {
    const t2 = await renderTheme2([], { step: 2 })
    const texts = () => causeTree(t2.doc(), t2.topicId).map((n) => n.cause.text)
    const field = screen.getByRole<HTMLTextAreaElement>('textbox', { name: LABEL })
    fireEvent.change(field, { target: { value: 'せつめい' } })
    fireEvent.keyDown(field, { key: 'Enter', isComposing: true })
    fireEvent.keyDown(field, { key: 'Enter', keyCode: 229 })
    expect(texts()).toEqual([])

    fireEvent.change(field, { target: { value: '説明不足' } })
    fireEvent.keyDown(field, { key: 'Enter' })
    expect(texts()).toEqual(['説明不足'])
    expect(field.value).toBe('')

    act(() => {
      fireEvent.keyDown(field, { key: 'z', ctrlKey: true })
    })
    expect(texts()).toEqual([])
    act(() => {
      fireEvent.keyDown(field, { key: 'z', ctrlKey: true, shiftKey: true })
    })
    expect(texts()).toEqual(['説明不足'])
  })
})
