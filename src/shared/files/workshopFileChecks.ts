import type { AnyRecord, Workshop } from '../model/schemas'

/**
 * Checks of an untrusted workshop file that the record schemas cannot express: run on the raw
 * text before JSON.parse (nesting depth) and on the parsed records after the schema (timestamps,
 * ids, duplicates, other workshops). Each returns a short English detail, or null when fine.
 */

/**
 * Deepest nesting of arrays and objects a file may have. A real file nests at most 6 levels
 * (envelope → records → group → members → member → qualifications); a hostile one could nest
 * millions of levels within 20 MB, which JSON.parse turns into seconds of work and hundreds of
 * megabytes of memory.
 */
export const MAX_JSON_DEPTH = 64

/**
 * Reserved ids: the names of Object.prototype's members. The doc keeps records in plain objects
 * keyed by id, so a record with id `__proto__` would replace a map's prototype, and a reference
 * to `constructor` would find Object itself. The app's ids (UUIDs) are never one of these.
 */
export const RESERVED_IDS: ReadonlySet<string> = new Set([
  '__proto__',
  '__defineGetter__',
  '__defineSetter__',
  '__lookupGetter__',
  '__lookupSetter__',
  'constructor',
  'hasOwnProperty',
  'isPrototypeOf',
  'propertyIsEnumerable',
  'toLocaleString',
  'toString',
  'valueOf',
])

/**
 * Windows device names, reserved as a file or folder name with or without an extension, in any
 * case. A workshop id names the workshop's files on disk, so a file whose workshop has such an id
 * is refused (the desktop app encodes disk names anyway: src/main/services/diskNames.ts).
 */
const WINDOWS_DEVICE_NAME = /^(?:con|prn|aux|nul|com[0-9]|lpt[0-9])$/i

/** Whether `name` (without its extension) is a Windows device name. */
export function isWindowsDeviceName(name: string): boolean {
  return WINDOWS_DEVICE_NAME.test(name)
}

/**
 * An ISO 8601 instant as `Date.prototype.toISOString` writes it (2025-02-07T05:00:00.000Z);
 * seconds and fractions may be left out, and an offset (+09:00) may replace the Z.
 */
const ISO_INSTANT =
  /^(?:\d{4}|[+-]\d{6})-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})$/

export function isIsoInstant(value: string): boolean {
  return ISO_INSTANT.test(value) && !Number.isNaN(Date.parse(value))
}

/**
 * Whether arrays and objects nest deeper than `max` in JSON text (strings are skipped). Exact for
 * valid JSON; for broken text the answer does not matter (JSON.parse refuses it anyway).
 */
export function nestsDeeperThan(text: string, max: number): boolean {
  let depth = 0
  let i = 0
  const n = text.length
  while (i < n) {
    const c = text.charCodeAt(i)
    if (c === 0x22) {
      // a string: jump to its closing quote, skipping escaped characters
      i += 1
      for (;;) {
        const quote = text.indexOf('"', i)
        if (quote < 0) return false
        let backslashes = 0
        while (text.charCodeAt(quote - 1 - backslashes) === 0x5c) backslashes += 1
        i = quote + 1
        if (backslashes % 2 === 0) break
      }
      continue
    }
    if (c === 0x5b || c === 0x7b) {
      depth += 1
      if (depth > max) return true
    } else if (c === 0x5d || c === 0x7d) {
      depth -= 1
    }
    i += 1
  }
  return false
}

/** Why the records cannot be taken as one workshop, or null (see each check). */
export function recordsProblem(workshop: Workshop, records: readonly AnyRecord[]): string | null {
  const seen = new Set<string>()
  for (const [index, record] of [workshop, ...records].entries()) {
    const where = index === 0 ? 'workshop' : `records.${index - 1}`
    if (index === 0 && isWindowsDeviceName(record.id)) {
      return `workshop.id: ${record.id} is a Windows device name`
    }
    if (record.type !== 'workshop' && record.workshopId !== workshop.id) {
      return `${where}: record ${record.id} belongs to another workshop`
    }
    const key = `${record.type}:${record.id}`
    if (seen.has(key)) return `${where}: duplicate record ${key}`
    seen.add(key)
    const time = timestampProblem(record)
    if (time) return `${where}.${time}`
    if (attributedChanges(record) > record.rev) {
      return `${where}.edits: more changes than rev ${String(record.rev)}`
    }
    const id = reservedIdPath(record)
    if (id) return `${where}.${id}`
  }
  return null
}

/** The changes a record's `edits` account for (never more than its rev; see versionVector.ts). */
function attributedChanges(record: AnyRecord): number {
  return Object.values(record.edits ?? {}).reduce((sum, count) => sum + count, 0)
}

function timestampProblem(record: AnyRecord): string | null {
  if (!isIsoInstant(record.createdAt)) return 'createdAt: not an ISO 8601 instant'
  if (!isIsoInstant(record.updatedAt)) return 'updatedAt: not an ISO 8601 instant'
  if (record.deletedAt !== null && !isIsoInstant(record.deletedAt)) {
    return 'deletedAt: not an ISO 8601 instant'
  }
  return null
}

/**
 * The path of the first reserved id in a record: its id, any field named `…Id` (references), a
 * member's or a reference's `id`, or a voter in `votes`.
 */
function reservedIdPath(value: unknown, path = ''): string | null {
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) {
      const found = reservedIdPath(item, `${path}${String(i)}.`)
      if (found) return found
    }
    return null
  }
  if (typeof value !== 'object' || value === null) return null
  for (const [key, field] of Object.entries(value as Record<string, unknown>)) {
    const isId = key === 'id' || key.endsWith('Id')
    if (isId && typeof field === 'string' && RESERVED_IDS.has(field)) {
      return `${path}${key}: reserved id ${field}`
    }
    if (key === 'votes' && typeof field === 'object' && field !== null) {
      const voter = Object.keys(field).find((id) => RESERVED_IDS.has(id))
      if (voter !== undefined) return `${path}votes: reserved id ${voter}`
    }
    const found = reservedIdPath(field, `${path}${key}.`)
    if (found) return found
  }
  return null
}
