import { describe, expect, it } from 'vitest'
import { errorText } from '../errors/errorText'
import { guessColumns, itemShortLabel, positionOf, readSurveySheet } from './surveyImport'
import { trial1Items } from './testing/trial1Fixture'

const items = trial1Items()

describe('guessColumns', () => {
  it('recognises name, 立場, 所属 and items by number or by their words', () => {
    const header = [
      '氏名',
      '立場',
      '所属',
      'Ⅰ-1',
      'I.2',
      '3. 受け付けた相談への対応結果から、地域共通の課題や',
      'Ⅱ－１',
      '今回の研修への感想や気づき',
      'メモ',
    ]
    expect(guessColumns(header, items)).toEqual([
      { kind: 'name' },
      { kind: 'position' },
      { kind: 'affiliation' },
      { kind: 'item', itemId: 'item-1' },
      { kind: 'item', itemId: 'item-2' },
      { kind: 'item', itemId: 'item-3' },
      { kind: 'item', itemId: 'item-7' },
      { kind: 'item', itemId: 'item-10' },
      { kind: 'ignore' },
    ])
  })

  it('gives each item to one column only', () => {
    expect(guessColumns(['お名前', 'Ⅰ-1', 'Ⅰ-1'], items).map((c) => c.kind)).toEqual([
      'name',
      'item',
      'ignore',
    ])
  })
})

describe('readSurveySheet', () => {
  const header = ['氏名', '立場', '所属', 'Ⅰ-1', 'Ⅱ-1', '感想']
  const columns = guessColumns(header, items).map((c, k) =>
    k === 5 ? { kind: 'item' as const, itemId: 'item-10' } : c,
  )

  it('reads good rows and refuses bad ones with their row and column', () => {
    const sheet = readSurveySheet(
      [
        header,
        ['山田 太郎', 'コーディネーター', 'A市', 'ｂ', 'a', '学びが多かった'],
        ['', '市町村担当者', 'B市', 'a', 'a', ''],
        ['佐藤花子', '市町村', 'B市', 'f', 'a', ''],
        ['', '', '', '', '', ''],
        ['鈴木 次郎', '', '', '', 'e', ''],
        ['田中一', '行政職員', '', 'c', '', ''],
      ],
      columns,
      items,
      'pre',
    )
    expect(sheet.sheetError).toBeNull()
    expect(sheet.answers).toEqual([
      {
        row: 2,
        phase: 'pre',
        name: '山田 太郎',
        position: 'coordinator',
        affiliation: 'A市',
        answers: [
          { itemId: 'item-1', value: 'b' },
          { itemId: 'item-7', value: 'a' },
          { itemId: 'item-10', value: '学びが多かった' },
        ],
      },
      {
        row: 7,
        phase: 'pre',
        name: '田中一',
        position: 'municipal',
        affiliation: '',
        answers: [{ itemId: 'item-1', value: 'c' }],
      },
    ])
    expect(sheet.refused.map((r) => errorText(r.error, 'ja'))).toEqual([
      '3行目：氏名が空欄のため取り込みません。',
      '4行目：「Ⅰ-1」の回答「f」は選択肢（a・b・c・d・e）にないため、この行は取り込みません。',
      '6行目：「Ⅱ-1」の回答「e」は選択肢（a・b・c・d）にないため、この行は取り込みません。',
    ])
  })

  it('refuses a sheet without a name column as a whole', () => {
    const sheet = readSurveySheet(
      [
        ['立場', 'Ⅰ-1'],
        ['市町村', 'a'],
      ],
      guessColumns(['立場', 'Ⅰ-1'], items),
      items,
      'post',
    )
    expect(sheet.answers).toEqual([])
    expect(sheet.sheetError && errorText(sheet.sheetError, 'ja')).toContain(
      '氏名の列が見つかりません',
    )
  })

  it('reads 立場 as written and labels items as sheets do', () => {
    expect(['コーディネーター', 'ｺｰﾃﾞｨﾈｰﾀｰ', '市町村職員', '', '医師会'].map(positionOf)).toEqual([
      'coordinator',
      'coordinator',
      'municipal',
      'other',
      'other',
    ])
    expect(items.map((i) => itemShortLabel(i, items))).toEqual([
      'Ⅰ-1',
      'Ⅰ-2',
      'Ⅰ-3',
      'Ⅰ-4',
      'Ⅰ-5',
      'Ⅰ-6',
      'Ⅱ-1',
      'Ⅱ-2',
      'Ⅱ-3',
      '自由記述1',
      '自由記述2',
    ])
  })
})
