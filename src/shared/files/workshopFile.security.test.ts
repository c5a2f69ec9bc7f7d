import { describe, expect, it } from 'vitest'
import { errorText } from '../errors/errorText'
import { LIMITS } from '../model/limits'
import { hasXmlForbiddenChars } from '../text/xmlSafeText'
import { parseWorkshopFile, type WorkshopFileError } from './workshopFile'
import { fileJson, recordOf, smallText, type FileJson } from '../testing/workshopFileTestKit'

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

/** The small file with `count` more copies of its first record of `type` (new ids). */
function withCopies(
  type: string,
  count: number,
  change: (r: Record<string, unknown>) => void = () => undefined,
): string {
  return edited((f) => {
    const original = recordOf(f, type)
    for (let i = 0; i < count; i++) {
      const copy = {
        ...structuredClone(original),
        id: `${type}-copy-${String(i)}`,
        deletedAt: null,
      }
      change(copy)
      f.records.push(copy)
    }
  })
}

describe('a file from elsewhere keeps the editing limits (strict: imports)', () => {
  const strict = (text: string) => {
    const result = parseWorkshopFile(text, { strict: true })
    return result.ok ? { error: 'accepted', detail: '' } : result
  }

  it('refuses more groups than the app allows as overLimit, at once; the app’s own copies still read', () => {
    const many = withCopies('group', LIMITS.groupsPerWorkshop)
    const started = performance.now()
    const { error, detail } = strict(many)
    expect(error).toBe('overLimit')
    expect(detail).toMatch(/^groups: 41 > 40/)
    expect(refusal(many).error).toBe('accepted')
    const huge = withCopies('group', 2000)
    expect(strict(huge).error).toBe('overLimit')
    expect(performance.now() - started).toBeLessThan(5000)
    // Deleted groups do not count.
    const tombstones = withCopies('group', 100, (g) => (g.deletedAt = g.updatedAt))
    expect(strict(tombstones).error).toBe('accepted')
  })

  it.each([
    ['timetableRow', LIMITS.timetableRows, /^timetable rows/],
    ['cause', LIMITS.causesPerTopic, /^causes per topic/],
    ['topic', LIMITS.topicsPerBoard, /^topics per board/],
    ['canvasQa', LIMITS.qasPerCanvas, /^questions per canvas/],
  ] as const)('refuses more %s records than the limit (%i)', (type, max, detail) => {
    const result = strict(withCopies(type, max))
    expect(result.error).toBe('overLimit')
    expect(result.detail).toMatch(detail)
  })

  it('refuses impossible and far-future dates, which the app’s own copies still read', () => {
    const cases = [
      edited((f) => (f.workshop.date = '2026-02-30')),
      edited((f) => (f.workshop.date = '2101-01-01')),
      edited((f) => (f.workshop.createdAt = '+275760-09-13T00:00:00.000Z')),
      edited((f) => (recordOf(f, 'note').updatedAt = '9999-12-31T00:00:00.000Z')),
      edited((f) => (recordOf(f, 'note').deletedAt = '2200-01-01T00:00:00.000Z')),
    ]
    for (const text of cases) {
      const result = strict(text)
      expect(result.error).toBe('invalid')
      expect(result.detail).toMatch(/plausible/)
      expect(refusal(text).error).toBe('accepted')
    }
    expect(strict(edited((f) => (f.workshop.date = '2028-02-29'))).error).toBe('accepted')
    expect(strict(edited((f) => (f.workshop.date = ''))).error).toBe('accepted')
    expect(strict(edited((f) => (f.workshop.createdAt = '1970-01-01T00:00:00.000Z'))).error).toBe(
      'accepted',
    )
  })

  it('the Japanese message says the file holds too much', () => {
    expect(errorText({ code: 'file.overLimit' }, 'ja')).toContain('上限を超えています')
    expect(errorText({ code: 'file.overLimit' }, 'en')).toContain('more than')
  })
})
