import { act, fireEvent, render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createTestServices } from '../testing/testServices'
import { AppServicesContext } from '../session/appServices'
import { NOTICE_TIMEOUT_MS, NoticeArea } from './NoticeArea'

function setup() {
  const services = createTestServices()
  render(
    <AppServicesContext.Provider value={services}>
      <NoticeArea />
    </AppServicesContext.Provider>,
  )
  return services.notices.getState()
}

describe('NoticeArea', () => {
  afterEach(() => {
    vi.useRealTimers()
  })

  it('lets info notices go after a while but keeps errors until closed', () => {
    vi.useFakeTimers()
    const notices = setup()
    act(() => {
      notices.push({ tone: 'info', message: '「Ｂグループ」を削除しました。' })
      notices.push({ tone: 'error', message: '保存できませんでした。' })
    })
    const region = screen.getByRole('region', { name: 'お知らせ' })
    expect(region.getAttribute('aria-live')).toBe('polite')
    expect(screen.getByText('「Ｂグループ」を削除しました。')).toBeTruthy()

    act(() => {
      vi.advanceTimersByTime(NOTICE_TIMEOUT_MS + 10)
    })
    expect(screen.queryByText('「Ｂグループ」を削除しました。')).toBeNull()
    expect(screen.getByText('保存できませんでした。')).toBeTruthy()

    fireEvent.click(screen.getByRole('button', { name: '閉じる' }))
    expect(screen.queryByText('保存できませんでした。')).toBeNull()
  })

  it('runs the action (元に戻す) once and closes the notice', () => {
    const notices = setup()
    const run = vi.fn()
    act(() => {
      notices.push({
        tone: 'info',
        message: '行を削除しました。',
        action: { label: '元に戻す', run },
      })
    })
    fireEvent.click(screen.getByRole('button', { name: '元に戻す' }))
    expect(run).toHaveBeenCalledTimes(1)
    expect(screen.queryByText('行を削除しました。')).toBeNull()
  })

  it('does not let a notice go while the pointer is on it', () => {
    vi.useFakeTimers()
    const notices = setup()
    act(() => {
      notices.push({ tone: 'success', message: '複製しました。' })
    })
    fireEvent.mouseEnter(screen.getByText('複製しました。'))
    act(() => {
      vi.advanceTimersByTime(NOTICE_TIMEOUT_MS * 2)
    })
    expect(screen.getByText('複製しました。')).toBeTruthy()
  })
})
