import { useSyncExternalStore } from 'react'

/**
 * The sections of the workshop setup screen, in navigation order. 参加者（名簿） (`roster`) and its
 * グループ分け (`seating`) are one tab and one lazily loaded screen (features/setup/roster).
 */
export const SETUP_SECTIONS = [
  'basics',
  'planning',
  'timetable',
  'roster',
  'seating',
  'groups',
  'cards',
] as const
export type SetupSection = (typeof SETUP_SECTIONS)[number]

/** The sections shown by the 名簿's screen (the others by WorkshopSetupScreen). */
export const ROSTER_SECTIONS: readonly SetupSection[] = ['roster', 'seating']

export type Route =
  | { name: 'home' }
  | { name: 'lanGuide' }
  /** Table mode's join: `#/join` (type a code) or `#/join/<token>` (from the QR code or URL). */
  | { name: 'join'; token: string | null }
  | { name: 'workshop'; workshopId: string; section: SetupSection }
  | { name: WorkshopRouteName; workshopId: string }
  | { name: GroupRouteName; workshopId: string; groupId: string }

/** The screens of one group: a theme's board and its projector view (テーマ3: its 伝達シート). */
export const GROUP_ROUTES = {
  theme1: 'theme1',
  theme1Projector: 'theme1/projector',
  theme2: 'theme2',
  theme2Projector: 'theme2/projector',
  theme3: 'theme3',
  theme3Projector: 'theme3/projector',
  theme3Brief: 'theme3/brief',
  /** ワールドカフェ: visitors' 「いいね」 and comments on the group's outputs, and its projector. */
  cafe: 'cafe',
  cafeProjector: 'cafe/projector',
} as const
export type GroupRouteName = keyof typeof GROUP_ROUTES

/**
 * The facilitator's screens of a workshop: the console, its projector screen, 書き出し, バックアップ,
 * テーブル用ファイル, the 進行表 and the ワールドカフェ席替え表 (print views), and the projector views of the 共有用ボード and the 総括.
 */
export const WORKSHOP_ROUTES = {
  console: 'console',
  consoleProjector: 'console/projector',
  export: 'export',
  backups: 'backups',
  tableFiles: 'tables',
  /** 投影 of the 共有用ボード (every group on one board). */
  sharedBoardProjector: 'shared',
  /** 投影 of the 総括 deck. */
  summaryProjector: 'summary',
  runSheet: 'runsheet',
  /** 研修の企画: each planning form's print view (A4). */
  planChecklistPrint: 'plan/checklist',
  planGoalsPrint: 'plan/goals',
  planProgramPrint: 'plan/program',
  planOverviewPrint: 'plan/overview',
  /** ワールドカフェの席替え表 (print view). */
  cafeRotation: 'cafe',
  /** 事前・事後アンケート: items, answers, matching by name, results. */
  survey: 'survey',
  /** 市町村への引き継ぎ資料: one PDF per municipality of the 名簿 (print view). */
  handover: 'handover',
  /** 印刷物: the 名簿, グループ用の資料 and 名札 (print views). */
  printRoster: 'print/roster',
  printTableSheets: 'print/tables',
  printNameCards: 'print/cards',
  /** 事前・事後アンケートの結果 (print view, A4 portrait). */
  printSurvey: 'print/survey',
} as const
export type WorkshopRouteName = keyof typeof WORKSHOP_ROUTES

const ID = '[A-Za-z0-9_-]{1,64}'
const WORKSHOP_ROUTE = new RegExp(
  `^#/w/(${ID})/(console(?:/[a-z]+)?|plan/[a-z]+|print/[a-z]+|export|backups|tables|runsheet|shared|summary|cafe|survey|handover)/?$`,
)
/** A join token (`t.<groupId>.<mac>`, `f.<mac>`: see src/main/lan/joinCodes.ts). */
const JOIN_ROUTE = /^#\/join(?:\/([A-Za-z0-9._-]{1,200}))?\/?$/
const GROUP_ROUTE = new RegExp(
  `^#/w/(${ID})/g/(${ID})/(theme[123](?:/[a-z]+)?|cafe(?:/[a-z]+)?)/?$`,
)

/**
 * Hash routes, so that the same build works from app://, http:// and file:// and a reload keeps
 * the place: `#/` home, `#/w/<id>` setup (基本情報), `#/w/<id>/<section>`, and a group's screens
 * `#/w/<id>/g/<groupId>/<path>` with the paths of GROUP_ROUTES (e.g. `…/theme1`,
 * `…/theme2/projector`, `…/theme3/brief`), and `#/lan-guide` (the LAN set-up guide).
 */
export function parseRoute(hash: string): Route {
  if (/^#\/lan-guide\/?$/.test(hash)) return { name: 'lanGuide' }
  const join = JOIN_ROUTE.exec(hash)
  if (join) return { name: 'join', token: join[1] ?? null }
  const group = GROUP_ROUTE.exec(hash)
  if (group?.[1] && group[2] && group[3]) {
    const path = group[3]
    const name = (Object.keys(GROUP_ROUTES) as GroupRouteName[]).find(
      (key) => GROUP_ROUTES[key] === path,
    )
    if (name) return { name, workshopId: group[1], groupId: group[2] }
  }
  const facilitator = WORKSHOP_ROUTE.exec(hash)
  if (facilitator?.[1] && facilitator[2]) {
    const path = facilitator[2]
    const name = (Object.keys(WORKSHOP_ROUTES) as WorkshopRouteName[]).find(
      (key) => WORKSHOP_ROUTES[key] === path,
    )
    if (name) return { name, workshopId: facilitator[1] }
  }
  const match = new RegExp(`^#/w/(${ID})(?:/([a-z]+))?/?$`).exec(hash)
  if (!match?.[1]) return { name: 'home' }
  const section = SETUP_SECTIONS.find((s) => s === match[2]) ?? 'basics'
  return { name: 'workshop', workshopId: match[1], section }
}

export function routeHref(route: Route): string {
  if (route.name === 'home') return '#/'
  if (route.name === 'lanGuide') return '#/lan-guide'
  if (route.name === 'join') return route.token ? `#/join/${route.token}` : '#/join'
  if (route.name === 'workshop') {
    const section = route.section === 'basics' ? '' : `/${route.section}`
    return `#/w/${route.workshopId}${section}`
  }
  if (!('groupId' in route)) return `#/w/${route.workshopId}/${WORKSHOP_ROUTES[route.name]}`
  return `#/w/${route.workshopId}/g/${route.groupId}/${GROUP_ROUTES[route.name]}`
}

export function navigate(route: Route): void {
  const href = routeHref(route)
  if (window.location.hash !== href) window.location.hash = href
}

/**
 * Goes to a route in place of the current one (no history entry): a redirect, or leaving an
 * address that carried a token (`#/join/<token>`) so that it stays in no history.
 */
export function replaceRoute(route: Route): void {
  const href = routeHref(route)
  if (window.location.hash === href) return
  window.history.replaceState(window.history.state, '', href)
  window.dispatchEvent(new HashChangeEvent('hashchange'))
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange)
  return () => {
    window.removeEventListener('hashchange', onChange)
  }
}

const getHash = () => window.location.hash

/** The current route; re-renders on hash changes. */
export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, getHash, getHash)
  return parseRoute(hash)
}
