import type { Browser, Page } from '@playwright/test'
import { indexTheme1Board, areaViews } from '../../src/shared/board/theme1Layout'
import { areaLabel } from '../../src/shared/board/theme1Keyboard'
import type { LargeBoard } from '../../testing/browser/largeBoard'
import type { PeerArea, PeerHooks } from '../peer/peerScene'
import { measurePointerDrag, type DragResult } from './interactions'
import { PEER_PORT } from './ports'

/**
 * The Excalidraw side of `npm run bench:peer` (page: bench/peer): the same board shape, loaded
 * and dragged with the same helpers as the テーマ1 board.
 */

type PeerWindow = Window & { __peer?: PeerHooks }

export const PEER_URL = `http://127.0.0.1:${PEER_PORT}/`

/** The board's areas as the board shows them: the tray, then the scenes; 見出し before theirs. */
export function peerAreas(board: LargeBoard): PeerArea[] {
  const { layout } = indexTheme1Board(board.doc, board.boardId)
  return [null, ...layout.sceneKeys].map((scene) => ({
    key: scene ?? 'tray',
    name: areaLabel(scene),
    texts: areaViews(layout, scene).flatMap((view) => [
      view.note.text,
      ...view.children.map((child) => child.text),
    ]),
  }))
}

/** Opens the peer page and stores the board's scene where it loads it from. */
export async function seedPeer(page: Page, board: LargeBoard): Promise<void> {
  await page.goto(PEER_URL)
  await page.waitForFunction(() => (window as PeerWindow).__peer !== undefined)
  const areas = peerAreas(board)
  await page.evaluate((a) => {
    const hooks = (window as PeerWindow).__peer
    if (!hooks) throw new Error('peer: no hooks')
    return hooks.seed(a)
  }, areas)
}

/** Reloads the peer page; ms from navigation start to every note on the canvas plus a frame. */
export async function peerInteractiveAt(page: Page, notes: number): Promise<number> {
  await page.reload()
  await page.waitForFunction(
    (expected) => {
      const hooks = (window as PeerWindow).__peer
      return hooks !== undefined && hooks.interactiveAt !== -1 && hooks.notes() >= expected
    },
    notes,
    { timeout: 60_000, polling: 100 },
  )
  return page.evaluate(() => (window as PeerWindow).__peer?.interactiveAt ?? Number.NaN)
}

/** Drags the first note of the frame `from` onto the top of the frame `to`. */
export async function measurePeerDrag(
  page: Page,
  browser: Browser,
  route: { from: string; to: string },
): Promise<DragResult> {
  const spots = await page.evaluate(({ from, to }) => {
    const hooks = (window as PeerWindow).__peer
    return { note: hooks?.noteAt(from, 0) ?? null, target: hooks?.frameTop(to) ?? null }
  }, route)
  const { note, target } = spots
  if (!note || !target) throw new Error('peer drag: source or target not found')
  const figures = await measurePointerDrag(page, browser, note, target)
  const area = await page.evaluate(
    (id) => (window as PeerWindow).__peer?.areaOf(id) ?? null,
    note.id,
  )
  return { ...figures, moved: area === route.to }
}
