import { describe, expect, it } from 'vitest'
import { LIMITS } from '../model/limits'
import { parsePastedList, PASTED_NOTES_MAX } from './pastedList'

describe('parsePastedList', () => {
  it('makes one note per line of a memo: CR LF, bullets, numbers and blank lines', () => {
    const memo = [
      '・家族が不安を抱えている',
      '',
      '● 夜間の訴えが強い',
      '- 救急車を呼んでしまう',
      '1. 受診を嫌がる',
      '（2）かかりつけ医がいない',
      '③　病院の敷居が高い',
      '4）退院時の情報が遅い',
      '　　',
      '24時間対応の訪問看護が少ない',
      '1.5倍の時間がかかる',
    ].join('\r\n')
    expect(parsePastedList(memo)).toEqual({
      lines: [
        '家族が不安を抱えている',
        '夜間の訴えが強い',
        '救急車を呼んでしまう',
        '受診を嫌がる',
        'かかりつけ医がいない',
        '病院の敷居が高い',
        '退院時の情報が遅い',
        '24時間対応の訪問看護が少ない',
        '1.5倍の時間がかかる',
      ],
      cut: 0,
    })
  })

  it('reads cells copied from Excel: a column, rows of several cells, quoted cells with line breaks', () => {
    const column = '家族が不安\r\n夜間の訴え\r\n\r\n救急車\r\n'
    expect(parsePastedList(column).lines).toEqual(['家族が不安', '夜間の訴え', '救急車'])

    const rows = '1\t家族が不安\t\r\n2\t\t夜間の訴え\r\n\t\t\r\n'
    expect(parsePastedList(rows).lines).toEqual(['1　家族が不安', '2　夜間の訴え'])

    const quoted = '"救急車を\n呼んでしまう"\r\n"「看取り」は""自宅""で"\r\n病院の敷居が高い'
    expect(parsePastedList(quoted).lines).toEqual([
      '救急車を\n呼んでしまう',
      '「看取り」は"自宅"で',
      '病院の敷居が高い',
    ])
    // A quote that does not close a cell is plain text.
    expect(parsePastedList('"引用"のつもり\n二行目').lines).toEqual(['"引用"のつもり', '二行目'])
  })

  it('keeps a single line as one entry, and empty text as none', () => {
    expect(parsePastedList('病院の敷居が高い').lines).toEqual(['病院の敷居が高い'])
    expect(parsePastedList('\r\n \n').lines).toEqual([])
  })

  it('caps the number of notes and the length of each', () => {
    const many = Array.from({ length: PASTED_NOTES_MAX + 5 }, (_, i) => `困りごと${i}`).join('\n')
    const parsed = parsePastedList(many)
    expect(parsed.lines).toHaveLength(PASTED_NOTES_MAX)
    expect(parsed.cut).toBe(5)
    const long = 'あ'.repeat(LIMITS.noteTextChars + 10)
    expect(parsePastedList(`${long}\n短い`).lines[0]).toHaveLength(LIMITS.noteTextChars)
  })
})
