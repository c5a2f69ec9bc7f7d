/**
 * The board shape both apps show in `npm run bench:peer`: each area of the テーマ1 board (the
 * tray and the four scenes) with the texts of its notes in the board's order. Built from the same
 * large board the TaneBoard figures use (bench side), laid out as Excalidraw frames (page side).
 */
export interface PeerArea {
  /** data-area of the board (tray, daily, admission, emergency, endOfLife). */
  key: string
  /** The area's name as the board shows it (日常療養 …; 未分類 for the tray). */
  name: string
  texts: string[]
}

/** The page's hooks (window.__peer), for the bench. */
export interface PeerHooks {
  /** Stores the scene (as Excalidraw elements) where the page loads it from; returns their count. */
  seed(areas: PeerArea[]): number
  /** -1 until every note is on the canvas, then ms from navigation start to the next frame. */
  interactiveAt: number
  /** Notes on the canvas now. */
  notes(): number
  /** Viewport centre of an area's `index`-th note (null when it has none). */
  noteAt(area: string, index: number): { id: string; x: number; y: number } | null
  /** Viewport point of an area's frame, just inside its top edge, in the middle. */
  frameTop(area: string): { x: number; y: number } | null
  /** The area (frame) a note is in now, or null. */
  areaOf(noteId: string): string | null
}

export const NOTE_WIDTH = 128
export const NOTE_HEIGHT = 100
export const GAP = 10
export const PADDING = 14
/** Notes per row: the tray is a narrow column of two, scenes take three (as at 1366×768). */
export function columnsOf(key: string): number {
  return key === 'tray' ? 2 : 3
}
