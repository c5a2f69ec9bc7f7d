import { describe, expect, it } from 'vitest'
import { indexTheme1Board } from '../../../shared/board/theme1Layout'
import { moveNotes } from '../../../shared/board/theme1Ops'
import { theme1Fixture } from '../../../shared/testing/theme1Fixture'
import type { DropSpot } from './boardKeys'
import { planDrop } from './dropPlan'

function board() {
  const f = theme1Fixture()
  const a = f.add('Ａ', ['daily'])
  const b = f.add('Ｂ', ['daily'])
  const h = f.add('見出し', ['daily'], { kind: 'heading' })
  const x = f.add('Ｘ', [])
  const ix = () => indexTheme1Board(f.doc(), f.boardId)
  const drop = (spot: DropSpot, relX: number, moving: string[]) => {
    const plan = planDrop(ix(), spot, relX, moving)
    if (plan) f.apply(moveNotes(f.doc(), moving, plan.target))
    return plan
  }
  return { f, a, b, h, x, drop }
}

describe('planDrop', () => {
  it('left half of a note: before it; right half: after it', () => {
    const { f, a, b, x, drop } = board()
    expect(
      drop({ type: 'note', scene: 'daily', parentId: null, noteId: a }, 0.2, [x])?.hint.mode,
    ).toBe('before')
    expect(f.shape().daily).toEqual(['Ｘ', 'Ａ', 'Ｂ', '見出し'])
    expect(
      drop({ type: 'note', scene: 'daily', parentId: null, noteId: a }, 0.8, [x])?.hint.mode,
    ).toBe('after')
    expect(f.shape().daily).toEqual(['Ａ', 'Ｘ', 'Ｂ', '見出し'])
    drop({ type: 'note', scene: 'daily', parentId: null, noteId: b }, 0.9, [a])
    expect(f.shape().daily).toEqual(['Ｘ', 'Ｂ', 'Ａ', '見出し'])
  })

  it('anywhere on a 見出し: gathers under it; its cluster too; beside it: before or after', () => {
    const { f, a, b, h, x, drop } = board()
    const onHeading: DropSpot = { type: 'note', scene: 'daily', parentId: null, noteId: h }
    expect(drop(onHeading, 0.6, [a])?.hint.mode).toBe('into')
    expect(f.shape().daily).toEqual(['Ｂ', '見出し[Ａ]'])
    // Its left edge too (it used to mean "before it": drops aimed at a 見出し landed beside it).
    expect(drop(onHeading, 0.05, [x])?.hint.mode).toBe('into')
    expect(f.shape().daily).toEqual(['Ｂ', '見出し[Ａ,Ｘ]'])
    // In the gap left of it (the pointer beside the note, relX < 0): before it.
    expect(drop(onHeading, -0.1, [x])?.hint.mode).toBe('before')
    expect(f.shape().daily).toEqual(['Ｂ', 'Ｘ', '見出し[Ａ]'])
    drop(onHeading, 0.5, [x])
    expect(f.shape().daily).toEqual(['Ｂ', '見出し[Ａ,Ｘ]'])
    expect(drop({ type: 'cluster', scene: 'daily', headingId: h }, 0.5, [b])?.hint.mode).toBe(
      'into',
    )
    expect(f.shape().daily).toEqual(['見出し[Ａ,Ｘ,Ｂ]'])
    // Among the gathered notes: before/after, still under the 見出し.
    drop({ type: 'note', scene: 'daily', parentId: h, noteId: a }, 0.1, [b])
    expect(f.shape().daily).toEqual(['見出し[Ｂ,Ａ,Ｘ]'])
  })

  it('a 見出し dropped on a 見出し goes before or after it, never into it, and says why', () => {
    const { f, h, drop } = board()
    const other = f.add('別の見出し', ['admission'], { kind: 'heading' })
    const onHeading: DropSpot = { type: 'note', scene: 'daily', parentId: null, noteId: h }
    const plan = drop(onHeading, 0.6, [other])
    expect(plan?.hint.mode).toBe('after')
    expect(plan?.refused).toBe('headingInHeading')
    expect(f.shape().daily).toEqual(['Ａ', 'Ｂ', '見出し', '別の見出し'])
    expect(drop(onHeading, 0.3, [other])?.hint.mode).toBe('before')
    expect(f.shape().daily).toEqual(['Ａ', 'Ｂ', '別の見出し', '見出し'])
  })

  it('on free space: the end of the area; onto a moving note: nothing', () => {
    const { f, a, x, drop } = board()
    expect(drop({ type: 'area', scene: 'emergency' }, 0.5, [a, x])?.hint).toEqual({
      key: 'area:emergency',
      mode: 'end',
    })
    // In reading order: the tray's Ｘ before 日常療養's Ａ.
    expect(f.shape().emergency).toEqual(['Ｘ', 'Ａ'])
    expect(
      drop({ type: 'note', scene: 'emergency', parentId: null, noteId: a }, 0.5, [a]),
    ).toBeNull()
  })
})
