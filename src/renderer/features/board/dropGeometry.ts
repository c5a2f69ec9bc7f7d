import type { AreaBox, Box, DropGeometrySource, DropTarget } from './boardCollision'
import { sceneOfArea } from './boardKeys'

/**
 * Where the drop spots of the board are during one drag, measured from the DOM in one pass when
 * it is first needed (getBoundingClientRect only: nothing is written in between, so the browser
 * lays out once) instead of one dnd-kit droppable per note.
 *
 * Notes are kept relative to their list's content, so scrolling (the list, the board or the
 * window, by dnd-kit's auto-scroll or the wheel) only needs the areas and lists re-read: a scroll
 * anywhere marks them stale. The notes of an area are measured when the pointer first enters it,
 * and again when its list's content changed height since: notes scrolled near the view are
 * rendered then and may take another height than the one they had out of sight
 * (content-visibility, board.css), which moves the notes after them. Nothing else of the board's
 * DOM changes during a drag (the moving notes only fade).
 */

export interface DropGeometry extends DropGeometrySource {
  /** Stops listening for scrolls (at the end of the drag). */
  dispose(): void
}

/** An area's scrolling list of notes (BoardArea marks it). */
const LIST_SELECTOR = '[data-area-list]'

interface Measured {
  area: AreaBox
  list: HTMLElement | null
  /** Where the list's content starts now, in viewport coordinates (scroll included). */
  originX: number
  originY: number
  /** The list's content height now (scrollHeight). */
  height: number
}

interface Content {
  /** Targets relative to the list's content origin. */
  relative: DropTarget[]
  /** The list's scrollHeight when they were measured. */
  height: number
  /** The same in viewport coordinates, for one measurement of the areas. */
  current: DropTarget[] | null
}

function boxOf(rect: DOMRect): Box {
  return { left: rect.left, top: rect.top, right: rect.right, bottom: rect.bottom }
}

function shift(box: Box, dx: number, dy: number): Box {
  return { left: box.left + dx, top: box.top + dy, right: box.right + dx, bottom: box.bottom + dy }
}

function measureTargets(list: HTMLElement, area: AreaBox, originX: number, originY: number) {
  const scene = area.scene
  const targets: DropTarget[] = []
  for (const element of list.querySelectorAll<HTMLElement>('[data-note-id], [data-cluster-id]')) {
    const rect = element.getBoundingClientRect()
    // A 見出し without gathered notes is `display: contents`: no box of its own.
    if (rect.width === 0 && rect.height === 0) continue
    const box = shift(boxOf(rect), -originX, -originY)
    const { noteId, parentId, clusterId } = element.dataset
    if (noteId) {
      targets.push({ spot: { type: 'note', scene, parentId: parentId ?? null, noteId }, box })
    } else if (clusterId) {
      targets.push({ spot: { type: 'cluster', scene, headingId: clusterId }, box })
    }
  }
  return targets
}

export function measureDropGeometry(board: HTMLElement): DropGeometry {
  let measured: Measured[] | null = null
  const contents = new Map<HTMLElement, Content>()

  const measureAreas = (): Measured[] => {
    const out: Measured[] = []
    for (const section of board.querySelectorAll<HTMLElement>('[data-area]')) {
      const scene = sceneOfArea(section.dataset.area)
      if (scene === undefined) continue
      const list = section.querySelector<HTMLElement>(LIST_SELECTOR)
      const listRect = list?.getBoundingClientRect()
      out.push({
        area: {
          scene,
          box: boxOf(section.getBoundingClientRect()),
          list: listRect ? boxOf(listRect) : null,
        },
        list,
        originX: list && listRect ? listRect.left - list.scrollLeft : 0,
        originY: list && listRect ? listRect.top - list.scrollTop : 0,
        height: list?.scrollHeight ?? 0,
      })
    }
    for (const content of contents.values()) content.current = null
    return out
  }

  const onScroll = () => {
    measured = null
  }
  window.addEventListener('scroll', onScroll, { capture: true, passive: true })

  return {
    areas: () => {
      measured ??= measureAreas()
      return measured.map((m) => m.area)
    },
    targetsOf: (area) => {
      const m = (measured ??= measureAreas()).find((x) => x.area === area)
      if (!m?.list) return []
      let content = contents.get(m.list)
      if (!content || content.height !== m.height) {
        const relative = measureTargets(m.list, m.area, m.originX, m.originY)
        content = { relative, height: m.height, current: null }
        contents.set(m.list, content)
      }
      content.current ??= content.relative.map((t) => ({
        spot: t.spot,
        box: shift(t.box, m.originX, m.originY),
      }))
      return content.current
    },
    dispose: () => {
      window.removeEventListener('scroll', onScroll, { capture: true })
    },
  }
}
