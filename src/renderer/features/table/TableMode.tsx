import { useEffect, useMemo, useState, type ReactNode } from 'react'
import type { WorkshopDoc } from '../../../shared/model/workshopDoc'
import { boardOf } from '../../../shared/ops/groupOps'
import { useT } from '../../i18n/useT'
import {
  startLanSession,
  stopLanSession,
  useLanConnection,
  useLanStatus,
} from '../../lan/lanConnection'
import { forgetTableJoin, type TableJoin } from '../../lan/tableJoin'
import { replaceRoute, type Route } from '../../navigation/useRoute'
import { useAppServices } from '../../session/appServices'
import { TableModeContext } from '../../shell/tableMode'
import { ConfirmDialog } from '../../ui/ConfirmDialog'
import { JoinScreen } from './JoinScreen'
import { TableBar } from './TableBar'
import { adoptTableJoin, groupHome } from './adoptTableJoin'
import { useUnsentWarning } from './useUnsentWarning'
import '../../styles/table.css'

/** The screens a table may show: its group's テーマ1-3 (and テーマ3's 伝達シート, ワールドカフェ). */
export interface TableRoute {
  name: 'theme1' | 'theme2' | 'theme3' | 'theme3Brief' | 'cafe'
  workshopId: string
  groupId: string
}

const TABLE_SCREENS: readonly TableRoute['name'][] = [
  'theme1',
  'theme2',
  'theme3',
  'theme3Brief',
  'cafe',
]

function tableRoute(route: Route, join: TableJoin): TableRoute | null {
  if (!('groupId' in route)) return null
  const name = TABLE_SCREENS.find((screen) => screen === route.name)
  if (!name || route.workshopId !== join.workshopId || route.groupId !== join.groupId) return null
  return { name, workshopId: route.workshopId, groupId: route.groupId }
}

type GroupState = 'waiting' | 'ready' | 'gone'

function groupState(doc: WorkshopDoc | null, groupId: string): GroupState {
  if (!doc) return 'waiting'
  if (doc.workshop.deletedAt !== null) return 'gone'
  const group = doc.groups[groupId]
  if (!group) return 'waiting'
  if (group.deletedAt !== null) return 'gone'
  return boardOf(doc, groupId, 'theme1') ? 'ready' : 'waiting'
}

interface TableModeProps {
  join: TableJoin
  route: Route
  /** The group's screen for a route (app/ composes the theme features). */
  renderScreen: (route: TableRoute) => ReactNode
}

/**
 * Table mode: a device joined to the LAN session as one group's table. It shows only that group's
 * theme screens (every other address goes back to テーマ1 of the group), with the link's state
 * and 「参加をやめる」 in their header, starts the LAN client, and asks before the page is left
 * while changes are unsent. The join is kept (tableJoin.ts): a reload comes straight back here.
 */
export function TableMode({ join, route, renderScreen }: TableModeProps) {
  const t = useT()
  const services = useAppServices()
  const status = useLanStatus()
  const state = useLanConnection((s) => groupState(s.workshop, join.groupId))
  const [leaving, setLeaving] = useState(false)
  const shown = tableRoute(route, join)
  const joining = route.name === 'join' && route.token !== join.token

  useEffect(() => {
    startLanSession(
      {
        hubUrl: join.hubUrl,
        token: join.token,
        workshopId: join.workshopId,
        role: 'table',
        groupIds: [join.groupId],
      },
      { services },
    ).catch((error: unknown) => {
      console.error('TaneBoard: the LAN client did not start', error)
    })
  }, [join, services])

  useEffect(() => {
    if (!shown && !joining) replaceRoute(groupHome(join))
  }, [shown, joining, join])

  useUnsentWarning(status?.unsent ?? 0)

  const frame = useMemo(
    () => ({
      bar: (
        <TableBar
          status={status}
          onLeave={() => {
            setLeaving(true)
          }}
        />
      ),
    }),
    [status],
  )

  const leave = async (): Promise<void> => {
    setLeaving(false)
    await stopLanSession({ forget: true })
    forgetTableJoin()
    replaceRoute({ name: 'join', token: null })
  }

  let content: ReactNode = null
  if (joining) {
    content = (
      <JoinScreen
        token={route.token}
        current={join}
        origin={window.location.origin}
        onJoined={adoptTableJoin}
        onBack={() => {
          replaceRoute(groupHome(join))
        }}
      />
    )
  } else if (shown && state === 'ready') {
    content = renderScreen(shown)
  } else if (shown) {
    content = (
      <main className="screen screen--center table-wait">
        <div className="message-card table-wait__card">
          <h1 className="table-join__heading">{t.joinHeading}</h1>
          {frame.bar}
          <p aria-busy={state === 'waiting'}>
            {state === 'gone'
              ? t.tableGroupMissing
              : status?.link === 'offline'
                ? t.joinWaitingOffline
                : t.joinReceiving}
          </p>
        </div>
      </main>
    )
  }

  const unsent = status?.unsent ?? 0
  return (
    <TableModeContext.Provider value={frame}>
      {content}
      <ConfirmDialog
        open={leaving}
        title={t.tableLeaveTitle}
        body={unsent > 0 ? `${t.tableLeaveBody}${t.tableLeaveUnsent(unsent)}` : t.tableLeaveBody}
        confirmLabel={t.tableLeaveConfirm}
        onConfirm={() => {
          void leave()
        }}
        onCancel={() => {
          setLeaving(false)
        }}
      />
    </TableModeContext.Provider>
  )
}
