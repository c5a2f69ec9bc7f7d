import { lazyScreen } from './lazyScreen'

/**
 * Every screen but ホーム, each in its own chunk loaded with its route (ARCHITECTURE.md, "Routes
 * and chunks"). A new screen: add its line here and render it from App.tsx inside ScreenSuspense.
 */
export const WorkshopSetupScreen = lazyScreen(
  () => import('../features/setup/WorkshopSetupScreen'),
  'WorkshopSetupScreen',
)
export const RosterScreen = lazyScreen(
  () => import('../features/setup/roster/RosterScreen'),
  'RosterScreen',
)
export const Theme1BoardScreen = lazyScreen(
  () => import('../features/board/Theme1BoardScreen'),
  'Theme1BoardScreen',
)
export const Theme2Screen = lazyScreen(
  () => import('../features/theme2/Theme2Screen'),
  'Theme2Screen',
)
export const Theme3Screen = lazyScreen(
  () => import('../features/theme3/Theme3Screen'),
  'Theme3Screen',
)
export const BriefScreen = lazyScreen(() => import('../features/brief/BriefScreen'), 'BriefScreen')
export const CafeScreen = lazyScreen(() => import('../features/cafe/CafeScreen'), 'CafeScreen')
export const ConsoleScreen = lazyScreen(
  () => import('../features/console/ConsoleScreen'),
  'ConsoleScreen',
)
export const ExportScreen = lazyScreen(
  () => import('../features/export/ExportScreen'),
  'ExportScreen',
)
export const BackupsScreen = lazyScreen(
  () => import('../features/backups/BackupsScreen'),
  'BackupsScreen',
)
export const TableFilesScreen = lazyScreen(
  () => import('../features/tableFiles/TableFilesScreen'),
  'TableFilesScreen',
)
export const RunSheetScreen = lazyScreen(
  () => import('../features/runSheet/RunSheetScreen'),
  'RunSheetScreen',
)
export const CafeRotationScreen = lazyScreen(
  () => import('../features/cafeRotation/CafeRotationScreen'),
  'CafeRotationScreen',
)
export const SurveyScreen = lazyScreen(
  () => import('../features/survey/SurveyScreen'),
  'SurveyScreen',
)
export const SurveyPrintScreen = lazyScreen(
  () => import('../features/survey/SurveyPrintScreen'),
  'SurveyPrintScreen',
)
export const PrintablesScreen = lazyScreen(
  () => import('../features/printables/PrintablesScreen'),
  'PrintablesScreen',
)
export const LanGuideScreen = lazyScreen(
  () => import('../features/lanGuide/LanGuideScreen'),
  'LanGuideScreen',
)
/** 研修の企画: a section of the setup screen (App.tsx hands it to WorkshopSetupScreen). */
export const PlanningSection = lazyScreen(
  () => import('../features/planning/PlanningSection'),
  'PlanningSection',
)
export const PlanPrintScreen = lazyScreen(
  () => import('../features/planning/PlanPrintScreen'),
  'PlanPrintScreen',
)
export const JoinScreen = lazyScreen(() => import('../features/table/JoinScreen'), 'JoinScreen')
export const TableMode = lazyScreen(() => import('../features/table/TableMode'), 'TableMode')

// Projector windows.
export const ProjectorBoard = lazyScreen(
  () => import('../features/projector/ProjectorBoard'),
  'ProjectorBoard',
)
export const Theme2Projector = lazyScreen(
  () => import('../features/projector/Theme2Projector'),
  'Theme2Projector',
)
export const Theme3Projector = lazyScreen(
  () => import('../features/projector/Theme3Projector'),
  'Theme3Projector',
)
export const CafeProjector = lazyScreen(
  () => import('../features/cafe/CafeProjector'),
  'CafeProjector',
)
export const ConsoleProjector = lazyScreen(
  () => import('../features/console/ConsoleProjector'),
  'ConsoleProjector',
)
export const SummaryProjector = lazyScreen(
  () => import('../features/summary/SummaryProjector'),
  'SummaryProjector',
)
export const HandoverScreen = lazyScreen(
  () => import('../features/handover/HandoverScreen'),
  'HandoverScreen',
)
