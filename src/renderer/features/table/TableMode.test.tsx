import { act, fireEvent, render, screen, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { workshopGroups } from '../../../shared/ops/groupOps'
import { fakeContext } from '../../../shared/testing/fakeContext'
import { lanConnection } from '../../lan/lanConnection'
import type * as LanConnection from '../../lan/lanConnection'
import type { LanStatus } from '../../lan/lanStatus'
import { tableJoinStore, keepTableJoin, type TableJoin } from '../../lan/tableJoin'
import { parseRoute, type Route } from '../../navigation/useRoute'
import { AppServicesContext } from '../../session/appServices'
import { useTableMode } from '../../shell/tableMode'
import { makeTestDoc } from '../../testing/testDocs'
import { createTestServices } from '../../testing/testServices'
import { JoinScreen } from './JoinScreen'
import { TableMode, type TableRoute } from './TableMode'

const lan = vi.hoisted(() => ({ start: vi.fn(), stop: vi.fn() }))
vi.mock('../../lan/lanConnection', async (importOriginal) => {
  const actual = await importOriginal<typeof LanConnection>()
  return {
    ...actual,
    startLanSession: (...args: unknown[]) => {
      lan.start(...args)
      return Promise.resolve()
    },
    stopLanSession: (...args: unknown[]) => {
      lan.stop(...args)
      return Promise.resolve()
    },
  }
})

const doc = makeTestDoc(fakeContext(), { groups: 2 })
const [groupA, groupB] = workshopGroups(doc)
const JOIN: TableJoin = {
  hubUrl: 'http://192.168.137.1:8730/',
  token: 't.x.AAAAAAAAAAAAAAAAAAAAAA',
  workshopId: doc.workshop.id,
  groupId: groupA!.id,
}
const theme1 = `#/w/${doc.workshop.id}/g/${groupA!.id}/theme1`

/** A stand-in for a theme screen: its route, and the table's bar where the header has it. */
function FakeScreen({ route }: { route: TableRoute }) {
  const table = useTableMode()
  return (
    <main>
      <header>{table?.bar}</header>
      <p>{`${route.name} of ${route.groupId}`}</p>
    </main>
  )
}

function renderTable(route: Route) {
  const services = createTestServices()
  const view = render(
    <AppServicesContext.Provider value={services}>
      <TableMode join={JOIN} route={route} renderScreen={(r) => <FakeScreen route={r} />} />
    </AppServicesContext.Provider>,
  )
  return { services, view }
}

const setLink = (status: LanStatus | null, withWorkshop = true) => {
  act(() => {
    lanConnection.setState({
      status,
      hasWorkshop: withWorkshop,
      workshop: withWorkshop ? doc : null,
    })
  })
}

beforeEach(() => {
  window.location.hash = theme1
  keepTableJoin(JOIN)
})
afterEach(() => {
  lanConnection.setState({ join: null, status: null, hasWorkshop: false, workshop: null })
  tableJoinStore.setState({ join: null })
  lan.start.mockReset()
  lan.stop.mockReset()
})

describe('table mode', () => {
  it('starts the table’s LAN session and shows its group’s screen with the link, exactly worded', () => {
    setLink({ link: 'connected', unsent: 0, refused: false })
    renderTable(parseRoute(theme1))
    expect(lan.start).toHaveBeenCalledWith(
      {
        hubUrl: JOIN.hubUrl,
        token: JOIN.token,
        workshopId: JOIN.workshopId,
        role: 'table',
        groupIds: [groupA!.id],
      },
      expect.anything(),
    )
    expect(screen.getByText(`theme1 of ${groupA!.id}`)).toBeTruthy()
    expect(screen.getByRole('status').textContent).toBe('接続中')
    setLink({ link: 'offline', unsent: 3, refused: false })
    expect(screen.getByRole('status').textContent).toBe('オフライン・未送信3件')
    setLink({ link: 'reconnecting', unsent: 0, refused: false })
    expect(screen.getByRole('status').textContent).toBe('再接続中')
  })

  it('sends every other address back to the group’s テーマ1', () => {
    setLink({ link: 'connected', unsent: 0, refused: false })
    for (const hash of [
      '#/',
      `#/w/${doc.workshop.id}/console`,
      `#/w/${doc.workshop.id}/export`,
      `#/w/${doc.workshop.id}/groups`,
      `#/w/${doc.workshop.id}/g/${groupB!.id}/theme2`,
    ]) {
      window.location.hash = hash
      const { view } = renderTable(parseRoute(hash))
      expect(window.location.hash).toBe(theme1)
      expect(screen.queryByText(/ of /)).toBeNull()
      view.unmount()
    }
    window.location.hash = `#/w/${doc.workshop.id}/g/${groupA!.id}/theme3`
    renderTable(parseRoute(window.location.hash))
    expect(screen.getByText(`theme3 of ${groupA!.id}`)).toBeTruthy()
  })

  it('waits for its group to arrive, with the link shown', () => {
    setLink({ link: 'connecting', unsent: 0, refused: false }, false)
    renderTable(parseRoute(theme1))
    expect(screen.getByText('グループの模造紙を受け取っています…')).toBeTruthy()
    expect(screen.getByRole('status').textContent).toBe('接続しています')
    setLink({ link: 'connected', unsent: 0, refused: false })
    expect(screen.getByText(`theme1 of ${groupA!.id}`)).toBeTruthy()
  })

  it('when the hub refuses its code, says so and offers a new code', () => {
    setLink({ link: 'connected', unsent: 0, refused: true })
    renderTable(parseRoute(theme1))
    expect(screen.getByRole('status').textContent).toBe(
      '参加できません（コードを確認してください）',
    )
    expect(screen.getByRole('link', { name: '新しい参加コードを入力' }).getAttribute('href')).toBe(
      '#/join',
    )
  })

  it('asks before the page is left while changes are unsent', () => {
    setLink({ link: 'offline', unsent: 0, refused: false })
    renderTable(parseRoute(theme1))
    const leaveNow = () => {
      const event = new Event('beforeunload', { cancelable: true })
      window.dispatchEvent(event)
      return event.defaultPrevented
    }
    expect(leaveNow()).toBe(false)
    setLink({ link: 'offline', unsent: 2, refused: false })
    expect(leaveNow()).toBe(true)
    setLink({ link: 'connected', unsent: 0, refused: false })
    expect(leaveNow()).toBe(false)
  })

  it('参加をやめる, once confirmed, stops the session and forgets the join', async () => {
    setLink({ link: 'offline', unsent: 1, refused: false })
    renderTable(parseRoute(theme1))
    fireEvent.click(screen.getByRole('button', { name: '参加をやめる' }))
    const dialog = screen.getByRole('dialog')
    expect(dialog.textContent).toContain('まだ送信されていない変更が1件あります。')
    fireEvent.click(within(dialog).getByRole('button', { name: 'キャンセル' }))
    expect(tableJoinStore.getState().join).toEqual(JOIN)

    fireEvent.click(screen.getByRole('button', { name: '参加をやめる' }))
    await act(async () => {
      fireEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'やめる' }))
      await Promise.resolve()
    })
    expect(lan.stop).toHaveBeenCalledWith({ forget: true })
    expect(tableJoinStore.getState().join).toBeNull()
    expect(localStorage.getItem('taneboard.tableJoin')).toBeNull()
    expect(window.location.hash).toBe('#/join')
  })
})

describe('the join screen', () => {
  const answer = (status: number, body: unknown) =>
    vi.fn(() => Promise.resolve(new Response(JSON.stringify(body), { status })))

  it('a wrong code says so and changes nothing; the right one joins', async () => {
    const onJoined = vi.fn()
    const fetch = answer(403, { error: 'wrongCode' })
    render(
      <JoinScreen
        token={null}
        current={null}
        origin="http://192.168.137.1:8730"
        fetch={fetch}
        onJoined={onJoined}
      />,
    )
    expect(screen.getByRole('heading', { name: 'グループワークに参加' })).toBeTruthy()
    const field = screen.getByLabelText('参加コード')
    // typed with the IME on: full-width letters are sent half-width
    fireEvent.change(field, { target: { value: 'ＡＢＣＤ－ＥＦＧＨ' } })
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: '参加する' }))
      await Promise.resolve()
    })
    expect(
      JSON.parse((fetch.mock.calls[0] as unknown as [string, RequestInit])[1].body as string),
    ).toEqual({
      code: 'ABCD-EFGH',
    })
    expect((await screen.findByRole('alert')).textContent).toBe(
      '参加コードが違います。ファシリテーターに確認してください。',
    )
    expect(onJoined).not.toHaveBeenCalled()
  })

  it('#/join/<token> joins without typing', async () => {
    const onJoined = vi.fn()
    const fetch = answer(200, {
      role: 'table',
      workshopId: JOIN.workshopId,
      groupId: JOIN.groupId,
      token: JOIN.token,
    })
    render(
      <JoinScreen
        token={JOIN.token}
        current={null}
        origin="http://192.168.137.1:8730"
        fetch={fetch}
        onJoined={onJoined}
      />,
    )
    await vi.waitFor(() => {
      expect(onJoined).toHaveBeenCalledWith(JOIN)
    })
    expect(fetch).toHaveBeenCalledTimes(1)
  })
})
