import { describe, expect, it } from 'vitest'
import { matchByName, nameKey } from './nameMatching'
import type { SurveyAnswerView } from './surveyTypes'

const sheet = (
  id: string,
  phase: 'pre' | 'post',
  name: string,
  pairedWith: string | null = null,
): SurveyAnswerView => ({
  id,
  phase,
  name,
  position: 'coordinator',
  affiliation: '',
  answers: [],
  pairedWith,
})

const ids = (list: readonly SurveyAnswerView[]) => list.map((a) => a.id)

describe('nameKey', () => {
  it('forgives width, spaces and case', () => {
    expect(nameKey('山田　太郎')).toBe(nameKey('山田 太郎'))
    expect(nameKey(' 山田太郎 ')).toBe(nameKey('山田\t太郎'))
    expect(nameKey('ＳＡＴＯ　Ｈａｎａ')).toBe(nameKey('sato hana'))
    expect(nameKey('ﾔﾏﾀﾞ ﾀﾛｳ')).toBe(nameKey('ヤマダタロウ'))
    expect(nameKey('佐藤・花子')).toBe(nameKey('佐藤花子'))
  })

  it('joins the listed 旧字体 only', () => {
    expect(nameKey('髙橋 一郎')).toBe(nameKey('高橋一郎'))
    expect(nameKey('山﨑 花子')).toBe(nameKey('山崎花子'))
    expect(nameKey('渡邊 次郎')).toBe(nameKey('渡辺次郎'))
    expect(nameKey('齋藤 三郎')).toBe(nameKey('斎藤三郎'))
    // kana stay apart, and so do different kanji
    expect(nameKey('やまだ')).not.toBe(nameKey('ヤマダ'))
    expect(nameKey('佐藤')).not.toBe(nameKey('伊藤'))
  })
})

describe('matchByName', () => {
  it('pairs the same name and a name written another way, and says which', () => {
    const m = matchByName([
      sheet('a1', 'pre', '山田 太郎'),
      sheet('a2', 'pre', '髙橋一郎'),
      sheet('b1', 'post', '山田 太郎'),
      sheet('b2', 'post', '高橋　一郎'),
    ])
    expect(m.pairs.map((p) => [p.pre.id, p.post.id, p.kind])).toEqual([
      ['a1', 'b1', 'same'],
      ['a2', 'b2', 'normalised'],
    ])
    expect(m.unmatchedPre).toEqual([])
    expect(m.unmatchedPost).toEqual([])
  })

  it('lists missing post answers and post answers without a pre answer', () => {
    const m = matchByName([
      sheet('a1', 'pre', '山田太郎'),
      sheet('a2', 'pre', '佐藤花子'),
      sheet('b1', 'post', '山田太郎'),
      sheet('b3', 'post', '鈴木 次郎'),
    ])
    expect(m.pairs).toHaveLength(1)
    expect(ids(m.unmatchedPre)).toEqual(['a2'])
    expect(ids(m.unmatchedPost)).toEqual(['b3'])
  })

  it('never guesses between duplicates: all of them are listed, none paired', () => {
    const m = matchByName([
      sheet('a1', 'pre', '田中 一'),
      sheet('a2', 'pre', '田中一'),
      sheet('b1', 'post', '田中　一'),
      sheet('c1', 'pre', '林 誠'),
      sheet('d1', 'post', '林 誠'),
      sheet('d2', 'post', '林誠'),
    ])
    expect(m.pairs).toEqual([])
    expect(m.duplicates.map((d) => [d.key, ids(d.pre), ids(d.post)])).toEqual([
      ['田中一', ['a1', 'a2'], ['b1']],
      ['林誠', ['c1'], ['d1', 'd2']],
    ])
    expect(ids(m.unmatchedPre)).toEqual(['a1', 'a2', 'c1'])
    expect(ids(m.unmatchedPost)).toEqual(['b1', 'd1', 'd2'])
  })

  it('keeps a pair made by hand, and then matches the rest by name', () => {
    const m = matchByName([
      sheet('a1', 'pre', '田中 一'),
      sheet('a2', 'pre', '田中一'),
      sheet('b1', 'post', 'たなか はじめ', 'a2'),
      sheet('b2', 'post', '田中一'),
    ])
    expect(m.pairs.map((p) => [p.pre.id, p.post.id, p.kind])).toEqual([
      ['a2', 'b1', 'manual'],
      ['a1', 'b2', 'normalised'],
    ])
    expect(m.duplicates).toEqual([])
  })

  it('ignores a hand pair whose pre answer is gone, and blank names never pair', () => {
    const m = matchByName([
      sheet('b1', 'post', '山田太郎', 'gone'),
      sheet('a1', 'pre', ''),
      sheet('b2', 'post', ' '),
    ])
    expect(m.pairs).toEqual([])
    expect(ids(m.unmatchedPre)).toEqual(['a1'])
    expect(ids(m.unmatchedPost)).toEqual(['b1', 'b2'])
  })
})
