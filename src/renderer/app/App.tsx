import '../styles/tokens.css'
import '../styles/base.css'
import '../styles/controls.css'
import '../styles/home.css'
import '../styles/setup.css'
import '../styles/notices.css'
import { Theme1BoardScreen } from '../features/board/Theme1BoardScreen'
import { HomeScreen } from '../features/home/HomeScreen'
import { ProjectorBoard } from '../features/projector/ProjectorBoard'
import { Theme2Projector } from '../features/projector/Theme2Projector'
import { WorkshopSetupScreen } from '../features/setup/WorkshopSetupScreen'
import { Theme2Screen } from '../features/theme2/Theme2Screen'
import { BriefScreen } from '../features/brief/BriefScreen'
import { ConsoleProjector } from '../features/console/ConsoleProjector'
import { ConsoleScreen } from '../features/console/ConsoleScreen'
import { ExportScreen } from '../features/export/ExportScreen'
import { BackupsScreen } from '../features/backups/BackupsScreen'
import { TableFilesScreen } from '../features/tableFiles/TableFilesScreen'
import { Theme3Projector } from '../features/projector/Theme3Projector'
import { Theme3Screen } from '../features/theme3/Theme3Screen'
import { LanGuideScreen } from '../features/lanGuide/LanGuideScreen'
import { adoptTableJoin, TableMode, type TableRoute } from '../features/table/TableMode'
import { JoinScreen } from '../features/table/JoinScreen'
import { useTableJoin, type TableJoin } from '../lan/tableJoin'
import { NoticeArea } from './NoticeArea'
import { useTransitionBackups } from '../features/console/useTransitionBackups'
import { useRoute, type Route } from '../navigation/useRoute'
import { useOpenedFilesLeadHome } from './useOpenedFilesLeadHome'

/**
 * The whole renderer: home (#/), the setup of one workshop (#/w/<id>/<section>), a group's テーマ1
 * board (#/w/<id>/g/<groupId>/theme1), its テーマ2 map (…/theme2), its テーマ3 canvas (…/theme3)
 * and 伝達シート (…/theme3/brief), or a theme's projector view.
 */
export function App() {
  const route = useRoute()
  const tableJoin = useTableJoin()
  if (route.name.endsWith('Projector')) return <ProjectorWindow route={route} />
  if (tableJoin) return <TableWindow join={tableJoin} route={route} />
  if (route.name === 'join') return <JoinWindow token={route.token} />
  return <EditingWindow route={route} />
}

/** A table's device (table mode, joined to the LAN session): its group's theme screens only. */
function TableWindow({ join, route }: { join: TableJoin; route: Route }) {
  return (
    <>
      <TableMode join={join} route={route} renderScreen={groupScreen} />
      <NoticeArea />
    </>
  )
}

/** 「グループワークに参加」 (#/join, #/join/<token>) on a device that has not joined. */
function JoinWindow({ token }: { token: string | null }) {
  return (
    <>
      <JoinScreen
        token={token}
        current={null}
        origin={window.location.origin}
        onJoined={adoptTableJoin}
      />
      <NoticeArea />
    </>
  )
}

/** A group's theme screen (the facilitator's window and table mode alike). */
function groupScreen(route: TableRoute) {
  switch (route.name) {
    case 'theme1':
      return (
        <Theme1BoardScreen
          key={route.workshopId}
          workshopId={route.workshopId}
          groupId={route.groupId}
        />
      )
    case 'theme2':
      return (
        <Theme2Screen
          key={route.workshopId}
          workshopId={route.workshopId}
          groupId={route.groupId}
        />
      )
    case 'theme3':
      return (
        <Theme3Screen
          key={route.workshopId}
          workshopId={route.workshopId}
          groupId={route.groupId}
        />
      )
    case 'theme3Brief':
      return (
        <BriefScreen key={route.workshopId} workshopId={route.workshopId} groupId={route.groupId} />
      )
  }
}

/** A projector view: one board, full screen, no notices over it, nothing written. */
function ProjectorWindow({ route }: { route: Route }) {
  if (route.name === 'theme1Projector') {
    return (
      <ProjectorBoard
        key={`${route.workshopId}/${route.groupId}`}
        workshopId={route.workshopId}
        groupId={route.groupId}
      />
    )
  }
  if (route.name === 'theme2Projector') {
    return (
      <Theme2Projector
        key={`${route.workshopId}/${route.groupId}`}
        workshopId={route.workshopId}
        groupId={route.groupId}
      />
    )
  }
  if (route.name === 'consoleProjector') {
    return <ConsoleProjector key={route.workshopId} workshopId={route.workshopId} />
  }
  if (route.name === 'theme3Projector') {
    return (
      <Theme3Projector
        key={`${route.workshopId}/${route.groupId}`}
        workshopId={route.workshopId}
        groupId={route.groupId}
      />
    )
  }
  return null
}

/** Every other screen, with the notices; it takes the timetable-transition backups. */
function EditingWindow({ route }: { route: Route }) {
  useTransitionBackups()
  useOpenedFilesLeadHome(route)
  return (
    <>
      {route.name === 'workshop' ? (
        <WorkshopSetupScreen
          key={route.workshopId}
          workshopId={route.workshopId}
          section={route.section}
        />
      ) : route.name === 'theme1' || route.name === 'theme2' ? (
        groupScreen({ ...route, name: route.name })
      ) : route.name === 'console' ? (
        <ConsoleScreen key={route.workshopId} workshopId={route.workshopId} />
      ) : route.name === 'export' ? (
        <ExportScreen key={route.workshopId} workshopId={route.workshopId} />
      ) : route.name === 'backups' ? (
        <BackupsScreen key={route.workshopId} workshopId={route.workshopId} />
      ) : route.name === 'tableFiles' ? (
        <TableFilesScreen key={route.workshopId} workshopId={route.workshopId} />
      ) : route.name === 'lanGuide' ? (
        <LanGuideScreen />
      ) : route.name === 'theme3' || route.name === 'theme3Brief' ? (
        groupScreen({ ...route, name: route.name })
      ) : (
        <HomeScreen />
      )}
      <NoticeArea />
    </>
  )
}
