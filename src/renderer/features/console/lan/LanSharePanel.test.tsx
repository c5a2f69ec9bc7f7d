import { act, fireEvent, screen, waitFor, within } from '@testing-library/react'
import { beforeEach, describe, expect, it } from 'vitest'
import { errorRef } from '../../../../shared/errors/errorCodes'
import { addGroup } from '../../../../shared/ops/groupOps'
import type { LanJoin } from '../../../lan/lanConnection'
import { ConsoleScreen } from '../ConsoleScreen'
import { GroupOverview } from '../GroupOverview'
import { renderConsolePart } from '../testing/groupTestHarness'
import { lanShareStore, type LanClientControl } from './lanShare'

const CODE = /^[0-9A-Z]{4}-[0-9A-Z]{4}$/

/** The facilitator's sync client, recorded instead of connecting. */
function recordingClient() {
  const joins: LanJoin[] = []
  let stops = 0
  const client: LanClientControl = {
    start: (join) => {
      joins.push(join)
      return Promise.resolve()
    },
    stop: () => {
      stops++
      return Promise.resolve()
    },
  }
  return { client, joins, stops: () => stops }
}

beforeEach(() => {
  lanShareStore.setState({
    state: null,
    interfaces: [],
    busy: false,
    error: null,
    replaced: false,
  })
})

async function openPanel() {
  const recorder = recordingClient()
  const h = await renderConsolePart((id) => (
    <ConsoleScreen workshopId={id} chime={() => undefined} lanClient={recorder.client} />
  ))
  fireEvent.click(await screen.findByRole('tab', { name: 'LAN共有' }))
  await screen.findByRole('heading', { name: /^LAN共有/, level: 2 })
  return { ...h, ...recorder }
}

function row(name: string): HTMLElement {
  const header = screen.getByRole('rowheader', { name })
  const tr = header.closest('tr')
  if (!tr) throw new Error(`no row for ${name}`)
  return tr
}

describe('the console’s 「LAN共有」 (desktop)', () => {
  it('starts on the chosen network and port and shows the URL, the QR code and every code', async () => {
    const h = await openPanel()
    const network = await screen.findByRole('combobox', { name: 'ネットワーク' })
    await waitFor(() => {
      expect(
        within(network)
          .getAllByRole('option')
          .map((o) => o.textContent),
      ).toEqual(['Wi-Fi（192.168.137.1）', 'イーサネット（10.0.0.5）'])
    })
    expect(screen.getByRole('textbox', { name: 'ポート' })).toHaveProperty('value', '8730')
    expect(screen.queryByRole('img', { name: '参加用QRコード' })).toBeNull()

    fireEvent.click(screen.getByRole('button', { name: 'LAN共有を開始' }))
    expect(await screen.findByText('http://192.168.137.1:8730')).toBeTruthy()
    expect(h.services.host.lan.calls).toEqual(['start 192.168.137.1:8730'])
    // the keyboard goes on from the panel's heading (the start button is gone)
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: /^LAN共有/, level: 2 }))
    const qr = screen.getByRole('img', { name: '参加用QRコード' })
    expect(qr.tagName.toLowerCase()).toBe('svg')
    expect(qr.querySelectorAll('rect').length).toBeGreaterThan(50)

    for (const name of ['Ａグループ', 'Ｂグループ', 'Ｃグループ']) {
      const cells = within(row(name)).getAllByRole('cell')
      expect(cells[0]?.textContent).toMatch(CODE)
      expect(cells[1]?.textContent).toBe(`${name}：未接続`)
    }
    expect(within(row('ファシリテーター')).getAllByRole('cell')[0]?.textContent).toMatch(CODE)
    // the list scrolls on its own (many groups): a named region the keyboard reaches
    const codes = screen.getByRole('region', { name: '参加コード' })
    expect(codes.tabIndex).toBe(0)
    expect(within(codes).getAllByRole('row')).toHaveLength(5)
    expect(screen.getByRole('link', { name: '接続の手引き' }).getAttribute('href')).toBe(
      '#/lan-guide',
    )
    // Without a network: the tables' files, one click away.
    expect(
      screen.getByRole('link', { name: 'ネットワークなしで行う' }).getAttribute('href'),
    ).toMatch(/^#\/w\/[^/]+\/tables$/)

    // the facilitator's own client: every group, the facilitator's token, on loopback
    await waitFor(() => {
      expect(h.joins.at(-1)).toEqual({
        hubUrl: 'http://127.0.0.1:8730/',
        token: 'f.0',
        workshopId: h.workshopId,
        role: 'facilitator',
        groupIds: ['Ａグループ', 'Ｂグループ', 'Ｃグループ'].map((n) => h.group(n).id),
      })
    })
  })

  it('shows each group’s devices and last change, polled while on', async () => {
    const h = await openPanel()
    fireEvent.click(await screen.findByRole('button', { name: 'LAN共有を開始' }))
    await screen.findByRole('img', { name: '参加用QRコード' })
    h.services.host.lan.setGroup(h.group('Ｂグループ').id, 2, Date.now() - 10_000)
    await waitFor(
      () => {
        expect(within(row('Ｂグループ')).getAllByRole('cell')[1]?.textContent).toMatch(
          /^Ｂグループ：2台接続・最終更新(?:9|1[0-2])秒前$/,
        )
      },
      { timeout: 4_000 },
    )
    expect(within(row('Ａグループ')).getAllByRole('cell')[1]?.textContent).toBe(
      'Ａグループ：未接続',
    )
  })

  it('「すべて切断」 asks first, then shows new codes; 「LAN共有を停止」 ends the client', async () => {
    const h = await openPanel()
    fireEvent.click(await screen.findByRole('button', { name: 'LAN共有を開始' }))
    await screen.findByRole('img', { name: '参加用QRコード' })
    const before = within(row('Ａグループ')).getAllByRole('cell')[0]?.textContent

    fireEvent.click(screen.getByRole('button', { name: 'すべて切断' }))
    const dialog = await screen.findByRole('dialog', { name: 'すべての接続を切断しますか？' })
    fireEvent.click(within(dialog).getByRole('button', { name: 'キャンセル' }))
    expect(h.services.host.lan.calls).not.toContain('disconnect')

    fireEvent.click(screen.getByRole('button', { name: 'すべて切断' }))
    fireEvent.click(
      within(await screen.findByRole('dialog')).getByRole('button', { name: 'すべて切断する' }),
    )
    expect(
      await screen.findByText('すべての接続を切断しました。新しい参加コードを配ってください。'),
    ).toBeTruthy()
    const after = within(row('Ａグループ')).getAllByRole('cell')[0]?.textContent
    expect(after).toMatch(CODE)
    expect(after).not.toBe(before)
    await waitFor(() => {
      expect(h.joins.at(-1)?.token).toBe('f.1')
    })

    const stopsBefore = h.stops()
    fireEvent.click(screen.getByRole('button', { name: 'LAN共有を停止' }))
    expect(await screen.findByRole('button', { name: 'LAN共有を開始' })).toBeTruthy()
    expect(screen.queryByRole('img', { name: '参加用QRコード' })).toBeNull()
    expect(h.stops()).toBeGreaterThan(stopsBefore)
    expect(h.services.host.lan.calls.slice(-2)).toEqual(['disconnect', 'stop'])
  })

  it('opens a group added while sharing on the hub too', async () => {
    const h = await openPanel()
    fireEvent.click(await screen.findByRole('button', { name: 'LAN共有を開始' }))
    await screen.findByRole('img', { name: '参加用QRコード' })
    act(() => {
      h.services.workshop.getState().apply((doc, ctx) => addGroup(doc, ctx))
    })
    const added = await screen.findByRole('rowheader', { name: 'Ｄグループ' })
    await waitFor(() => {
      expect(within(added.closest('tr')!).getAllByRole('cell')[0]?.textContent).toMatch(CODE)
    })
    expect(h.services.host.lan.calls.at(-1)).toBe(
      `open ${['Ａグループ', 'Ｂグループ', 'Ｃグループ', 'Ｄグループ'].map((n) => h.group(n).id).join(',')}`,
    )
    await waitFor(() => {
      expect(h.joins.at(-1)?.groupIds).toHaveLength(4)
    })
  })

  it('refuses a port out of range and says why a start failed', async () => {
    const h = await openPanel()
    const port = await screen.findByRole('textbox', { name: 'ポート' })
    await screen.findByRole('option', { name: 'Wi-Fi（192.168.137.1）' })
    fireEvent.change(port, { target: { value: '80' } })
    expect(screen.getByText('1024～65535の数を入力してください。')).toBeTruthy()
    expect(screen.getByRole('button', { name: 'LAN共有を開始' })).toHaveProperty('disabled', true)
    fireEvent.change(port, { target: { value: '８７３１' } })
    expect(port).toHaveProperty('value', '8731')
    fireEvent.change(screen.getByRole('combobox', { name: 'ネットワーク' }), {
      target: { value: '10.0.0.5' },
    })
    h.services.host.lan.failNextStart(errorRef('lanShare.portInUse', { port: 8731 }))
    fireEvent.click(screen.getByRole('button', { name: 'LAN共有を開始' }))
    expect((await screen.findByRole('alert')).textContent).toBe(
      'ポート8731はほかのアプリが使っています。別のポートを選ぶか、そのアプリを終了してください。',
    )
    expect(h.services.host.lan.calls).toEqual(['start 10.0.0.5:8731'])
    expect(screen.queryByRole('img', { name: '参加用QRコード' })).toBeNull()
  })
})

describe('「LAN共有」 in a browser', () => {
  it('without a hub, says it needs `npm run web -- --lan` or the desktop app', async () => {
    const recorder = recordingClient()
    await renderConsolePart((id) => <ConsoleScreen workshopId={id} lanClient={recorder.client} />)
    fireEvent.click(await screen.findByRole('tab', { name: 'LAN共有' }))
    lanShareStore.setState({
      state: {
        mode: 'none',
        sharing: false,
        address: null,
        port: null,
        clientUrl: null,
        status: null,
        join: null,
      },
    })
    expect(await screen.findByText(/「npm run web -- --lan」で起動したサーバー/)).toBeTruthy()
    expect(screen.queryByRole('button', { name: 'LAN共有を開始' })).toBeNull()
  })
})

describe('グループ一覧 while shared', () => {
  it('shows each group’s connection line', async () => {
    const h = await renderConsolePart((id, store) => (
      <GroupOverview workshopId={id} store={store} />
    ))
    expect(screen.queryByText(/：未接続/)).toBeNull()
    const b = h.group('Ｂグループ').id
    await act(async () => {
      const result = await h.services.host.lanStart({
        workshopId: h.workshopId,
        groupIds: ['Ａグループ', 'Ｂグループ', 'Ｃグループ'].map((n) => h.group(n).id),
        address: '192.168.137.1',
        port: 8730,
      })
      h.services.host.lan.setGroup(b, 2, Date.now() - 10_000)
      lanShareStore.setState({ state: result.ok ? await h.services.host.lanState() : null })
    })
    expect(screen.getByText('Ａグループ：未接続')).toBeTruthy()
    expect(screen.getByText(/^Ｂグループ：2台接続・最終更新(?:9|1[0-2])秒前$/)).toBeTruthy()
  })
})
