import { fireEvent, render, screen } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { useUndoShortcuts } from './useUndoShortcuts'

function Probe({ undo, redo }: { undo: () => void; redo: () => void }) {
  useUndoShortcuts(undo, redo)
  return (
    <div>
      <input aria-label="text" />
      <input aria-label="check" type="checkbox" />
      <button type="button">button</button>
    </div>
  )
}

function setup() {
  const undo = vi.fn()
  const redo = vi.fn()
  render(<Probe undo={undo} redo={redo} />)
  return { undo, redo }
}

describe('useUndoShortcuts', () => {
  it('Ctrl+Z undoes, Ctrl+Shift+Z and Ctrl+Y redo outside text fields', () => {
    const { undo, redo } = setup()
    fireEvent.keyDown(screen.getByRole('button'), { key: 'z', code: 'KeyZ', ctrlKey: true })
    expect(undo).toHaveBeenCalledTimes(1)
    fireEvent.keyDown(screen.getByLabelText('check'), {
      key: 'Z',
      code: 'KeyZ',
      ctrlKey: true,
      shiftKey: true,
    })
    fireEvent.keyDown(document.body, { key: 'y', code: 'KeyY', ctrlKey: true })
    expect(redo).toHaveBeenCalledTimes(2)
  })

  it('leaves Ctrl+Z to a focused text field (its own undo of the typing)', () => {
    const { undo } = setup()
    fireEvent.keyDown(screen.getByLabelText('text'), { key: 'z', code: 'KeyZ', ctrlKey: true })
    expect(undo).not.toHaveBeenCalled()
  })

  it('does nothing during an IME composition', () => {
    const { undo } = setup()
    fireEvent.keyDown(document.body, { key: 'z', code: 'KeyZ', ctrlKey: true, isComposing: true })
    fireEvent.keyDown(document.body, { key: 'z', code: 'KeyZ', ctrlKey: true, keyCode: 229 })
    expect(undo).not.toHaveBeenCalled()
  })
})
