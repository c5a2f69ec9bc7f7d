import { describe, expect, it } from 'vitest'
import { parseWorkshopFile, serializeWorkshopFile } from '../files/workshopFile'
import { applyRecords } from '../model/workshopDoc'
import { workshopGroups } from '../ops/groupOps'
import { fakeContext } from '../testing/fakeContext'
import { docFixture } from '../roster/testing/docFixture'
import { addParticipants } from '../roster/rosterOps'
import { buildHandover, handoverCanvasIds, NO_MUNICIPALITY } from './handoverModel'
import { municipalityKey } from './municipalityKey'
import { buildHandoverFixture, TWO_GROUP_PERSON } from './testing/handoverFixture'

const fixture = () => buildHandover(buildHandoverFixture(fakeContext()))
const entry = (key: string) => {
  const found = fixture().municipalities.find((m) => m.key === key)
  if (!found) throw new Error(`no ${key}`)
  return found
}
const groupNames = (key: string) => entry(key).groups.map((g) => g.name)

describe('municipalityKey', () => {
  it('joins the same 市町村 typed with spaces, full-width or half-width', () => {
    for (const typed of ['前橋市', ' 前橋市 ', '前橋　市', '前橋\t市\n']) {
      expect(municipalityKey(typed)).toBe('前橋市')
    }
    expect(municipalityKey('ﾐﾄﾞﾘ市')).toBe('ミドリ市')
    expect(municipalityKey('Ａ町')).toBe('A町')
  })

  it('makes no other guess: 前橋 and 前橋市 stay apart', () => {
    expect(municipalityKey('前橋')).not.toBe(municipalityKey('前橋市'))
  })
})

describe('buildHandover', () => {
  it('lists each 市町村 once, in 圏域 order, the people without one last', () => {
    const handover = fixture()
    expect(handover.problem).toBeNull()
    expect(handover.municipalities.map((m) => m.label)).toEqual(['前橋市', '高崎市', '安中市', ''])
    expect(entry('前橋市').people).toHaveLength(6)
    expect(entry('前橋市').areas).toEqual(['中部圏域'])
    expect(entry('高崎市').areas).toEqual(['西部圏域'])
    expect(entry(NO_MUNICIPALITY).people.map((p) => p.name)).toEqual(['吾妻 直子'])
  })

  it('takes every group that includes someone from the 市町村, with its 伝達シート', () => {
    expect(groupNames('前橋市')).toEqual(['Ａグループ', 'Ｂグループ', 'Ｃグループ'])
    expect(groupNames('高崎市')).toEqual(['Ｃグループ'])
    expect(groupNames(NO_MUNICIPALITY)).toEqual(['Ｄグループ'])
    for (const group of entry('前橋市').groups) expect(group.canvasIds).toHaveLength(1)
    expect(handoverCanvasIds(entry('前橋市'))).toHaveLength(3)
  })

  it('a person in two groups is listed once, with both groups', () => {
    const doc = buildHandoverFixture(fakeContext())
    const names = new Map(workshopGroups(doc).map((g) => [g.id, g.name]))
    const people = entry('前橋市').people.filter((p) => p.name === TWO_GROUP_PERSON)
    expect(people).toHaveLength(1)
    expect(people[0]?.groupIds.map((id) => names.get(id))).toEqual(['Ａグループ', 'Ｃグループ'])
  })

  it('keeps a 市町村 whose people sit at no group, with no group and no sheet', () => {
    const annaka = entry('安中市')
    expect(annaka.people.map((p) => [p.name, p.kind, p.groupIds])).toEqual([
      ['碓氷 誠', 'observer', []],
    ])
    expect(annaka.groups).toEqual([])
    expect(handoverCanvasIds(annaka)).toEqual([])
  })

  it('never carries a 連絡先', () => {
    expect(JSON.stringify(fixture())).not.toMatch(/@example\.jp|027-123-4567/)
  })

  it('a group deleted or a canvas gone is not on the hand-over', () => {
    const doc = buildHandoverFixture(fakeContext())
    const b = workshopGroups(doc).find((g) => g.name === 'Ｂグループ')
    if (!b) throw new Error('no Ｂ')
    const after = applyRecords(doc, [{ ...b, deletedAt: '2025-02-07T08:00:00.000Z' }])
    const maebashi = buildHandover(after).municipalities.find((m) => m.key === '前橋市')
    expect(maebashi?.groups.map((g) => g.name)).toEqual(['Ａグループ', 'Ｃグループ'])
  })

  it('says why there is nothing: no one on the 名簿, or no one with a 市町村', () => {
    const empty = docFixture()
    expect(buildHandover(empty.doc())).toEqual({ municipalities: [], problem: 'noRoster' })
    empty.apply(
      addParticipants(empty.doc(), [{ name: '山田 花子' }, { name: '鈴木 一郎' }], empty.ctx),
    )
    const none = buildHandover(empty.doc())
    expect(none.problem).toBe('noMunicipality')
    expect(none.municipalities.map((m) => [m.key, m.people.length])).toEqual([[NO_MUNICIPALITY, 2]])
  })
})

describe('the fixture', () => {
  it('is a valid workshop file (the e2e seeds it)', () => {
    const doc = buildHandoverFixture(fakeContext())
    const parsed = parseWorkshopFile(serializeWorkshopFile(doc, 'test', '2025-02-07T09:00:00.000Z'))
    expect(parsed.ok).toBe(true)
  })
})
