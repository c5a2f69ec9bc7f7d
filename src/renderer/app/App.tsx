import '../styles/tokens.css'
import '../styles/base.css'
import '../styles/controls.css'
import '../styles/home.css'
import '../styles/setup.css'
import '../styles/notices.css'
import { HomeScreen } from '../features/home/HomeScreen'
import { adoptTableJoin } from '../features/table/adoptTableJoin'
import type { TableRoute } from '../features/table/TableMode'
import { useTableJoin, type TableJoin } from '../lan/tableJoin'
import { NoticeArea } from './NoticeArea'
import { useTransitionBackups } from '../features/console/useTransitionBackups'
import { ROSTER_SECTIONS, useRoute, type Route } from '../navigation/useRoute'
import { useOpenedFilesLeadHome } from './useOpenedFilesLeadHome'
import { ScreenSuspense } from './ScreenSuspense'
import {
  BackupsScreen,
  BriefScreen,
  CafeProjector,
  CafeScreen,
  ConsoleProjector,
  ConsoleScreen,
  ExportScreen,
  JoinScreen,
  LanGuideScreen,
  PlanningSection,
  PlanPrintScreen,
  ProjectorBoard,
  RosterScreen,
  SummaryProjector,
  TableFilesScreen,
  RunSheetScreen,
  CafeRotationScreen,
  SurveyScreen,
  SurveyPrintScreen,
  HandoverScreen,
  PrintablesScreen,
  TableMode,
  Theme1BoardScreen,
  Theme2Projector,
  Theme2Screen,
  Theme3Projector,
  Theme3Screen,
  WorkshopSetupScreen,
} from './screens'

/**
 * The whole renderer: home (#/), the setup of one workshop (#/w/<id>/<section>), a group's テーマ1
 * board (#/w/<id>/g/<groupId>/theme1), its テーマ2 map (…/theme2), its テーマ3 canvas (…/theme3)
 * and 伝達シート (…/theme3/brief), or a theme's projector view. ホーム is in the first chunk; every
 * other screen is loaded with its route (screens.ts) inside ScreenSuspense.
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
      <ScreenSuspense>
        <TableMode join={join} route={route} renderScreen={groupScreen} />
      </ScreenSuspense>
      <NoticeArea />
    </>
  )
}

/** 「グループワークに参加」 (#/join, #/join/<token>) on a device that has not joined. */
function JoinWindow({ token }: { token: string | null }) {
  return (
    <>
      <ScreenSuspense>
        <JoinScreen
          token={token}
          current={null}
          origin={window.location.origin}
          onJoined={adoptTableJoin}
        />
      </ScreenSuspense>
      <NoticeArea />
    </>
  )
}

/** A group's theme screen (the facilitator's window and table mode alike). */
function groupScreen(route: TableRoute) {
  return <ScreenSuspense>{groupScreenOf(route)}</ScreenSuspense>
}

function groupScreenOf(route: TableRoute) {
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
    case 'cafe':
      return (
        <CafeScreen key={route.workshopId} workshopId={route.workshopId} groupId={route.groupId} />
      )
  }
}

/** A projector view: one board, full screen, no notices over it, nothing written. */
function ProjectorWindow({ route }: { route: Route }) {
  return <ScreenSuspense>{projectorScreen(route)}</ScreenSuspense>
}

function projectorScreen(route: Route) {
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
  if (route.name === 'cafeProjector') {
    return (
      <CafeProjector
        key={`${route.workshopId}/${route.groupId}`}
        workshopId={route.workshopId}
        groupId={route.groupId}
      />
    )
  }
  if (route.name === 'consoleProjector') {
    return <ConsoleProjector key={route.workshopId} workshopId={route.workshopId} />
  }
  if (route.name === 'sharedBoardProjector' || route.name === 'summaryProjector') {
    return (
      <SummaryProjector
        key={`${route.workshopId}/${route.name}`}
        workshopId={route.workshopId}
        mode={route.name === 'sharedBoardProjector' ? 'board' : 'summary'}
      />
    )
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
      <ScreenSuspense>{editingScreen(route)}</ScreenSuspense>
      <NoticeArea />
    </>
  )
}

/** The print view of each 研修の企画 form. */
const PLAN_PRINT_FORMS = {
  planChecklistPrint: 'checklist',
  planGoalsPrint: 'goals',
  planProgramPrint: 'program',
  planOverviewPrint: 'overview',
} as const

/** The 印刷物: the 名簿, one sheet per table, the 名札. */
const PRINTABLE_KINDS = {
  printRoster: 'roster',
  printTableSheets: 'tableSheets',
  printNameCards: 'nameCards',
} as const

function editingScreen(route: Route) {
  return (
    <>
      {route.name === 'workshop' && ROSTER_SECTIONS.includes(route.section) ? (
        <RosterScreen
          key={route.workshopId}
          workshopId={route.workshopId}
          section={route.section}
        />
      ) : route.name === 'workshop' ? (
        <WorkshopSetupScreen
          key={route.workshopId}
          workshopId={route.workshopId}
          section={route.section}
          planning={(editing) => <PlanningSection {...editing} />}
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
      ) : route.name === 'runSheet' ? (
        <RunSheetScreen key={route.workshopId} workshopId={route.workshopId} />
      ) : route.name in PLAN_PRINT_FORMS && 'workshopId' in route ? (
        <PlanPrintScreen
          key={route.workshopId}
          workshopId={route.workshopId}
          form={PLAN_PRINT_FORMS[route.name as keyof typeof PLAN_PRINT_FORMS]}
        />
      ) : route.name === 'cafeRotation' ? (
        <CafeRotationScreen key={route.workshopId} workshopId={route.workshopId} />
      ) : route.name === 'survey' ? (
        <SurveyScreen key={route.workshopId} workshopId={route.workshopId} />
      ) : route.name === 'printSurvey' ? (
        <SurveyPrintScreen key={route.workshopId} workshopId={route.workshopId} />
      ) : route.name === 'handover' ? (
        <HandoverScreen key={route.workshopId} workshopId={route.workshopId} />
      ) : route.name in PRINTABLE_KINDS && 'workshopId' in route ? (
        <PrintablesScreen
          key={route.workshopId}
          workshopId={route.workshopId}
          kind={PRINTABLE_KINDS[route.name as keyof typeof PRINTABLE_KINDS]}
        />
      ) : route.name === 'lanGuide' ? (
        <LanGuideScreen />
      ) : route.name === 'theme3' || route.name === 'theme3Brief' || route.name === 'cafe' ? (
        groupScreen({ ...route, name: route.name })
      ) : (
        <HomeScreen />
      )}
    </>
  )
}
