import { describe, expect, it } from 'vitest'
import { hasXmlForbiddenChars } from '../text/xmlSafeText'
import { parseWorkshopFile, type WorkshopFileError } from './workshopFile'
import { fileJson, recordOf, smallText, type FileJson } from './workshopFileTestKit'

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

describe('characters XML 1.0 forbids are dropped at the door', () => {
  const FORBIDDEN = '\u0000\u0001\u0008\u000B\u000C\u001F\uFFFE\uFFFF\uDC00'

  it('from every text (escaped or raw), keeping TAB, LF, CR, emoji and the rest', () => {
    const text = edited((f) => {
      recordOf(f, 'note').text = `夜間${FORBIDDEN}の相談\t先\r\n😀`
      f.workshop.title = `研修${FORBIDDEN}会`
      const group = recordOf(f, 'group')
      group.name = `Ａ\uD800グループ`
    })
    expect(text).toMatch(/\\u0000|\\b|\\f/)
    const result = parseWorkshopFile(text)
    if (!result.ok) throw new Error(result.detail)
    expect(result.doc.workshop.title).toBe('研修会')
    const notes = Object.values(result.doc.notes).map((n) => n.text)
    expect(notes).toContain('夜間の相談\t先\r\n😀')
    expect(Object.values(result.doc.groups).map((g) => g.name)).toContain('Ａグループ')
    expect(hasXmlForbiddenChars(JSON.stringify(result.file))).toBe(false)
  })

  it('but an id holding one is refused, not changed into another id', () => {
    const { error, detail } = refusal(edited((f) => (recordOf(f, 'note').id = 'note\u0000-1')))
    expect(error).toBe('invalid')
    expect(detail).toContain('id')
  })
})
