import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { smallText } from '../../shared/testing/workshopFileTestKit'
import { AppServicesContext, startApp } from '../session/appServices'
import { createTestServices, type TestServices } from '../testing/testServices'
import { App } from './App'

// A .taneboard file double-clicked in the file manager (Electron: main hands it over through the
// host contract; the fake host plays main here): the app shows its import preview on ホーム.

const FILE_NAME = 'サンプル研修会_Ａグループ.taneboard'

async function startAt(hash: string, before?: (services: TestServices) => void) {
  window.location.hash = hash
  const services = createTestServices()
  before?.(services)
  await startApp(services)
  render(
    <AppServicesContext.Provider value={services}>
      <App />
    </AppServicesContext.Provider>,
  )
  return services
}

async function previewDialog() {
  // reading and checking the file takes a while on a loaded machine
  const dialog = await screen.findByRole(
    'dialog',
    { name: '研修会ファイルの取り込み' },
    { timeout: 10_000 },
  )
  return within(dialog)
}

// The whole app renders in jsdom: on a loaded 2-core machine a test takes several seconds.
const SLOW = { timeout: 30_000 }

describe('a workshop file opened from the file manager', () => {
  afterEach(() => {
    window.location.hash = ''
  })

  it(
    'leads from any screen to ホーム and its import preview; 取り込む adds the workshop',
    SLOW,
    async () => {
      const services = await startAt('#/lan-guide')
      expect(screen.queryByRole('dialog')).toBeNull()
      act(() => {
        services.host.openFromFileManager([{ name: FILE_NAME, content: smallText() }])
      })
      const dialog = await previewDialog()
      expect(window.location.hash).toBe('#/')
      expect(dialog.getByText(`ファイル：${FILE_NAME}`)).toBeTruthy()
      fireEvent.click(dialog.getByRole('button', { name: '取り込む' }))
      await waitFor(
        () => {
          expect(screen.queryByRole('dialog')).toBeNull()
        },
        { timeout: 10_000 },
      )
      await waitFor(
        () => {
          expect(services.home.getState().workshops).toHaveLength(1)
        },
        { timeout: 10_000 },
      )
    },
  )

  it(
    'shows the file the app was started with (a double-click with the app closed)',
    SLOW,
    async () => {
      await startAt('#/', (services) => {
        services.host.openFromFileManager([{ name: FILE_NAME, content: smallText() }])
      })
      const dialog = await previewDialog()
      expect(dialog.getByText(`ファイル：${FILE_NAME}`)).toBeTruthy()
    },
  )

  it('shows several files one after another, and says why one cannot be read', SLOW, async () => {
    const services = await startAt('#/')
    act(() => {
      services.host.openFromFileManager([
        { name: FILE_NAME, content: smallText() },
        { name: 'USBから消えた.taneboard', problem: 'readFailed' },
      ])
    })
    const first = await previewDialog()
    expect(first.getByText(`ファイル：${FILE_NAME}`)).toBeTruthy()
    fireEvent.click(first.getByRole('button', { name: 'やめる' }))
    const second = await previewDialog()
    await waitFor(
      () => {
        expect(second.getByText('ファイル：USBから消えた.taneboard')).toBeTruthy()
      },
      { timeout: 10_000 },
    )
    expect(second.getByRole('alert').textContent).toBe('ファイルを読み込めませんでした。')
  })
})
