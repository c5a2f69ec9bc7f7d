import { describe, expect, it } from 'vitest'
import { LEGACY_IMPORTED_MARK, liftLegacyImportedMark } from './importedMark'
import { docFromRecords, docRecords } from './workshopDoc'
import { parseWorkshopFile, serializeWorkshopFile } from '../files/workshopFile'
import { laptop } from '../testing/mergeTestKit'

describe('the 「（取り込み）」 mark of older app versions', () => {
  it('is lifted out of the text into the importedCopy flag', () => {
    const a = laptop('a', '2025-02-07T09:00:00.000Z')
    a.create(1)
    const id = a.addNote(`${LEGACY_IMPORTED_MARK}夜間・休日の相談先がわからない`)
    const old = a.note(id)!
    const lifted = liftLegacyImportedMark(old)
    expect(lifted.text).toBe('夜間・休日の相談先がわからない')
    expect(lifted.importedCopy).toBe(true)
    // a note without the mark is returned as it is
    const plain = a.note(a.addNote('看取りの場所を選べない'))!
    expect(liftLegacyImportedMark(plain)).toBe(plain)
  })

  it('is lifted when a version 4 file is read (import, second copy, backup)', () => {
    const a = laptop('a', '2025-02-07T09:00:00.000Z')
    a.create(1)
    const id = a.addNote(`${LEGACY_IMPORTED_MARK}退院後の服薬管理が難しい`)
    const v4 = JSON.parse(serializeWorkshopFile(a.doc(), '0.1.0', '2025-02-07T10:00:00.000Z')) as {
      formatVersion: number
    }
    v4.formatVersion = 4
    const parsed = parseWorkshopFile(JSON.stringify(v4), { strict: true })
    if (!parsed.ok) throw new Error(parsed.error)
    expect(parsed.readVersion).toBe(4)
    expect(parsed.doc.notes[id]?.text).toBe('退院後の服薬管理が難しい')
    expect(parsed.doc.notes[id]?.importedCopy).toBe(true)
  })

  it('is lifted when records are loaded into a doc (the database)', () => {
    const a = laptop('a', '2025-02-07T09:00:00.000Z')
    a.create(1)
    const id = a.addNote(`${LEGACY_IMPORTED_MARK}病院の敷居が高い`)
    const [workshop, ...records] = docRecords(a.doc())
    const doc = docFromRecords(workshop as never, records)
    expect(doc.notes[id]).toMatchObject({ text: '病院の敷居が高い', importedCopy: true })
  })
})
