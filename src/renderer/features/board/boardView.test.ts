import { beforeEach, describe, expect, it } from 'vitest'
import { DENSITY_KEY, readDensity, useBoardView } from './boardView'

describe('boardView', () => {
  beforeEach(() => {
    localStorage.clear()
  })

  it('starts compact in a laptop-sized window until someone chooses', () => {
    expect(readDensity(null, 768)).toBe('compact')
    expect(readDensity(null, 900)).toBe('compact')
    expect(readDensity(null, 1080)).toBe('comfortable')
    expect(readDensity('comfortable', 768)).toBe('comfortable')
    expect(readDensity('compact', 1080)).toBe('compact')
    expect(readDensity('huge', 1080)).toBe('comfortable')
  })

  it('remembers the density and the folded 見出し of each board', () => {
    useBoardView.getState().setDensity('comfortable')
    expect(localStorage.getItem(DENSITY_KEY)).toBe('comfortable')

    useBoardView.getState().setCollapsed('b1', ['h1', 'h2'], true)
    useBoardView.getState().setCollapsed('b1', ['h2'], false)
    expect([...useBoardView.getState().collapsedOf('b1')]).toEqual(['h1'])
    expect([...useBoardView.getState().collapsedOf('b2')]).toEqual([])

    // Another window (or a reload) reads them back.
    useBoardView.setState({ collapsed: {} })
    expect([...useBoardView.getState().collapsedOf('b1')]).toEqual(['h1'])
    useBoardView.getState().setCollapsed('b1', ['h1'], false)
    useBoardView.setState({ collapsed: {} })
    expect(useBoardView.getState().collapsedOf('b1').size).toBe(0)
  })
})
