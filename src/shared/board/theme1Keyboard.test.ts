import { describe, expect, it } from 'vitest'
import { HALF_DAY_TEMPLATE } from '../templates/workshopTemplates'
import { theme1Fixture, type Theme1Fixture } from '../testing/theme1Fixture'
import {
  announceMove,
  areaLabel,
  areaOrder,
  describePlace,
  neighbourTarget,
  noteExcerpt,
  TRAY_LABEL,
  type ArrowDirection,
} from './theme1Keyboard'
import { moveNotes } from './theme1Ops'

function board() {
  const f = theme1Fixture()
  f.add('T')
  for (const text of ['A', 'B', 'C']) f.add(text, ['daily'])
  const h = f.add('H', ['admission'], { kind: 'heading' })
  f.add('h1', [], { parentId: h })
  f.add('h2', [], { parentId: h })
  f.add('E', ['endOfLife'])
  return f
}

/** Presses an arrow key on a picked note: target, move, announcement. */
function press(f: Theme1Fixture, text: string, direction: ArrowDirection): string | null {
  const id = f.id(text)
  const target = neighbourTarget(f.layout(), id, direction)
  if (!target) return null
  f.apply(moveNotes(f.doc(), [id], target))
  return announceMove(f.layout(), id)
}

describe('neighbourTarget', () => {
  it('reorders with up and down, and stops at the ends', () => {
    const f = board()
    expect(press(f, 'B', 'up')).toBe('『B』を日常療養の1番目に移動しました')
    expect(f.shape().daily).toEqual(['B', 'A', 'C'])
    expect(press(f, 'B', 'up')).toBeNull()
    expect(press(f, 'B', 'down')).toBe('『B』を日常療養の2番目に移動しました')
    expect(press(f, 'B', 'down')).toBe('『B』を日常療養の3番目に移動しました')
    expect(f.shape().daily).toEqual(['A', 'C', 'B'])
    expect(press(f, 'B', 'down')).toBeNull()
  })

  it('moves between areas with left and right: tray, then the scenes in order', () => {
    const f = board()
    expect(press(f, 'T', 'left')).toBeNull()
    expect(press(f, 'T', 'right')).toBe('『T』を日常療養の4番目に移動しました')
    expect(press(f, 'T', 'right')).toBe('『T』を入退院支援の2番目に移動しました')
    expect(press(f, 'T', 'right')).toBe('『T』を急変時の対応の1番目に移動しました')
    expect(press(f, 'T', 'right')).toBe('『T』を看取りの2番目に移動しました')
    expect(press(f, 'T', 'right')).toBeNull()
    for (let i = 0; i < 4; i++) press(f, 'T', 'left')
    expect(f.shape().tray).toEqual(['T'])
    expect(announceMove(f.layout(), f.id('T'))).toBe('『T』を未分類（トレイ）の1番目に移動しました')
  })

  it('moves a 見出し with its children, and a gathered note inside or out of its 見出し', () => {
    const f = board()
    expect(press(f, 'H', 'left')).toBe('『H』を日常療養の4番目に移動しました')
    expect(f.shape().daily).toEqual(['A', 'B', 'C', 'H[h1,h2]'])
    expect(press(f, 'h2', 'up')).toBe('『h2』を日常療養の見出し『H』の1番目に移動しました')
    expect(f.shape().daily?.at(-1)).toBe('H[h2,h1]')
    expect(press(f, 'h2', 'up')).toBeNull()
    expect(press(f, 'h2', 'right')).toBe('『h2』を入退院支援の1番目に移動しました')
    expect(f.shape()).toMatchObject({ daily: ['A', 'B', 'C', 'H[h1]'], admission: ['h2'] })
  })

  it("follows the workshop's scenes when they are narrowed", () => {
    const f = theme1Fixture(HALF_DAY_TEMPLATE)
    const a = f.add('A', ['admission'])
    expect(areaOrder(f.layout())).toEqual([null, 'admission', 'endOfLife'])
    expect(neighbourTarget(f.layout(), a, 'right')).toEqual({
      scene: 'endOfLife',
      parentId: null,
      beforeId: null,
    })
    expect(neighbourTarget(f.layout(), a, 'left')).toMatchObject({ scene: null })
    expect(neighbourTarget(f.layout(), 'missing', 'up')).toBeNull()
  })
})

describe('announcements', () => {
  it('names areas with the poster labels and the tray as 未分類（トレイ）', () => {
    expect(areaLabel(null)).toBe(TRAY_LABEL)
    expect(TRAY_LABEL).toBe('未分類（トレイ）')
    expect(areaLabel('admission')).toBe('入退院支援')
    expect(areaLabel('daily')).toBe('日常療養')
  })

  it('quotes a short, one-line excerpt of the note', () => {
    expect(noteExcerpt('  入院した事を\n知らなかった ')).toBe('入院した事を 知らなかった')
    expect(noteExcerpt('あ'.repeat(25))).toBe(`${'あ'.repeat(20)}…`)
    expect(noteExcerpt('😀'.repeat(21))).toBe(`${'😀'.repeat(20)}…`)
    expect(noteExcerpt(' \n')).toBe('（空の付箋）')
  })

  it('describes where a note is, and nothing for a note not on the board', () => {
    const f = board()
    expect(describePlace(f.layout(), f.id('h1'))).toBe('入退院支援の見出し『H』の1番目')
    expect(describePlace(f.layout(), f.id('C'))).toBe('日常療養の3番目')
    expect(describePlace(f.layout(), 'missing')).toBeNull()
    expect(announceMove(f.layout(), 'missing')).toBeNull()
  })
})
