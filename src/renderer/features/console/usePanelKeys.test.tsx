import { fireEvent, render } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { usePanelKeys } from './usePanelKeys'

function Panel({ next, toggle }: { next: () => void; toggle: () => void }) {
  usePanelKeys({ n: next, ' ': toggle })
  return (
    <div>
      <input aria-label="分" />
      <button type="button">次へ</button>
      <div role="tab" tabIndex={0}>
        タブ
      </div>
    </div>
  )
}

describe('usePanelKeys', () => {
  it('calls the handler of a plain key, in either case, and takes the key', () => {
    const next = vi.fn()
    const toggle = vi.fn()
    render(<Panel next={next} toggle={toggle} />)
    const plainN = fireEvent.keyDown(document.body, { key: 'n' })
    fireEvent.keyDown(document.body, { key: 'N' })
    fireEvent.keyDown(document.body, { key: ' ' })
    expect(next).toHaveBeenCalledTimes(2)
    expect(toggle).toHaveBeenCalledTimes(1)
    expect(plainN).toBe(false) // prevented
  })

  it('leaves a key alone in a field, on a tab, with a modifier, while composing, and Space on a button', () => {
    const next = vi.fn()
    const toggle = vi.fn()
    const view = render(<Panel next={next} toggle={toggle} />)
    fireEvent.keyDown(view.getByLabelText('分'), { key: 'n' })
    fireEvent.keyDown(view.getByRole('tab'), { key: 'n' })
    fireEvent.keyDown(document.body, { key: 'n', ctrlKey: true })
    fireEvent.keyDown(document.body, { key: 'n', isComposing: true })
    fireEvent.keyDown(view.getByRole('button', { name: '次へ' }), { key: ' ' })
    expect(next).not.toHaveBeenCalled()
    expect(toggle).not.toHaveBeenCalled()
  })
})
