import { describe, expect, it, vi } from 'vitest'
import { createNoticeStore } from './noticeStore'

describe('noticeStore', () => {
  it('pushes notices with increasing ids and dismisses them', () => {
    const store = createNoticeStore()
    const run = vi.fn()
    const a = store.getState().push({ tone: 'info', message: '一' })
    const b = store
      .getState()
      .push({ tone: 'error', message: '二', action: { label: '元に戻す', run } })
    expect(b).toBeGreaterThan(a)
    expect(store.getState().notices.map((n) => n.message)).toEqual(['一', '二'])
    store.getState().dismiss(a)
    store.getState().dismiss(a)
    expect(store.getState().notices.map((n) => n.id)).toEqual([b])
  })

  it('keeps only the latest few', () => {
    const store = createNoticeStore()
    for (let i = 0; i < 20; i += 1) store.getState().push({ tone: 'info', message: String(i) })
    expect(store.getState().notices.length).toBeLessThan(20)
    expect(store.getState().notices.at(-1)?.message).toBe('19')
  })
})
