import { describe, expect, it } from 'vitest'
import { LIMITS } from '../model/limits'
import { applyRecords, docRecords } from '../model/workshopDoc'
import { removeRow, timetableRows } from '../ops/timetableOps'
import { createSampleWorkshop } from '../templates/sampleWorkshop'
import { fakeContext } from '../testing/fakeContext'
import {
  parseWorkshopFile,
  serializeWorkshopFile,
  WORKSHOP_FILE_ERROR_MESSAGES,
  WORKSHOP_FILE_FORMAT,
  WORKSHOP_FILE_VERSION,
  type WorkshopFileError,
} from './workshopFile'

const SAVED_AT = '2025-02-07T05:00:00.000Z'

function sampleText() {
  const ctx = fakeContext()
  let doc = createSampleWorkshop(ctx)
  // A tombstone must survive the round trip too.
  doc = applyRecords(doc, removeRow(doc, timetableRows(doc)[0]!.id, ctx))
  return { doc, text: serializeWorkshopFile(doc, '0.1.0', SAVED_AT) }
}

function envelope(): Record<string, unknown> {
  return JSON.parse(sampleText().text) as Record<string, unknown>
}

function expectError(text: string, error: WorkshopFileError) {
  const result = parseWorkshopFile(text)
  expect(result.ok).toBe(false)
  if (!result.ok) {
    expect(result.error).toBe(error)
    expect(result.detail.length).toBeGreaterThan(0)
  }
}

describe('workshop file', () => {
  it('round-trips a workshop, tombstones included', () => {
    const { doc, text } = sampleText()
    const result = parseWorkshopFile(text)
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.doc).toEqual(doc)
    expect(result.file).toMatchObject({
      format: WORKSHOP_FILE_FORMAT,
      formatVersion: WORKSHOP_FILE_VERSION,
      appVersion: '0.1.0',
      savedAt: SAVED_AT,
    })
    expect(result.file.records).toHaveLength(docRecords(doc).length - 1)
    expect(Object.values(result.doc.rows).some((r) => r.deletedAt !== null)).toBe(true)
  })

  it('notJson: damaged or truncated text', () => {
    const { text } = sampleText()
    expectError(text.slice(0, Math.floor(text.length / 2)), 'notJson')
    expectError('', 'notJson')
    expectError('{"format": ', 'notJson')
  })

  it('notTaneboard: valid JSON that is not a workshop file', () => {
    expectError('[]', 'notTaneboard')
    expectError('null', 'notTaneboard')
    expectError('"text"', 'notTaneboard')
    expectError(JSON.stringify({ hello: 'world' }), 'notTaneboard')
    expectError(JSON.stringify({ ...envelope(), format: 'other-app' }), 'notTaneboard')
    expectError(JSON.stringify({ ...envelope(), formatVersion: '1' }), 'notTaneboard')
  })

  it('tooNew: a file from a newer app', () => {
    expectError(
      JSON.stringify({ ...envelope(), formatVersion: WORKSHOP_FILE_VERSION + 1 }),
      'tooNew',
    )
  })

  it('invalid: records that break the schema, with the path in the detail', () => {
    const file = envelope()
    const records = file.records as Record<string, unknown>[]
    const note = records.find((r) => r.type === 'note')!
    note.color = 'magenta'
    const result = parseWorkshopFile(JSON.stringify(file))
    expect(result.ok).toBe(false)
    if (!result.ok) {
      expect(result.error).toBe('invalid')
      expect(result.detail).toContain('records')
    }
    expectError(JSON.stringify({ ...envelope(), workshop: { type: 'workshop' } }), 'invalid')
    expectError(JSON.stringify({ ...envelope(), formatVersion: 0 }), 'invalid')
    expectError(JSON.stringify({ ...envelope(), extra: true }), 'invalid')
  })

  it('invalid: a record that belongs to another workshop', () => {
    const file = envelope()
    const records = file.records as Record<string, unknown>[]
    records[0] = { ...records[0], workshopId: 'someone-else' }
    const result = parseWorkshopFile(JSON.stringify(file))
    expect(result.ok).toBe(false)
    if (!result.ok) {
      expect(result.error).toBe('invalid')
      expect(result.detail).toContain('another workshop')
    }
  })

  it('tooLarge: refuses before parsing', () => {
    expectError(' '.repeat(LIMITS.snapshotBytes + 1), 'tooLarge')
  })

  it('has a Japanese and an English message for every error', () => {
    for (const message of Object.values(WORKSHOP_FILE_ERROR_MESSAGES)) {
      expect(message.ja.length).toBeGreaterThan(0)
      expect(message.en.length).toBeGreaterThan(0)
    }
  })
})
