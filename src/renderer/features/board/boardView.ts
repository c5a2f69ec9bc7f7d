import { create } from 'zustand'

/**
 * How this machine shows テーマ1 boards (a view, not the workshop's data: nothing here is an
 * edit, nothing reaches another laptop, the projector or an export):
 * - the density: 'compact' (small post-its: about three times as many in sight on a 1366×768
 *   laptop) or 'comfortable' (the big post-its of a large screen). Until someone chooses, a
 *   laptop-sized window (at most 900 px high) gets 'compact'.
 * - the 見出し folded away (たたむ): per board, only their 見出し shows, with how many notes
 *   are under it.
 * Both are remembered in localStorage.
 */

export type BoardDensity = 'compact' | 'comfortable'

export const DENSITY_KEY = 'taneboard.board.density'
const COLLAPSED_KEY = 'taneboard.board.collapsed.'
/** Windows up to this height (a 13-14" laptop: 768, 800, 900 px) start compact. */
export const COMPACT_UP_TO_HEIGHT = 900

function storage(): Storage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage
  } catch {
    return undefined
  }
}

function save(key: string, value: string | null): void {
  try {
    if (value === null) storage()?.removeItem(key)
    else storage()?.setItem(key, value)
  } catch {
    // Private mode or a full disk: the choice just is not remembered.
  }
}

export function readDensity(stored: string | null | undefined, height: number): BoardDensity {
  if (stored === 'compact' || stored === 'comfortable') return stored
  return height <= COMPACT_UP_TO_HEIGHT ? 'compact' : 'comfortable'
}

function initialDensity(): BoardDensity {
  let stored: string | null | undefined
  try {
    stored = storage()?.getItem(DENSITY_KEY)
  } catch {
    stored = null
  }
  return readDensity(stored, typeof window === 'undefined' ? 1080 : window.innerHeight)
}

function readCollapsed(boardId: string): ReadonlySet<string> {
  try {
    const raw: unknown = JSON.parse(storage()?.getItem(COLLAPSED_KEY + boardId) ?? '[]')
    return new Set(Array.isArray(raw) ? raw.filter((x) => typeof x === 'string') : [])
  } catch {
    return new Set()
  }
}

interface BoardViewState {
  density: BoardDensity
  /** Folded 見出し by board id (read lazily from localStorage). */
  collapsed: Readonly<Record<string, ReadonlySet<string>>>
  setDensity: (density: BoardDensity) => void
  /** The folded 見出し of a board. */
  collapsedOf: (boardId: string) => ReadonlySet<string>
  setCollapsed: (boardId: string, headingIds: Iterable<string>, collapsed: boolean) => void
}

const NONE: ReadonlySet<string> = new Set()

export const useBoardView = create<BoardViewState>((set, get) => ({
  density: initialDensity(),
  collapsed: {},
  setDensity: (density) => {
    save(DENSITY_KEY, density)
    set({ density })
  },
  collapsedOf: (boardId) => {
    const known = get().collapsed[boardId]
    if (known) return known
    const read = readCollapsed(boardId)
    const value = read.size === 0 ? NONE : read
    set({ collapsed: { ...get().collapsed, [boardId]: value } })
    return value
  },
  setCollapsed: (boardId, headingIds, collapsed) => {
    const next = new Set(get().collapsedOf(boardId))
    for (const id of headingIds) {
      if (collapsed) next.add(id)
      else next.delete(id)
    }
    save(COLLAPSED_KEY + boardId, next.size === 0 ? null : JSON.stringify([...next]))
    set({ collapsed: { ...get().collapsed, [boardId]: next.size === 0 ? NONE : next } })
  },
}))

/**
 * Whether a 見出し of a board is folded (re-renders only when that changes). The board reads
 * its folded 見出し from localStorage once, when it opens (Theme1Board: `collapsedOf`).
 */
export function useIsCollapsed(boardId: string, headingId: string): boolean {
  return useBoardView((s) => s.collapsed[boardId]?.has(headingId) === true)
}
