import { afterEach, describe, expect, it } from 'vitest'
import { measureDropGeometry, type DropGeometry } from './dropGeometry'

/** Where each element is (jsdom lays nothing out), and how many times it was measured. */
const rects = new Map<Element, DOMRect>()
const reads = new Map<Element, number>()

function place(element: Element, left: number, top: number, width: number, height: number) {
  rects.set(element, new DOMRect(left, top, width, height))
  element.getBoundingClientRect = () => {
    reads.set(element, (reads.get(element) ?? 0) + 1)
    return rects.get(element) ?? new DOMRect()
  }
}

function element(parent: Element, attributes: Record<string, string>): HTMLElement {
  const node = document.createElement(attributes['data-area'] ? 'section' : 'div')
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value)
  parent.append(node)
  return node
}

/** A board with 日常療養 (a note, a 見出し's cluster with one note gathered) and an empty tray. */
function board() {
  const root = element(document.body, { 'data-testid': 'theme1-board' })
  const tray = element(root, { 'data-area': 'tray' })
  const trayList = element(tray, { 'data-area-list': '' })
  const daily = element(root, { 'data-area': 'daily' })
  const list = element(daily, { 'data-area-list': '' })
  let scrollTop = 0
  let scrollHeight = 300
  Object.defineProperty(list, 'scrollTop', { get: () => scrollTop })
  Object.defineProperty(list, 'scrollHeight', { get: () => scrollHeight })
  const a = element(list, { 'data-note-id': 'a', 'data-drag-source': '' })
  const cluster = element(list, { 'data-cluster-id': 'h' })
  const h = element(cluster, { 'data-note-id': 'h' })
  const c = element(cluster, { 'data-note-id': 'c', 'data-parent-id': 'h' })
  const empty = element(list, { 'data-cluster-id': 'e' })
  element(root, { 'data-area': 'somewhere-else' })
  place(tray, 0, 0, 200, 600)
  place(trayList, 0, 40, 200, 500)
  place(daily, 210, 0, 400, 300)
  place(list, 210, 40, 400, 200)
  place(a, 220, 50, 100, 80)
  place(cluster, 220, 140, 380, 100)
  place(h, 230, 150, 100, 80)
  place(c, 340, 150, 100, 80)
  place(empty, 0, 0, 0, 0)
  return {
    root,
    list,
    a,
    /** Scrolls the list by `dy` (its content, notes included, moves up). */
    scroll: (dy: number) => {
      scrollTop += dy
      for (const el of [a, cluster, h, c]) {
        const r = rects.get(el) ?? new DOMRect()
        rects.set(el, new DOMRect(r.x, r.y - dy, r.width, r.height))
      }
      list.dispatchEvent(new Event('scroll'))
    },
    /** Notes rendered as they come near the view: the first one grows by `dy`, content too. */
    grow: (dy: number) => {
      scrollHeight += dy
      const r = rects.get(a) ?? new DOMRect()
      rects.set(a, new DOMRect(r.x, r.y, r.width, r.height + dy))
    },
  }
}

let geometry: DropGeometry | null = null
afterEach(() => {
  geometry?.dispose()
  geometry = null
  document.body.replaceChildren()
  rects.clear()
  reads.clear()
})

describe('measureDropGeometry', () => {
  it("measures the areas, and an area's notes and clusters when first asked", () => {
    const b = board()
    geometry = measureDropGeometry(b.root)
    expect(reads.get(b.a)).toBeUndefined()
    const [tray, daily] = geometry.areas()
    expect(geometry.areas()).toHaveLength(2)
    expect(tray).toMatchObject({ scene: null, list: { top: 40, bottom: 540 } })
    expect(daily).toMatchObject({
      scene: 'daily',
      box: { left: 210, top: 0, right: 610, bottom: 300 },
      list: { left: 210, top: 40, right: 610, bottom: 240 },
    })
    expect(geometry.targetsOf(daily!)).toEqual([
      {
        spot: { type: 'note', scene: 'daily', parentId: null, noteId: 'a' },
        box: { left: 220, top: 50, right: 320, bottom: 130 },
      },
      {
        spot: { type: 'cluster', scene: 'daily', headingId: 'h' },
        box: { left: 220, top: 140, right: 600, bottom: 240 },
      },
      {
        spot: { type: 'note', scene: 'daily', parentId: null, noteId: 'h' },
        box: { left: 230, top: 150, right: 330, bottom: 230 },
      },
      {
        spot: { type: 'note', scene: 'daily', parentId: 'h', noteId: 'c' },
        box: { left: 340, top: 150, right: 440, bottom: 230 },
      },
    ])
    expect(geometry.targetsOf(tray!)).toEqual([])
    // Measured once for the drag, however often the pointer asks.
    geometry.targetsOf(daily!)
    expect(reads.get(b.a)).toBe(1)
  })

  it('follows a scrolled list without measuring its notes again', () => {
    const b = board()
    geometry = measureDropGeometry(b.root)
    geometry.targetsOf(geometry.areas()[1]!)
    b.scroll(30)
    const daily = geometry.areas()[1]!
    expect(geometry.targetsOf(daily)[0]?.box).toEqual({
      left: 220,
      top: 20,
      right: 320,
      bottom: 100,
    })
    expect(reads.get(b.a)).toBe(1)
    expect(reads.get(b.list)).toBe(2)
  })

  it('measures the notes again when a scroll rendered some at another height', () => {
    const b = board()
    geometry = measureDropGeometry(b.root)
    geometry.targetsOf(geometry.areas()[1]!)
    b.grow(40)
    b.scroll(30)
    const daily = geometry.areas()[1]!
    expect(geometry.targetsOf(daily)[0]?.box).toEqual({
      left: 220,
      top: 20,
      right: 320,
      bottom: 140,
    })
    expect(reads.get(b.a)).toBe(2)
  })

  it('stops listening when the drag is over', () => {
    const b = board()
    geometry = measureDropGeometry(b.root)
    geometry.areas()
    geometry.dispose()
    b.scroll(30)
    geometry.areas()
    expect(reads.get(b.list)).toBe(1)
  })
})
