import { describe, expect, it } from 'vitest'
import { applyRecords } from '../model/workshopDoc'
import { createSampleWorkshop } from '../templates/sampleWorkshop'
import { fakeContext } from '../testing/fakeContext'
import { buildNameCards, NAME_CARDS_PER_PAGE, pagesOf } from './nameCards'
import { buildTableSheets } from './tableSheet'

const sample = () => createSampleWorkshop(fakeContext())

describe('table sheets (グループ用の資料)', () => {
  it('gives each group its members with 司会・書記 marked, the day and the three cards', () => {
    const sheets = buildTableSheets(sample())
    expect(sheets.title).toBe('サンプル研修会')
    expect(sheets.sheets.map((s) => s.groupName)).toEqual([
      'Ａグループ',
      'Ｂグループ',
      'Ｃグループ',
    ])
    const [a, b] = sheets.sheets
    expect(a?.members).toHaveLength(6)
    // Ａ: 山田 花子 is both 司会 and 書記; Ｂ: 中村 修 司会, 小林 直子 書記.
    expect(a?.members[0]).toMatchObject({ name: '山田 花子', roles: ['moderator', 'scribe'] })
    expect(a?.members.slice(1).every((m) => m.roles.length === 0)).toBe(true)
    expect(b?.members[0]).toMatchObject({ name: '中村 修', roles: ['moderator'] })
    expect(b?.members[1]).toMatchObject({ name: '小林 直子', roles: ['scribe'] })
    expect(sheets.themes.map((t) => t.label)).toEqual(['テーマ 1', 'テーマ 2', 'テーマ 3'])
    expect(sheets.themes.every((t) => t.questions.length > 0)).toBe(true)
    // The day's rows with their times; the group-work rows name their theme.
    expect(sheets.rows[0]?.start).toBe(sample().workshop.dayStart)
    expect(sheets.rows.filter((r) => r.themeId !== null).map((r) => r.themeId)).toEqual([
      'theme1',
      'theme2',
      'theme3',
    ])
  })

  it('leaves out deleted groups', () => {
    const doc = sample()
    const [, b] = buildTableSheets(doc).sheets
    const group = doc.groups[b!.groupId]!
    const without = applyRecords(doc, [{ ...group, deletedAt: '2026-12-07T00:00:00.000Z' }])
    expect(buildTableSheets(without).sheets.map((s) => s.groupName)).toEqual([
      'Ａグループ',
      'Ｃグループ',
    ])
  })
})

describe('name cards (名札)', () => {
  it('makes one card per named member, group by group, eight to an A4 page', () => {
    const doc = sample()
    const cards = buildNameCards(doc)
    const members = Object.values(doc.groups).reduce((n, g) => n + g.members.length, 0)
    expect(cards).toHaveLength(members)
    expect(cards[0]).toMatchObject({
      name: '山田 花子',
      affiliation: '○○市 高齢福祉課',
      groupName: 'Ａグループ',
    })
    const pages = pagesOf(cards, NAME_CARDS_PER_PAGE)
    expect(pages.length).toBe(Math.ceil(members / 8))
    expect(pages.flat()).toEqual(cards)
    expect(pagesOf([], 8)).toEqual([])
  })

  it('skips a member with no name yet', () => {
    const doc = sample()
    const group = Object.values(doc.groups)[0]!
    const blank = { ...group.members[0]!, id: 'blank-member', name: '  ' }
    const withBlank = applyRecords(doc, [{ ...group, members: [...group.members, blank] }])
    expect(buildNameCards(withBlank).some((c) => c.id === 'blank-member')).toBe(false)
  })
})
