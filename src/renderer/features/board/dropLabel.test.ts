import { describe, expect, it } from 'vitest'
import { indexTheme1Board } from '../../../shared/board/theme1Layout'
import { theme1Fixture } from '../../../shared/testing/theme1Fixture'
import { en } from '../../i18n/messages.en'
import { ja } from '../../i18n/messages.ja'
import type { DropSpot } from './boardKeys'
import { dropWords } from './dropLabel'
import { planDrop } from './dropPlan'

function board() {
  const f = theme1Fixture()
  const a = f.add('病院の敷居が高い', ['daily'])
  const h = f.add('相談先が分からない', ['daily'], { kind: 'heading' })
  const c = f.add('地域包括支援センターを知らない', [], { parentId: h })
  const x = f.add('民生委員との連携がない', [])
  const other = f.add('情報共有のタイミング', ['admission'], { kind: 'heading' })
  const ix = () => indexTheme1Board(f.doc(), f.boardId)
  const words = (spot: DropSpot, relX: number, moving: string[], folded: string[] = []) =>
    dropWords(planDrop(ix(), spot, relX, moving), ix(), new Set(folded), ja, 'ja')
  return { a, h, c, x, other, words }
}

describe('dropWords', () => {
  it('says where a drop puts the notes, a folded 見出し with the place among its notes', () => {
    const { a, h, c, x, words } = board()
    const onHeading: DropSpot = { type: 'note', scene: 'daily', parentId: null, noteId: h }
    expect(words(onHeading, 0.5, [x]).text).toBe('見出し『相談先が分からない』の下に入れます')
    expect(words(onHeading, 0.5, [x], [h]).text).toBe(
      'たたんだ見出し『相談先が分からない』の下に入れます（2枚目）',
    )
    expect(words({ type: 'area', scene: 'daily' }, 0.5, [x]).text).toBe('日常療養の最後に置きます')
    expect(words({ type: 'area', scene: null }, 0.5, [a]).text).toBe(
      '未分類（トレイ）の最後に置きます',
    )
    expect(words({ type: 'note', scene: 'daily', parentId: null, noteId: a }, 0.2, [x]).text).toBe(
      '『病院の敷居が高い』の前に置きます',
    )
    expect(words({ type: 'note', scene: 'daily', parentId: h, noteId: c }, 0.8, [x]).text).toBe(
      '見出し『相談先が分からない』の下、『地域包括支援センターを知らない』の後ろに入れます',
    )
  })

  it('says why a 見出し goes beside a 見出し, and when nothing moves', () => {
    const { h, other, words } = board()
    const onHeading: DropSpot = { type: 'note', scene: 'daily', parentId: null, noteId: h }
    expect(words(onHeading, 0.7, [other])).toEqual({
      text: '『相談先が分からない』の後ろに置きます',
      reason: '見出しの下には、見出しは入れられません',
    })
    expect(words(onHeading, 0.5, [h])).toEqual({ text: 'ここに置いても動きません', reason: null })
  })

  it('has the same words in English', () => {
    const f = theme1Fixture()
    const h = f.add('Heading', ['daily'], { kind: 'heading' })
    const x = f.add('Note', [])
    const ix = indexTheme1Board(f.doc(), f.boardId)
    const spot: DropSpot = { type: 'note', scene: 'daily', parentId: null, noteId: h }
    expect(dropWords(planDrop(ix, spot, 0.5, [x]), ix, new Set(), en, 'en').text).toBe(
      'Under the heading “Heading”',
    )
  })
})
