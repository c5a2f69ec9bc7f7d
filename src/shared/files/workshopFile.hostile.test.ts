import { describe, expect, it, vi } from 'vitest'
import { errorText } from '../errors/errorText'
import { LIMITS, MAX_WORKSHOP_RECORDS } from '../model/limits'
import { MAX_REV } from '../model/schemas'
import {
  parseWorkshopFile,
  WORKSHOP_FILE_FORMAT,
  WORKSHOP_FILE_VERSION,
  type ParseResult,
  type WorkshopFileError,
} from './workshopFile'
import { MAX_JSON_DEPTH, nestsDeeperThan, RESERVED_IDS } from './workshopFileChecks'
import {
  acceptanceProblem,
  fileJson,
  polluted,
  prototypeSnapshot,
  recordOf,
  rejectionProblem,
  setOwn,
  smallDoc,
  smallText,
  type FileJson,
} from '../testing/workshopFileTestKit'

/*
 * Untrusted files: truncated, corrupt, of another type, from a newer app or built to hurt.
 * Each is refused with a known error (and so a Japanese message) or read as plain data.
 */

const TEXT = smallText()
const PROTOTYPES = prototypeSnapshot()

function expectError(text: string, error: WorkshopFileError): string {
  const result = parseWorkshopFile(text)
  expect(result.ok ? 'accepted' : result.error).toBe(error)
  expect(rejectionProblem(result)).toBeNull()
  expect(polluted()).toBe(false)
  expect(prototypeSnapshot()).toBe(PROTOTYPES)
  return result.ok ? '' : result.detail
}

function expectAccepted(text: string): Extract<ParseResult, { ok: true }> {
  const result = parseWorkshopFile(text)
  if (!result.ok) throw new Error(`refused: ${result.error} ${result.detail}`)
  expect(acceptanceProblem(result)).toBeNull()
  expect(polluted()).toBe(false)
  return result
}

/** The small file with one change made to its JSON. */
function edited(change: (file: FileJson) => void): string {
  const file = fileJson(TEXT)
  change(file)
  return JSON.stringify(file)
}

/** Milliseconds `run` takes. */
function timed(run: () => void): number {
  const start = performance.now()
  run()
  return performance.now() - start
}

describe('hostile workshop files: damaged or not ours', () => {
  it('a valid file cut at any byte is refused as notJson (never half-read)', () => {
    const bytes = new TextEncoder().encode(TEXT)
    const decoder = new TextDecoder()
    const offsets = new Set<number>()
    for (let i = 0; i < 300; i++) offsets.add(i) // the envelope
    for (let i = bytes.length - 300; i < bytes.length; i++) offsets.add(i) // the last records
    for (let i = 0; i < bytes.length; i += 97) offsets.add(i) // everywhere, mid-character too
    for (const offset of offsets) {
      const cut = decoder.decode(bytes.slice(0, offset))
      expect(parseWorkshopFile(cut), `cut at byte ${offset}`).toMatchObject({ error: 'notJson' })
    }
    expect(offsets.size).toBeGreaterThan(700)
    expectAccepted(decoder.decode(bytes))
  })

  it('other kinds of files: PNG, PDF, ZIP (pptx), CSV, HTML, UTF-16, empty', () => {
    const decode = (bytes: number[]) => new TextDecoder().decode(new Uint8Array(bytes))
    const png = decode([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 73, 72, 68, 82,
    ])
    expectError(png, 'notJson')
    expectError('%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n%%EOF\n', 'notJson')
    expectError(decode([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0, 8, 0]), 'notJson')
    expectError('\uFEFF付箋,シーン,グループ\r\n"退院が急",入退院支援,Ａ\r\n', 'notJson')
    expectError('<!doctype html><html><script>alert(1)</script></html>', 'notJson')
    const utf16 = new Uint8Array(TEXT.length * 2)
    for (let i = 0; i < TEXT.length; i++) utf16[i * 2] = TEXT.charCodeAt(i) & 0xff
    expectError(new TextDecoder().decode(utf16), 'notJson')
    expectError('', 'notJson')
    expectError('   \n', 'notJson')
    expectError('\uFEFF', 'notJson')
  })

  it('JSON that is not a workshop file: null, [], a number, a string, other objects', () => {
    for (const text of ['null', '[]', '42', '-1e999', 'true', '"taneboard-workshop"', '{}']) {
      expectError(text, 'notTaneboard')
    }
    expectError(JSON.stringify([fileJson(TEXT)]), 'notTaneboard')
    expectError(
      edited((f) => (f.format = 'Taneboard-Workshop')),
      'notTaneboard',
    )
    expectError(
      edited((f) => (f.format = null)),
      'notTaneboard',
    )
  })

  it('a UTF-8 BOM at the start is dropped (Notepad writes one); a second one is not', () => {
    const result = expectAccepted(`\uFEFF${TEXT}`)
    expect(result.doc).toEqual(expectAccepted(TEXT).doc)
    expectError(`\uFEFF\uFEFF${TEXT}`, 'notJson')
    expectError(`${TEXT}\uFEFF`, 'notJson')
    expectAccepted(` \n${TEXT}\r\n`)
  })

  const CURRENT_VERSION = `"formatVersion":${String(WORKSHOP_FILE_VERSION)}`

  it('formatVersion: newer whole numbers are tooNew, other numbers invalid, non-numbers not ours', () => {
    for (const version of [WORKSHOP_FILE_VERSION + 1, 99, Number.MAX_SAFE_INTEGER]) {
      expectError(
        edited((f) => (f.formatVersion = version)),
        'tooNew',
      )
    }
    // a newer file may have any shape: only format and formatVersion are read
    expectError(
      JSON.stringify({ format: WORKSHOP_FILE_FORMAT, formatVersion: WORKSHOP_FILE_VERSION + 1 }),
      'tooNew',
    )
    expect(errorText({ code: 'file.tooNew' }, 'ja')).toContain('新しいバージョン')
    for (const version of [0, -1, 1.5, WORKSHOP_FILE_VERSION + 0.000001, 2 ** 53, -0.5]) {
      expectError(
        edited((f) => (f.formatVersion = version)),
        'invalid',
      )
    }
    // 1e999 and -1e999 are Infinity and -Infinity once parsed
    for (const literal of ['1e999', '-1e999']) {
      expectError(TEXT.replace(CURRENT_VERSION, `"formatVersion":${literal}`), 'invalid')
    }
    for (const version of ['3', '4', null, true, [3], { v: 3 }]) {
      expectError(
        edited((f) => (f.formatVersion = version)),
        'notTaneboard',
      )
    }
    expectError(
      edited((f) => delete f.formatVersion),
      'notTaneboard',
    )
    expectAccepted(TEXT.replace(CURRENT_VERSION, `${CURRENT_VERSION}.0`))
  })
})

describe('hostile workshop files: content built to hurt', () => {
  it('HTML and script in text are kept verbatim as plain strings', () => {
    const html = '<img src=x onerror=alert(1)><script>alert(1)</script>'
    const text = edited((f) => {
      recordOf(f, 'note').text = html
      recordOf(f, 'group').name = `</script>${html}`
      f.workshop.title = '"><svg onload=alert(1)>'
      recordOf(f, 'canvasQa').answer = 'javascript:alert(1)'
    })
    const { doc } = expectAccepted(text)
    const note = Object.values(doc.notes).find((n) => n.text === html)
    expect(note?.text).toBe(html)
    expect(Object.values(doc.groups)[0]?.name).toBe(`</script>${html}`)
    expect(doc.workshop.title).toBe('"><svg onload=alert(1)>')
    expect(Object.values(doc.canvasQas).some((q) => q.answer === 'javascript:alert(1)')).toBe(true)
  })

  const POLLUTERS: [string, unknown][] = [
    ['__proto__', { polluted: 'yes' }],
    ['constructor', { prototype: { polluted: 'yes' } }],
    ['prototype', { polluted: 'yes' }],
  ]

  it('__proto__, constructor and prototype keys: refused at every level, nothing polluted', () => {
    const places: [string, (f: FileJson) => object][] = [
      ['envelope', (f) => f],
      ['workshop', (f) => f.workshop],
      ['note', (f) => recordOf(f, 'note')],
      ['group member', (f) => (recordOf(f, 'group').members as object[])[0]!],
      ['cause grid', (f) => (recordOf(f, 'cause').grid ??= { x: 0.5, y: 0.5 })],
      ['canvas brief', (f) => recordOf(f, 'canvas').brief as object],
      ['topic axes', (f) => recordOf(f, 'topic').causeAxes as object],
    ]
    for (const [where, target] of places) {
      for (const [key, value] of POLLUTERS) {
        const text = edited((f) => {
          setOwn(target(f), key, value)
        })
        expect(text, where).toContain(`"${key}":`)
        const detail = expectError(text, 'invalid')
        expect(detail, `${where} ${key}`).toContain(key)
      }
    }
  })

  it('__proto__ in votes is dropped; constructor or toString as a voter is refused', () => {
    const proto = edited((f) => {
      setOwn(recordOf(f, 'cause').votes as object, '__proto__', 1)
    })
    expect(proto).toContain('"__proto__":1')
    const result = parseWorkshopFile(proto)
    if (result.ok) {
      for (const cause of Object.values(result.doc.causes)) {
        expect(Object.keys(cause.votes)).not.toContain('__proto__')
        expect(Object.getPrototypeOf(cause.votes)).toBe(Object.prototype)
      }
    } else expect(result.error).toBe('invalid')
    for (const voter of ['constructor', 'toString', 'hasOwnProperty']) {
      const text = edited((f) => {
        setOwn(recordOf(f, 'cause').votes as object, voter, 1)
      })
      expect(expectError(text, 'invalid')).toMatch(/reserved id|Invalid key/)
    }
    expect(polluted()).toBe(false)
  })

  it('reserved ids (Object.prototype member names) are refused wherever an id goes', () => {
    expect([...RESERVED_IDS].sort()).toEqual(Object.getOwnPropertyNames(Object.prototype).sort())
    const places: ((f: FileJson, id: string) => void)[] = [
      (f, id) => (recordOf(f, 'note').id = id),
      (f, id) => (f.workshop.id = id),
      (f, id) => (recordOf(f, 'note').boardId = id),
      (f, id) => (recordOf(f, 'note').parentId = id),
      (f, id) => (recordOf(f, 'board').groupId = id),
      (f, id) => (recordOf(f, 'topic').mainCauseId = id),
      (f, id) => (recordOf(f, 'group').moderatorId = id),
      (f, id) => ((recordOf(f, 'group').members as Record<string, unknown>[])[0]!.id = id),
      (f, id) => (recordOf(f, 'canvasNote').ref = { type: 'note', id }),
    ]
    for (const id of ['__proto__', 'constructor', 'toString', 'valueOf']) {
      for (const [i, place] of places.entries()) {
        const text = edited((f) => {
          place(f, id)
          if (i === 1) for (const r of f.records) r.workshopId = id
        })
        expect(expectError(text, 'invalid'), `${id} at place ${i}`).toContain('reserved id')
      }
    }
    // ids that merely contain those words are fine
    expectAccepted(edited((f) => (recordOf(f, 'note').id = 'my__proto__note')))
  })

  it('a 20 MB string is refused as tooLarge before JSON.parse, at once', () => {
    const huge = 'x'.repeat(LIMITS.snapshotBytes + 1)
    const hugeJson = `{"format":"${WORKSHOP_FILE_FORMAT}","formatVersion":4,"appVersion":"${'あ'.repeat(LIMITS.snapshotBytes)}"}`
    const jsonParse = vi.spyOn(JSON, 'parse')
    let detail = ''
    const ms = timed(() => {
      detail = expectError(huge, 'tooLarge')
      expectError(hugeJson, 'tooLarge')
      expectError(`\uFEFF${huge}`, 'tooLarge')
    })
    expect(jsonParse).not.toHaveBeenCalled()
    jsonParse.mockRestore()
    expect(detail).toContain('chars')
    expect(ms).toBeLessThan(1000)
    console.info(`tooLarge: 3 texts over 20 MB refused in ${ms.toFixed(1)} ms`)
    // a BOM does not count: the limit itself with a BOM in front is still read
    const atLimit = `${TEXT.slice(0, -1)},"pad":"${' '.repeat(LIMITS.snapshotBytes - TEXT.length - 9)}"}`
    expect(atLimit.length).toBe(LIMITS.snapshotBytes)
    expect(expectError(`\uFEFF${atLimit}`, 'invalid')).toContain('pad')
  })

  it('a 19 MB note text is refused by the schema (invalid), quickly', () => {
    const text = edited((f) => (recordOf(f, 'note').text = 'あ'.repeat(19 * 1024 * 1024)))
    expect(text.length).toBeLessThanOrEqual(LIMITS.snapshotBytes)
    let detail = ''
    const ms = timed(() => (detail = expectError(text, 'invalid')))
    expect(detail).toMatch(/records\.\d+\.text/)
    expect(ms).toBeLessThan(5000)
    console.info(`a 19 MB note text refused in ${ms.toFixed(0)} ms`)
  })

  it('deeply nested arrays and objects are refused as notJson without parsing them', () => {
    const deep = (n: number) => '['.repeat(n) + ']'.repeat(n)
    expectError(deep(100_000), 'notJson')
    expectError(TEXT.replace('"appVersion":"0.1.0"', `"appVersion":${deep(100_000)}`), 'notJson')
    expectError('{"a":'.repeat(100_000) + '1' + '}'.repeat(100_000), 'notJson')
    const ms = timed(() => expectError(deep(LIMITS.snapshotBytes / 2), 'notJson'))
    expect(ms).toBeLessThan(1000)
    console.info(`10,000,000 nested arrays (20 MB) refused in ${ms.toFixed(0)} ms`)
    // the limit itself: MAX_JSON_DEPTH levels in all is still read (and refused by the schema)
    const inner = deep(MAX_JSON_DEPTH - 1)
    expectError(TEXT.replace('"appVersion":"0.1.0"', `"appVersion":${inner}`), 'invalid')
    expectError(TEXT.replace('"appVersion":"0.1.0"', `"appVersion":[${inner}]`), 'notJson')
  })

  it('the nesting scan skips brackets inside strings, escaped quotes included', () => {
    expect(nestsDeeperThan('[[[]]]', 3)).toBe(false)
    expect(nestsDeeperThan('[[[[]]]]', 3)).toBe(true)
    expect(nestsDeeperThan(JSON.stringify(['[[[[[[', '{{{{']), 2)).toBe(false)
    expect(nestsDeeperThan(JSON.stringify(['\\"[[[[', 'a"b[[[', '\\']), 2)).toBe(false)
    expect(nestsDeeperThan(JSON.stringify(['\\', [[['x']]]]), 3)).toBe(true)
    expect(nestsDeeperThan('"unterminated [[[[', 1)).toBe(false)
    // a note whose text is all brackets is an ordinary file
    expectAccepted(edited((f) => (recordOf(f, 'note').text = '[{'.repeat(1000))))
  })
})

describe('hostile workshop files: records that would confuse the merge', () => {
  it('a record twice (same type and id) is refused, whichever rev it has', () => {
    for (const rev of [1, 2, 1000]) {
      const text = edited((f) => f.records.push({ ...recordOf(f, 'note'), rev, text: '別' }))
      expect(expectError(text, 'invalid')).toMatch(/duplicate record note:/)
    }
    const twin = edited((f) => f.records.push(recordOf(f, 'canvasQa')))
    expect(expectError(twin, 'invalid')).toMatch(/duplicate record canvasQa:/)
    // the same id for two types is two records (the merge keys records by type and id)
    const note = fileJson(TEXT).records.find((r) => r.type === 'note')!
    const shared = edited((f) => (recordOf(f, 'canvasQa').id = note.id))
    expect(Object.keys(expectAccepted(shared).doc.canvasQas)).toContain(note.id)
  })

  it('a record of another workshop is refused', () => {
    const text = edited((f) => (recordOf(f, 'note').workshopId = 'another-workshop'))
    expect(expectError(text, 'invalid')).toContain('another workshop')
  })

  it(`at most MAX_WORKSHOP_RECORDS (${MAX_WORKSHOP_RECORDS}) records`, () => {
    const file = fileJson(TEXT)
    const board = recordOf(file, 'board')
    const filled = (count: number): string => {
      const extra = count - file.records.length
      const boards = Array.from({ length: extra }, (_, i) => ({ ...board, id: `b${String(i)}` }))
      return JSON.stringify({ ...file, records: [...file.records, ...boards] })
    }
    let ms = 0
    const full = filled(MAX_WORKSHOP_RECORDS)
    expect(full.length).toBeLessThan(LIMITS.snapshotBytes)
    ms = timed(() => {
      expect(parseWorkshopFile(full).ok).toBe(true)
    })
    console.info(
      `${MAX_WORKSHOP_RECORDS} records (${full.length} chars) read in ${ms.toFixed(0)} ms`,
    )
    expect(expectError(filled(MAX_WORKSHOP_RECORDS + 1), 'invalid')).toMatch(/^records: /)
    // Two parses of a 16 MB file: seconds on a loaded CI machine.
  }, 60_000)

  it('rev must be a whole number from 1 to a billion (a merge adds one: it must stay safe)', () => {
    for (const rev of [
      -1,
      0,
      1.5,
      1e308,
      2 ** 53,
      Number.MAX_SAFE_INTEGER,
      MAX_REV + 1,
      '2',
      null,
      true,
    ]) {
      expect(
        expectError(
          edited((f) => (recordOf(f, 'note').rev = rev)),
          'invalid',
        ),
      ).toContain('rev')
    }
    expectError(TEXT.replace(/"rev":1,/, '"rev":1e999,'), 'invalid')
    expectAccepted(edited((f) => (recordOf(f, 'note').rev = MAX_REV)))
  })

  it('sort keys must be finite numbers (1e999 would be written back as null)', () => {
    const text = JSON.stringify(fileJson(TEXT)).replace(/"order":[-\d.e]+/, '"order":1e999')
    expect(text).toContain('1e999')
    expect(expectError(text, 'invalid')).toContain('order')
    expectAccepted(edited((f) => (recordOf(f, 'note').order = -1e308)))
  })

  it('ids: no paths, no spaces, no other characters, at most 64 characters', () => {
    const bad = [
      '../etc/passwd',
      '..',
      'a/b',
      'a\\b',
      'a b',
      '',
      'ノート',
      'id\u0000',
      'x'.repeat(65),
    ]
    for (const id of [...bad, 'x'.repeat(100_000)]) {
      expectError(
        edited((f) => (recordOf(f, 'note').id = id)),
        'invalid',
      )
      expectError(
        edited((f) => {
          f.workshop.id = id
          for (const r of f.records) r.workshopId = id
        }),
        'invalid',
      )
    }
    expectAccepted(edited((f) => (recordOf(f, 'note').id = `A-z_0${'9'.repeat(59)}`)))
  })

  it('timestamps must be ISO 8601 instants; the deletion time too', () => {
    for (const value of ['', 'yesterday', '2025-02-07', '2025/02/07 05:00', 'Fri Feb 07 2025']) {
      for (const field of ['createdAt', 'updatedAt', 'deletedAt']) {
        const detail = expectError(
          edited((f) => (recordOf(f, 'note')[field] = value)),
          'invalid',
        )
        expect(detail).toContain(field)
      }
    }
    expectError(
      edited((f) => (f.workshop.updatedAt = '2025-13-40T99:00:00.000Z')),
      'invalid',
    )
    expectAccepted(edited((f) => (recordOf(f, 'note').updatedAt = '2025-02-07T14:00:00+09:00')))
    expectAccepted(edited((f) => (recordOf(f, 'note').deletedAt = '2025-02-07T05:00:00Z')))
  })

  it('long details are cut short; parsing never throws, even given something other than text', () => {
    const text = edited((f) => {
      setOwn(f, 'k'.repeat(100_000), 1)
    })
    expect(expectError(text, 'invalid').length).toBeLessThanOrEqual(301)
    for (const value of [undefined, null, 42, {}, []]) {
      expect(parseWorkshopFile(value as string)).toMatchObject({ error: 'notJson' })
    }
  })

  it('parsing hostile text changes nothing: the same text reads the same, the doc is intact', () => {
    const before = smallDoc()
    const first = expectAccepted(TEXT)
    const second = expectAccepted(TEXT)
    expect(second.doc).toEqual(first.doc)
    expect(first.doc).toEqual(before)
    expect(polluted()).toBe(false)
    expect(prototypeSnapshot()).toBe(PROTOTYPES)
  })
})

describe('hostile workshop files: editor counts (edits, version 4)', () => {
  const withEdits = (edits: unknown, rev = 5) =>
    edited((f) => {
      const note = recordOf(f, 'note')
      note.rev = rev
      note.edits = edits
    })

  it('reads editor counts that add up to at most rev', () => {
    const read = expectAccepted(withEdits({ '0123456789abcdef': 2, fedcba9876543210: 3 }))
    const note = Object.values(read.doc.notes).find((n) => n.edits !== undefined)
    expect(note?.edits).toEqual({ '0123456789abcdef': 2, fedcba9876543210: 3 })
  })

  it('refuses editor ids that are not hex, prototype names, bad counts and too many editors', () => {
    for (const edits of [
      { constructor: 1 },
      { toString: 1 },
      { '0123456789ABCDEF': 1 },
      { '0123456': 1 },
      { '0123456789abcdef': 0 },
      { '0123456789abcdef': 1.5 },
      { '0123456789abcdef': '1' },
      { '0123456789abcdef': MAX_REV + 1 },
      [1, 2],
      'aaaaaaaaaaaaaaaa',
      null,
      Object.fromEntries(
        Array.from({ length: 257 }, (_, i) => [i.toString(16).padStart(8, '0'), 1]),
      ),
    ]) {
      expectError(withEdits(edits, MAX_REV), 'invalid')
    }
    // a __proto__ key is dropped, as in votes: nothing is polluted and no count is read from it
    const proto = withEdits({}).replace('"edits":{}', '"edits":{"__proto__":{"polluted":1}}')
    expect(proto).toContain('__proto__')
    const read = expectAccepted(proto)
    for (const note of Object.values(read.doc.notes)) {
      expect(Object.keys(note.edits ?? {})).not.toContain('__proto__')
    }
  })

  it('refuses counts that add up to more than rev', () => {
    const detail = expectError(withEdits({ '0123456789abcdef': 4, fedcba9876543210: 2 }), 'invalid')
    expect(detail).toContain('edits')
  })
})
