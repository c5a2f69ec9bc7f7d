import { describe, expect, it } from 'vitest'
import {
  BACKUP_FILE_EXTENSION,
  BACKUP_REASONS,
  BACKUP_RETENTION,
  MAX_BACKUP_ID_LENGTH,
  RECENT_BACKUPS_KEPT,
  backupIdOfFileName,
  backupPositionOf,
  backupsToPrune,
  newBackupId,
  parseBackupId,
  sortBackupIdsNewestFirst,
} from './backupNames'

const T0 = Date.parse('2026-11-24T10:15:00.123Z')

/** Ids of backups taken one second apart, oldest first. */
function idsOneSecondApart(count: number): string[] {
  return Array.from({ length: count }, (_, i) => newBackupId(T0 + i * 1000, 'change'))
}

describe('newBackupId and parseBackupId', () => {
  it('names a backup after its instant in UTC and its reason', () => {
    expect(newBackupId(T0, 'change')).toBe('20261124T101500123Z-change')
    expect(newBackupId(Date.parse('2027-01-02T03:04:05.006Z'), 'beforeRestore')).toBe(
      '20270102T030405006Z-beforeRestore',
    )
  })

  it.each(BACKUP_REASONS)('round-trips the reason %s', (reason) => {
    const id = newBackupId(T0, reason)
    expect(parseBackupId(id)).toEqual({
      savedAt: '2026-11-24T10:15:00.123Z',
      reason,
      position: null,
    })
  })

  it.each([
    Date.parse('2000-01-01T00:00:00.000Z'),
    Date.parse('2024-02-29T23:59:59.999Z'),
    Date.parse('2099-12-31T12:00:00.001Z'),
  ])('round-trips the instant %i', (ms) => {
    expect(parseBackupId(newBackupId(ms, 'manual'))?.savedAt).toBe(new Date(ms).toISOString())
  })

  it('adds -2, -3, … when the name is taken, whatever the order of the taken set', () => {
    const base = '20261124T101500123Z-change'
    expect(newBackupId(T0, 'change', new Set([base]))).toBe(`${base}-2`)
    expect(newBackupId(T0, 'change', new Set([`${base}-2`, base]))).toBe(`${base}-3`)
    // A gap is reused; other reasons and other instants do not clash.
    expect(newBackupId(T0, 'change', new Set([base, `${base}-3`]))).toBe(`${base}-2`)
    expect(newBackupId(T0, 'manual', new Set([base]))).toBe('20261124T101500123Z-manual')
    expect(newBackupId(T0 + 1, 'change', new Set([base]))).toBe('20261124T101500124Z-change')
    expect(parseBackupId(`${base}-2`)).toEqual({
      savedAt: '2026-11-24T10:15:00.123Z',
      reason: 'change',
      position: null,
    })
  })

  it('gives up after 999 names in one millisecond', () => {
    const base = '20261124T101500123Z-change'
    const taken = new Set([base, ...Array.from({ length: 998 }, (_, i) => `${base}-${i + 2}`)])
    expect(() => newBackupId(T0, 'change', taken)).toThrow()
  })

  it.each([
    ['', 'empty'],
    ['x', 'not a stamp'],
    ['20261124T101500123Z', 'no reason'],
    ['20261124T101500123Z-unknown', 'an unknown reason'],
    ['20261124T101500123Z-Change', 'a reason in another case'],
    ['20261324T101500123Z-change', 'month 13'],
    ['20261131T101500123Z-change', '31 November'],
    ['20250229T101500123Z-change', '29 February of a common year'],
    ['20261124T241500123Z-change', 'hour 24'],
    ['20261124T106000123Z-change', 'minute 60'],
    ['20261124T101500123-change', 'no Z'],
    ['20261124T1015001Z-change', 'a short time'],
    ['2026-11-24T10:15:00.123Z-change', 'separators'],
    ['20261124T101500123Z-change-1234', 'a four-digit suffix'],
    ['20261124T101500123Z-change-x', 'a suffix that is not a number'],
    ['20261124T101500123Z-change.taneboard', 'a file name'],
    ['../20261124T101500123Z-change', 'a folder'],
    ['20261124T101500123Z-change/../../etc/passwd', 'a path'],
    ['../../etc/passwd', 'a path'],
    [' 20261124T101500123Z-change', 'a leading space'],
    ['20261124T101500123Z-change\n', 'a trailing newline'],
  ])('refuses %j (%s)', (id) => {
    expect(parseBackupId(id)).toBeNull()
  })
})

describe('backupIdOfFileName', () => {
  it('takes the id out of a backup file name', () => {
    expect(BACKUP_FILE_EXTENSION).toBe('.taneboard')
    expect(backupIdOfFileName('20261124T101500123Z-change.taneboard')).toBe(
      '20261124T101500123Z-change',
    )
    expect(backupIdOfFileName('20261124T101500123Z-manual-2.taneboard')).toBe(
      '20261124T101500123Z-manual-2',
    )
  })

  it.each([
    'x.taneboard',
    '.taneboard',
    '20261324T101500123Z-change.taneboard',
    '20261124T101500123Z-change',
    '20261124T101500123Z-change.taneboard.json',
    '20261124T101500123Z-change.json',
    '20261124T101500123Z-change.TANEBOARD',
    '.20261124T101500123Z-change.taneboard.4242-deadbeef0000.tmp',
    'notes.txt',
  ])('is null for %j', (fileName) => {
    expect(backupIdOfFileName(fileName)).toBeNull()
  })
})

describe('sortBackupIdsNewestFirst', () => {
  it('sorts by instant, newest first, without changing its argument', () => {
    const ids = idsOneSecondApart(4)
    const shuffled = [ids[2], ids[0], ids[3], ids[1]] as string[]
    expect(sortBackupIdsNewestFirst(shuffled)).toEqual([...ids].reverse())
    expect(shuffled).toEqual([ids[2], ids[0], ids[3], ids[1]])
  })

  it('sorts across days, months and years', () => {
    const older = newBackupId(Date.parse('2026-12-31T23:59:59.999Z'), 'change')
    const newer = newBackupId(Date.parse('2027-01-01T00:00:00.000Z'), 'change')
    expect(sortBackupIdsNewestFirst([older, newer])).toEqual([newer, older])
  })

  it('puts a -n clash after its base, newest first', () => {
    const base = '20261124T101500123Z-change'
    const later = '20261124T101500124Z-change'
    expect(sortBackupIdsNewestFirst([base, `${base}-3`, later, `${base}-2`])).toEqual([
      later,
      `${base}-3`,
      `${base}-2`,
      base,
    ])
  })
})

describe('backupsToPrune', () => {
  const only = (kind: keyof typeof BACKUP_RETENTION, count: number) => ({
    ...{ recent: 0, transition: 0, beforeRestore: 0, beforeImport: 0 },
    [kind]: count,
  })

  it('keeps the newest 10 recent backups by default', () => {
    expect(RECENT_BACKUPS_KEPT).toBe(10)
    const ids = idsOneSecondApart(12)
    expect(backupsToPrune(ids).sort()).toEqual(ids.slice(0, 2))
    expect(backupsToPrune([...ids].reverse()).sort()).toEqual(ids.slice(0, 2))
  })

  it('prunes nothing at or under the limit', () => {
    expect(backupsToPrune([])).toEqual([])
    expect(backupsToPrune(idsOneSecondApart(10))).toEqual([])
    expect(backupsToPrune(idsOneSecondApart(3), undefined, only('recent', 3))).toEqual([])
  })

  it('honours another limit, down to zero', () => {
    const ids = idsOneSecondApart(5)
    expect(backupsToPrune(ids, undefined, only('recent', 2))).toEqual([ids[2], ids[1], ids[0]])
    expect(backupsToPrune(ids, undefined, only('recent', 0))).toEqual([...ids].reverse())
  })

  it('never prunes names that are not backup ids', () => {
    const ids = idsOneSecondApart(11)
    expect(backupsToPrune([...ids, 'x', '../../etc/passwd', '20261324T101500123Z-change'])).toEqual(
      [ids[0]],
    )
  })

  it('keeps the newest of same-millisecond clashes', () => {
    const base = '20261124T101500123Z-change'
    const ids = [base, `${base}-2`, `${base}-3`]
    expect(backupsToPrune(ids, undefined, only('recent', 2))).toEqual([base])
  })
})

describe('retention by kind: a whole day', () => {
  const at = (minute: number, reason: Parameters<typeof newBackupId>[1], position?: string) =>
    newBackupId(T0 + minute * 60_000, reason, new Set(), position ?? null)

  it('keeps every transition of the day while a day of edits rotates the recent ones', () => {
    // 09:00 to 17:00: a backup after edits every 5 minutes, a transition every 30 minutes.
    const changes = Array.from({ length: 96 }, (_, i) => at(i * 5 + 1, 'change'))
    const transitions = Array.from({ length: 16 }, (_, i) => at(i * 30, 'transition', `row-r${i}`))
    const doomed = new Set(backupsToPrune([...changes, ...transitions]))
    expect(transitions.filter((id) => doomed.has(id))).toEqual([])
    expect(changes.filter((id) => !doomed.has(id))).toEqual(changes.slice(-10))
    expect(BACKUP_RETENTION).toEqual({
      recent: 10,
      transition: 40,
      beforeRestore: 3,
      beforeImport: 3,
    })
  })

  it('bounds the transitions too: the newest 40 stay', () => {
    const transitions = Array.from({ length: 45 }, (_, i) => at(i, 'transition', 'after'))
    expect(backupsToPrune(transitions).sort()).toEqual(transitions.slice(0, 5).sort())
  })

  it('counts 今すぐバックアップ among the recent ones', () => {
    const ids = [...Array.from({ length: 10 }, (_, i) => at(i + 1, 'manual')), at(0, 'change')]
    expect(backupsToPrune(ids)).toEqual([at(0, 'change')])
  })
})

describe('transition positions in the backup id', () => {
  it('names where the timetable went and reads it back', () => {
    const id = newBackupId(T0, 'transition', new Set(), 'row-0f3c9a1e-1111-4222-8333-444455556666')
    expect(id).toBe('20261124T101500123Z-transition.row-0f3c9a1e-1111-4222-8333-444455556666')
    expect(id.length).toBeLessThanOrEqual(MAX_BACKUP_ID_LENGTH)
    expect(parseBackupId(id)).toEqual({
      savedAt: '2026-11-24T10:15:00.123Z',
      reason: 'transition',
      position: 'row-0f3c9a1e-1111-4222-8333-444455556666',
    })
    expect(parseBackupId(newBackupId(T0, 'transition', new Set(), 'after'))?.position).toBe('after')
  })

  it('keeps a clash suffix before the position, and sorts by it', () => {
    const first = newBackupId(T0, 'transition', new Set(), 'before')
    const second = newBackupId(T0, 'transition', new Set([first]), 'row-a')
    expect(second).toBe('20261124T101500123Z-transition-2.row-a')
    expect(sortBackupIdsNewestFirst([first, second])).toEqual([second, first])
    expect(backupIdOfFileName(`${second}.taneboard`)).toBe(second)
  })

  it('leaves a position out of other reasons and refuses a bad one', () => {
    expect(newBackupId(T0, 'change', new Set(), 'after')).toBe('20261124T101500123Z-change')
    expect(newBackupId(T0, 'transition', new Set(), '../x')).toBe('20261124T101500123Z-transition')
    expect(parseBackupId('20261124T101500123Z-transition.row-../x')).toBeNull()
    expect(parseBackupId('20261124T101500123Z-change.sideways')).toBeNull()
  })

  it('turns timetable keys into positions', () => {
    expect(backupPositionOf('row:abc_1-2')).toBe('row-abc_1-2')
    expect(backupPositionOf('before')).toBe('before')
    expect(backupPositionOf('after')).toBe('after')
    expect(backupPositionOf('row:a/b')).toBeNull()
  })
})

describe('clash suffixes beyond 9', () => {
  it('sorts -10 after -9 and prunes the oldest', () => {
    const base = newBackupId(Date.UTC(2026, 10, 24, 1, 0, 0, 0), 'change')
    const ids = [base, ...Array.from({ length: 11 }, (_, i) => `${base}-${i + 2}`)]
    expect(sortBackupIdsNewestFirst(ids).slice(0, 3)).toEqual([
      `${base}-12`,
      `${base}-11`,
      `${base}-10`,
    ])
    expect(backupsToPrune(ids)).toEqual([`${base}-2`, base])
  })
})

describe('backupsToPrune keeps the state before a restore or an import', () => {
  const at = (second: number, reason: Parameters<typeof newBackupId>[1]) =>
    newBackupId(T0 + second * 1000, reason)

  it('keeps the newest 「復元の直前」 and 「取り込みの直前」 backups however many come after', () => {
    const beforeImport = at(0, 'beforeImport')
    const beforeRestore = at(1, 'beforeRestore')
    const changes = Array.from({ length: 30 }, (_, i) => at(10 + i, 'change'))
    const doomed = backupsToPrune([beforeImport, beforeRestore, ...changes])
    expect(doomed).not.toContain(beforeImport)
    expect(doomed).not.toContain(beforeRestore)
    expect(doomed).toHaveLength(20)
    expect(doomed).toEqual(changes.slice(0, 20).reverse())
  })

  it('keeps the newest 3 of each: older ones rotate out', () => {
    const imports = Array.from({ length: 5 }, (_, i) => at(i, 'beforeImport'))
    const restores = Array.from({ length: 5 }, (_, i) => at(5 + i, 'beforeRestore'))
    const changes = Array.from({ length: 10 }, (_, i) => at(20 + i, 'change'))
    const doomed = backupsToPrune([...imports, ...restores, ...changes])
    expect(doomed.sort()).toEqual([...imports.slice(0, 2), ...restores.slice(0, 2)].sort())
  })

  it('always keeps the backup just written, counted among the newest, even when named older', () => {
    const changes = Array.from({ length: 10 }, (_, i) => at(100 + i, 'change'))
    const setBack = at(0, 'manual')
    const doomed = backupsToPrune([...changes, setBack], setBack)
    expect(doomed).toEqual([changes[0]])
    expect(
      backupsToPrune([setBack], setBack, {
        recent: 0,
        transition: 0,
        beforeRestore: 0,
        beforeImport: 0,
      }),
    ).toEqual([])
  })
})
