import { describe, expect, it } from 'vitest'
import { dropBeforeId } from './canvasDropTarget'

const rect = (left: number, top: number) => ({ left, top, right: left + 100, bottom: top + 80 })
// Two rows: a b c / d
const notes = [
  { id: 'a', rect: rect(0, 0) },
  { id: 'b', rect: rect(110, 0) },
  { id: 'c', rect: rect(220, 0) },
  { id: 'd', rect: rect(0, 90) },
]

describe('dropBeforeId', () => {
  it('goes before the note whose left half the pointer is in, row by row', () => {
    expect(dropBeforeId(notes, { x: 20, y: 40 })).toBe('a')
    expect(dropBeforeId(notes, { x: 90, y: 40 })).toBe('b')
    expect(dropBeforeId(notes, { x: 300, y: 40 })).toBe('d')
    expect(dropBeforeId(notes, { x: 10, y: 120 })).toBe('d')
  })

  it('goes before the next row when above it, and to the end after the last note', () => {
    expect(dropBeforeId(notes, { x: 400, y: 85 })).toBe('d')
    expect(dropBeforeId(notes, { x: 80, y: 120 })).toBeNull()
    expect(dropBeforeId(notes, { x: 10, y: 400 })).toBeNull()
    expect(dropBeforeId([], { x: 0, y: 0 })).toBeNull()
  })
})
