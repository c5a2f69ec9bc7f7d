import { describe, expect, it } from 'vitest'
import { csvRows } from './import/csvRows'
import { guessColumns, isRefusal, readRows, readSheet } from './import/rosterImport'
import { addParticipants, moveParticipant, rosterPeople } from './rosterOps'
import { rosterCsv, rosterCsvRows } from './rosterCsv'
import { docFixture } from './testing/docFixture'
import { rosterFixture } from './testing/rosterFixture'
import { addGroup, setRole } from '../ops/groupOps'

function seatedRoster() {
  const f = docFixture()
  f.apply(addParticipants(f.doc(), rosterFixture(), f.ctx))
  const group = f.apply(addGroup(f.doc(), f.ctx)).find((r) => r.type === 'group')
  if (!group) throw new Error('no group')
  const [first, second] = rosterPeople(f.doc())
  if (!first || !second) throw new Error('no people')
  f.apply(moveParticipant(f.doc(), first.id, group.id))
  f.apply(moveParticipant(f.doc(), second.id, group.id))
  f.apply(setRole(f.doc(), group.id, 'moderatorId', first.id))
  return { f, group, first, second }
}

describe('the roster CSV', () => {
  it('leaves the 連絡先 out unless asked, and says the table and role of who sits', () => {
    const { f, group, first, second } = seatedRoster()
    const [headings, ...rows] = rosterCsvRows(f.doc(), { withContact: false })
    expect(headings).not.toContain('連絡先')
    expect(rows).toHaveLength(78)
    expect(rows.flat().some((cell) => first.contact !== '' && cell === first.contact)).toBe(false)
    const name = headings?.indexOf('氏名') ?? -1
    const seat = headings?.indexOf('グループ') ?? -1
    const role = headings?.indexOf('役割') ?? -1
    const firstRow = rows.find((r) => r[name] === first.name)
    const secondRow = rows.find((r) => r[name] === second.name)
    expect(firstRow?.[seat]).toBe(group.name)
    expect(firstRow?.[role]).toBe('司会')
    expect(secondRow?.[role]).toBe('')
    // the same person as 司会 and 書記: both words
    f.apply(setRole(f.doc(), group.id, 'scribeId', first.id))
    const [, ...both] = rosterCsvRows(f.doc(), { withContact: false })
    expect(both.find((r) => r[name] === first.name)?.[role]).toBe('司会・書記')

    const [withHeadings, ...withRows] = rosterCsvRows(f.doc(), { withContact: true })
    const contact = withHeadings?.indexOf('連絡先') ?? -1
    expect(contact).toBeGreaterThan(0)
    expect(withRows.find((r) => r[name] === first.name)?.[contact]).toBe(first.contact)
  })

  it('reads back through 「名簿を読み込む」 into the same people', () => {
    const { f } = seatedRoster()
    const text = rosterCsv(f.doc(), { withContact: true })
    expect(text.startsWith('\uFEFF')).toBe(true)
    const sheet = readSheet(csvRows(text.slice(1)))
    if (isRefusal(sheet)) throw new Error(sheet.code)
    const columns = guessColumns(sheet.headings)
    const read = readRows(sheet, columns, [])
    expect(read.every((r) => r.problems.length === 0)).toBe(true)
    const before = rosterPeople(f.doc())
    expect(read.map((r) => r.person?.name)).toEqual(before.map((p) => p.name))
    expect(read.map((r) => r.person?.contact)).toEqual(before.map((p) => p.contact))
    expect(read.map((r) => r.person?.position)).toEqual(before.map((p) => p.position))
    expect(read.map((r) => r.person?.years)).toEqual(before.map((p) => p.years))
    expect(read.map((r) => r.person?.area)).toEqual(before.map((p) => p.area))
  })
})
