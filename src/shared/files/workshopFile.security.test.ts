import { describe, expect, it } from 'vitest'
import { parseWorkshopFile, type WorkshopFileError } from './workshopFile'
import { fileJson, smallText, type FileJson } from './workshopFileTestKit'

/*
 * The door checks added after the security review (issue 15): what a file may not carry although
 * its JSON is well formed.
 */

const TEXT = smallText()

/** The small file with one change made to its JSON. */
function edited(change: (file: FileJson) => void): string {
  const file = fileJson(TEXT)
  change(file)
  return JSON.stringify(file)
}

function refusal(text: string): { error: WorkshopFileError | 'accepted'; detail: string } {
  const result = parseWorkshopFile(text)
  return result.ok ? { error: 'accepted', detail: '' } : result
}

/** The file with its workshop (and every record's workshopId) renamed to `id`. */
function withWorkshopId(id: string): string {
  return edited((f) => {
    f.workshop.id = id
    for (const r of f.records) r.workshopId = id
  })
}

describe('workshop ids that cannot be file names', () => {
  it.each(['CON', 'con', 'Nul', 'PRN', 'AUX', 'COM1', 'com9', 'LPT1', 'lpt0'])(
    'refuses a workshop with the id %s (a Windows device name) as invalid',
    (id) => {
      const { error, detail } = refusal(withWorkshopId(id))
      expect(error).toBe('invalid')
      expect(detail).toContain('Windows device name')
    },
  )

  it.each(['console', 'com10', 'null', 'CONS', 'nul-1'])('takes the id %s', (id) => {
    expect(refusal(withWorkshopId(id)).error).toBe('accepted')
  })
})
