import type { DroppableContainer } from '@dnd-kit/core'
import { describe, expect, it } from 'vitest'
import {
  clipBox,
  createBoardCollision,
  spotAt,
  type AreaBox,
  type Box,
  type DropTarget,
  type PointerSpot,
} from './boardCollision'

const box = (left: number, top: number, width: number, height: number): Box => ({
  left,
  top,
  right: left + width,
  bottom: top + height,
})

const note = (noteId: string, b: Box, parentId: string | null = null): DropTarget => ({
  spot: { type: 'note', scene: 'admission', parentId, noteId },
  box: b,
})

/**
 * Two scenes one above the other, like 入退院支援 over 看取り: each 300 px high with a 40 px title
 * and a list from 40 to 240 px (a capture field below). 入退院支援's list holds more than it
 * shows: rows of two notes 110 px high at 50, 180, 310 and 440 px. The second row is cut by the
 * list's bottom edge (its hidden part lies over the capture field); the others below are
 * scrolled out of view, over 看取り.
 */
function board() {
  const admission: AreaBox = {
    scene: 'admission',
    box: box(0, 0, 400, 300),
    list: box(0, 40, 400, 200),
  }
  const endOfLife: AreaBox = {
    scene: 'endOfLife',
    box: box(0, 310, 400, 300),
    list: box(0, 350, 400, 200),
  }
  const rows = [50, 180, 310, 440]
  const targets = new Map<AreaBox, DropTarget[]>([
    [
      admission,
      rows.flatMap((top, row) => [
        note(`a${row}L`, box(10, top, 150, 110)),
        note(`a${row}R`, box(200, top, 150, 110)),
      ]),
    ],
    [endOfLife, []],
  ])
  const asked: AreaBox[] = []
  const at = (x: number, y: number) =>
    spotAt({ x, y }, [admission, endOfLife], (area) => {
      asked.push(area)
      return targets.get(area) ?? []
    })
  return { admission, endOfLife, targets, asked, at }
}

describe('spotAt', () => {
  it('a drop on the title of the scene below lands there, not on notes scrolled out above', () => {
    const { at, asked, endOfLife } = board()
    // a2L (y 310–420) lies, unclipped, right under the pointer.
    expect(at(80, 360)).toMatchObject({
      spot: { type: 'area', scene: 'endOfLife' },
      inList: true,
    })
    expect(at(80, 320)).toMatchObject({ spot: { type: 'area', scene: 'endOfLife' }, inList: false })
    // Only the area under the pointer is asked for its notes.
    expect(asked).toEqual([endOfLife])
  })

  it('notes scrolled out of view do not catch the pointer below the list (the capture field)', () => {
    const { at } = board()
    // a1L spans 180–290 but the list ends at 240: at 260 the pointer is on the capture field.
    expect(at(80, 260)).toMatchObject({ spot: { type: 'area', scene: 'admission' }, inList: false })
    // The visible part of a cut note still counts, in the gaps beside it too.
    expect(at(80, 235)).toMatchObject({ spot: { type: 'note', noteId: 'a1L' }, inList: true })
    expect(at(380, 235)?.spot).toMatchObject({ type: 'note', noteId: 'a1R' })
  })

  it('keeps the whole rect of the note for before/after', () => {
    const { at } = board()
    const hit = at(80, 235)
    expect(hit?.rect).toEqual(box(10, 180, 150, 110))
  })

  it('notes win over clusters; a cluster wins over the area', () => {
    const { at, admission, targets } = board()
    targets.set(admission, [
      { spot: { type: 'cluster', scene: 'admission', headingId: 'h' }, box: box(0, 40, 400, 120) },
      note('h', box(10, 50, 150, 80)),
      note('c', box(200, 50, 100, 80), 'h'),
    ])
    expect(at(80, 60)?.spot).toMatchObject({ type: 'note', noteId: 'h', parentId: null })
    expect(at(250, 60)?.spot).toMatchObject({ type: 'note', noteId: 'c', parentId: 'h' })
    expect(at(380, 150)?.spot).toEqual({ type: 'cluster', scene: 'admission', headingId: 'h' })
    expect(at(380, 200)?.spot).toEqual({ type: 'area', scene: 'admission' })
  })

  it('in a gap between notes the nearest note of the row counts, within reach', () => {
    const { at } = board()
    // Between a0L (right 160) and a0R (left 200): nearer to a0L.
    expect(at(170, 90)?.spot).toMatchObject({ type: 'note', noteId: 'a0L' })
    expect(at(195, 90)?.spot).toMatchObject({ type: 'note', noteId: 'a0R' })
    // Right of a0R (right 350) by 40 px: beyond reach, the area's end.
    expect(at(390, 90)).toMatchObject({ spot: { type: 'area', scene: 'admission' }, inList: true })
    // Between rows (160–180): no note of that row.
    expect(at(80, 170)?.spot).toEqual({ type: 'area', scene: 'admission' })
  })

  it('nothing outside the areas', () => {
    const { at } = board()
    expect(at(80, 305)).toBeNull()
    expect(at(500, 100)).toBeNull()
  })
})

describe('clipBox', () => {
  it('cuts a box to another, or gives null when they do not meet', () => {
    expect(clipBox(box(0, 0, 100, 100), box(50, 50, 100, 100))).toEqual(box(50, 50, 50, 50))
    expect(clipBox(box(0, 0, 10, 10), box(20, 20, 10, 10))).toBeNull()
  })
})

describe('createBoardCollision', () => {
  const container = (id: string) => ({ id }) as unknown as DroppableContainer
  const containers = ['area:admission', 'list:admission', 'area:endOfLife', 'list:endOfLife'].map(
    container,
  )
  const geometry = () => {
    const { admission, endOfLife, targets } = board()
    return { areas: () => [admission, endOfLife], targetsOf: (a: AreaBox) => targets.get(a) ?? [] }
  }
  const detect = (x: number, y: number, measured = geometry()) => {
    const last: { current: PointerSpot | null } = { current: null }
    const collision = createBoardCollision(last, { current: measured })
    const args = {
      pointerCoordinates: { x, y },
      droppableContainers: containers,
    } as unknown as Parameters<typeof collision>[0]
    return { hits: collision(args).map((c) => c.id), last: last.current }
  }

  it("reports the area's list as dnd-kit's over while on it, the area elsewhere", () => {
    expect(detect(80, 90)).toMatchObject({
      hits: ['list:admission'],
      last: { spot: { type: 'note', noteId: 'a0L' } },
    })
    expect(detect(80, 20)).toMatchObject({
      hits: ['area:admission'],
      last: { spot: { type: 'area', scene: 'admission' } },
    })
    expect(detect(80, 360)).toMatchObject({ hits: ['list:endOfLife'] })
    expect(detect(80, 305)).toEqual({ hits: [], last: null })
  })

  it('finds nothing before the board is measured', () => {
    const last: { current: PointerSpot | null } = { current: null }
    const collision = createBoardCollision(last, { current: null })
    const args = {
      pointerCoordinates: { x: 80, y: 90 },
      droppableContainers: containers,
    } as unknown as Parameters<typeof collision>[0]
    expect(collision(args)).toEqual([])
    expect(last.current).toBeNull()
  })
})
