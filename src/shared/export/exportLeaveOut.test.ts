import { describe, expect, it } from 'vitest'
import { workshopGroups } from '../ops/groupOps'
import { fakeContext } from '../testing/fakeContext'
import { ACTIVE_MEMBERS, buildQuietTablesFixture } from '../testing/quietTablesFixture'
import { deckPages } from './deckPages'
import { EMPTY_THEME_TEXT } from './exportLabels'
import { buildExportDeck } from './exportModel'
import type { Theme2WorksheetSlide } from './exportTypes'
import { deckSlides, stringsOf } from '../testing/exportTestHelpers'
import { WORKSHEET_QUESTIONS } from './worksheetExport'

/** Issue 17, point 9: the export of a day where only Ａグループ of 6 worked. */

const doc = buildQuietTablesFixture(fakeContext())
const names = workshopGroups(doc).map((g) => g.name)

describe('leaving out the groups with nothing in them', () => {
  it('by default (the plenary) every group and theme is there, an empty one as （記入なし）', () => {
    const deck = buildExportDeck(doc)
    expect(deck.sections).toHaveLength(18)
    expect(deckSlides(deck).filter((s) => s.kind === 'empty')).toHaveLength(15)
    expect(deck.leftOut).toEqual([])
    expect(deck.covers).toEqual([])
  })

  it('leaveOutEmpty: only Ａグループ, the other five listed as left out', () => {
    const deck = buildExportDeck(doc, { leaveOutEmpty: true })
    expect(new Set(deck.sections.map((s) => s.groupName))).toEqual(new Set([names[0]]))
    expect(deck.leftOut.map((g) => g.groupName)).toEqual(names.slice(1))
    expect(stringsOf(deck)).not.toContain(EMPTY_THEME_TEXT)
  })

  it('a group that filled in one theme keeps only that theme; its cover says the rest is empty', () => {
    const only1 = buildExportDeck(doc, { leaveOutEmpty: true, covers: true, themes: ['theme1'] })
    expect(only1.sections.map((s) => s.themeId)).toEqual(['theme1'])
    const cover = only1.covers[0]
    expect(cover?.themes.map((t) => [t.themeLabel, t.empty])).toEqual([['テーマ 1', false]])
  })

  it('a group with no pages at all in the chosen themes is left out even with members', () => {
    const deck = buildExportDeck(doc, { leaveOutEmpty: true, covers: true })
    expect(deck.covers.map((c) => c.groupName)).toEqual([names[0]])
    expect(deck.leftOut.map((g) => g.groupName)).toContain(names[1])
  })
})

describe('the group cover', () => {
  it('lists the members with 立場・所属 and marks 司会 and 書記', () => {
    const deck = buildExportDeck(doc, { leaveOutEmpty: true, covers: true })
    const cover = deck.covers[0]
    expect(cover?.members.map((m) => [m.name, m.position, m.affiliation, m.role])).toEqual([
      [ACTIVE_MEMBERS[0]?.name, '市町村担当者', ACTIVE_MEMBERS[0]?.affiliation, '司会'],
      [ACTIVE_MEMBERS[1]?.name, 'コーディネーター', ACTIVE_MEMBERS[1]?.affiliation, ''],
      [ACTIVE_MEMBERS[2]?.name, 'コーディネーター', ACTIVE_MEMBERS[2]?.affiliation, ''],
      [ACTIVE_MEMBERS[3]?.name, '市町村担当者', ACTIVE_MEMBERS[3]?.affiliation, '書記'],
    ])
    expect(cover?.moderator).toBe(ACTIVE_MEMBERS[0]?.name)
    expect(cover?.scribe).toBe(ACTIVE_MEMBERS[3]?.name)
  })

  it('comes first among its group’s pages', () => {
    const deck = buildExportDeck(doc, { leaveOutEmpty: true, covers: true })
    const pages = deckPages(deck)
    expect(pages[0]?.kind).toBe('cover')
    expect(pages.filter((p) => p.kind === 'cover')).toHaveLength(1)
    expect(pages.length).toBe(deckSlides(deck).length + 1)
  })
})

describe('the 問1-問5 worksheet page', () => {
  const deck = buildExportDeck(doc, { leaveOutEmpty: true, worksheets: true })
  const sheets = deckSlides(deck).filter(
    (s): s is Theme2WorksheetSlide => s.kind === 'theme2Worksheet',
  )

  it('one per topic, right after the topic’s pages, with the questions word for word', () => {
    expect(sheets).toHaveLength(2)
    const slides = deckSlides(deck).filter(
      (s) => 'topicId' in s && s.topicId === sheets[0]?.topicId,
    )
    expect(slides.map((s) => s.kind)).toEqual([
      ...slides.filter((s) => s.kind === 'theme2Topic').map(() => 'theme2Topic'),
      'theme2Worksheet',
      'theme2Grid',
    ])
    const sheet = sheets[0]
    expect(sheet?.parts.map((p) => p.number).slice(0, 5)).toEqual([
      '【問1】',
      '【問2】',
      '【問3】',
      '【問4】',
      '【問5】',
    ])
    // The one-line 地域課題 the group wrote follows the sheet.
    expect(sheet?.parts[5]?.rows[0]?.label).toBe('地域課題')
    expect(sheet?.parts.map((p) => p.question).slice(0, 5)).toEqual(
      Object.values(WORKSHEET_QUESTIONS),
    )
  })

  it('is filled with the group’s content: 原因1-4, the main cause, 対策 with 対象, 期待値 with 指標', () => {
    const sheet = sheets[1]
    const rows = Object.fromEntries(
      (sheet?.parts ?? []).flatMap((p) => p.rows.map((r) => [r.label, r.cells])),
    )
    expect(rows['テーマ']).toEqual(['看取り期の家族の不安が大きい'])
    expect(rows['★最も大きな原因']?.[0]).not.toBe('')
    expect(rows['対策1']?.[0]).toMatch(/^【採用】/)
    expect(rows['対策1']?.[1]).not.toBe('')
    expect(rows['期待値1']).toEqual(['退院当日にサービスが始められる', '退院調整率'])
    expect(Object.keys(rows)).toEqual(
      expect.arrayContaining(['原因1', '原因2', '原因3', '原因4', '対策3', '期待値3']),
    )
  })
})
