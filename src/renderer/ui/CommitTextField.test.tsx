import { fireEvent, render, screen } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { CommitTextField } from './CommitTextField'

describe('CommitTextField', () => {
  it('commits once on blur, trimmed, not per keystroke', () => {
    const onCommit = vi.fn()
    render(<CommitTextField value="" onCommit={onCommit} label="会場" />)
    const field = screen.getByLabelText('会場')
    fireEvent.change(field, { target: { value: '群' } })
    fireEvent.change(field, { target: { value: '群馬県庁 ' } })
    expect(onCommit).not.toHaveBeenCalled()
    fireEvent.blur(field)
    expect(onCommit).toHaveBeenCalledTimes(1)
    expect(onCommit).toHaveBeenCalledWith('群馬県庁')
  })

  it('ignores Enter while the IME is composing (isComposing or keyCode 229)', () => {
    const onCommit = vi.fn()
    render(<CommitTextField value="" onCommit={onCommit} label="氏名" />)
    const field = screen.getByLabelText('氏名')
    fireEvent.change(field, { target: { value: 'やまだ' } })
    fireEvent.keyDown(field, { key: 'Enter', isComposing: true })
    fireEvent.keyDown(field, { key: 'Enter', keyCode: 229 })
    expect(onCommit).not.toHaveBeenCalled()
    fireEvent.change(field, { target: { value: '山田' } })
    fireEvent.keyDown(field, { key: 'Enter' })
    expect(onCommit).toHaveBeenCalledWith('山田')
  })

  it('puts the stored value back on Escape, but not the Escape that cancels a conversion', () => {
    const onCommit = vi.fn()
    render(<CommitTextField value="会議室A" onCommit={onCommit} label="会場" />)
    const field = screen.getByLabelText('会場')
    fireEvent.change(field, { target: { value: 'かいぎ' } })
    fireEvent.keyDown(field, { key: 'Escape', isComposing: true })
    expect(field).toHaveProperty('value', 'かいぎ')
    fireEvent.keyDown(field, { key: 'Escape' })
    expect(field).toHaveProperty('value', '会議室A')
    fireEvent.blur(field)
    expect(onCommit).not.toHaveBeenCalled()
  })

  it('follows the stored value (undo) while it is not being edited', () => {
    const onCommit = vi.fn()
    const { rerender } = render(<CommitTextField value="A" onCommit={onCommit} label="名前" />)
    rerender(<CommitTextField value="B" onCommit={onCommit} label="名前" />)
    expect(screen.getByLabelText('名前')).toHaveProperty('value', 'B')
    fireEvent.change(screen.getByLabelText('名前'), { target: { value: 'typing' } })
    rerender(<CommitTextField value="C" onCommit={onCommit} label="名前" />)
    expect(screen.getByLabelText('名前')).toHaveProperty('value', 'typing')
  })

  it('multiline: Shift+Enter is a line break, Enter commits', () => {
    const onCommit = vi.fn()
    render(<CommitTextField value="" onCommit={onCommit} label="内容" multiline />)
    const field = screen.getByLabelText('内容')
    fireEvent.change(field, { target: { value: '一行目' } })
    fireEvent.keyDown(field, { key: 'Enter', shiftKey: true })
    expect(onCommit).not.toHaveBeenCalled()
    fireEvent.keyDown(field, { key: 'Enter' })
    expect(onCommit).toHaveBeenCalledWith('一行目')
  })

  it('commits a pending draft when it is unmounted (leaving the screen)', () => {
    const onCommit = vi.fn()
    const { unmount } = render(<CommitTextField value="" onCommit={onCommit} label="会場" />)
    fireEvent.change(screen.getByLabelText('会場'), { target: { value: '県庁' } })
    unmount()
    expect(onCommit).toHaveBeenCalledWith('県庁')
  })
})
