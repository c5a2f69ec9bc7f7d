import { describe, expect, it } from 'vitest'
import { MAX_EDITORS, MAX_REV } from './schemas'
import {
  compareVersions,
  hasEdits,
  mergedVersion,
  nextVersion,
  UNATTRIBUTED,
  versionVector,
} from './versionVector'

const A = 'aaaaaaaaaaaaaaaa'
const B = 'bbbbbbbbbbbbbbbb'

describe('version vectors', () => {
  it('counts the changes no editor accounts for as unattributed', () => {
    expect([...versionVector({ rev: 4 })]).toEqual([[UNATTRIBUTED, 4]])
    expect(Object.fromEntries(versionVector({ rev: 5, edits: { [A]: 1 } }))).toEqual({
      [A]: 1,
      [UNATTRIBUTED]: 4,
    })
    expect(Object.fromEntries(versionVector({ rev: 2, edits: { [A]: 2 } }))).toEqual({ [A]: 2 })
    expect(hasEdits({ rev: 3 })).toBe(false)
    expect(hasEdits({ rev: 3, edits: {} })).toBe(false)
    expect(hasEdits({ rev: 3, edits: { [A]: 1 } })).toBe(true)
  })

  it('a change adds one to its editor and to rev, on top of the previous version only', () => {
    expect(nextVersion(undefined, A)).toEqual({ rev: 1, edits: { [A]: 1 } })
    expect(nextVersion({ rev: 4 }, A)).toEqual({ rev: 5, edits: { [A]: 1 } })
    expect(nextVersion({ rev: 5, edits: { [A]: 1 } }, B)).toEqual({
      rev: 6,
      edits: { [A]: 1, [B]: 1 },
    })
  })

  it('a change at the revision cap is still recorded, never above rev', () => {
    // From the unattributed rest while there is one.
    const capped = { rev: MAX_REV, edits: { [A]: 3 } }
    const next = nextVersion(capped, A)
    expect(next).toEqual({ rev: MAX_REV, edits: { [A]: 4 } })
    expect(compareVersions(next, capped)).not.toBe('equal')
    // Else from the largest other editor: the versions then compare as concurrent.
    const full = { rev: MAX_REV, edits: { [A]: MAX_REV - 10, [B]: 10 } }
    const byB = nextVersion(full, B)
    expect(byB).toEqual({ rev: MAX_REV, edits: { [A]: MAX_REV - 11, [B]: 11 } })
    expect(compareVersions(byB, full)).toBe('concurrent')
    for (const version of [next, byB]) {
      expect(Object.values(version.edits).reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(MAX_REV)
    }
  })

  it('orders versions by their vectors, never by their revs alone', () => {
    const common = { rev: 4 }
    const byA = nextVersion(common, A)
    let byB = nextVersion(common, B)
    byB = nextVersion(byB, B)
    byB = nextVersion(byB, B)
    expect(byB.rev).toBeGreaterThan(byA.rev)
    expect(compareVersions(byA, byB)).toBe('concurrent')
    expect(compareVersions(common, byA)).toBe('before')
    expect(compareVersions(byB, common)).toBe('after')
    expect(compareVersions(byA, { ...byA })).toBe('equal')
    const afterBoth = nextVersion(mergedVersion(byA, byB), A)
    expect(compareVersions(byA, afterBoth)).toBe('before')
    expect(compareVersions(byB, afterBoth)).toBe('before')
  })

  it('a merged version covers both and its rev is above both when it differs from both', () => {
    const x = { rev: 7, edits: { [A]: 2 } } // 5 unattributed
    const y = { rev: 6, edits: { [B]: 3 } } // 3 unattributed
    const merged = mergedVersion(x, y)
    expect(merged).toEqual({ rev: 10, edits: { [A]: 2, [B]: 3 } })
    expect(compareVersions(x, merged)).toBe('before')
    expect(compareVersions(y, merged)).toBe('before')
    const decided = mergedVersion(x, y, A)
    expect(decided).toEqual({ rev: 11, edits: { [A]: 3, [B]: 3 } })
    // merging with an ancestor changes nothing
    expect(mergedVersion(x, { rev: 3 })).toEqual({ rev: 7, edits: { [A]: 2 } })
  })

  it('keeps at most MAX_EDITORS editor ids: the smallest counts become unattributed', () => {
    const edits = Object.fromEntries(
      Array.from({ length: MAX_EDITORS }, (_, i) => [i.toString(16).padStart(16, '0'), i + 2]),
    )
    const rev = Object.values(edits).reduce((sum, n) => sum + n, 0)
    const next = nextVersion({ rev, edits }, A)
    expect(Object.keys(next.edits)).toHaveLength(MAX_EDITORS)
    expect(next.edits[A]).toBe(1)
    expect(next.edits['0'.padStart(16, '0')]).toBeUndefined()
    expect(next.rev).toBe(rev + 1)
    // a version that still names the dropped editor now shows as a conflict, never as newer
    expect(compareVersions({ rev, edits }, next)).toBe('concurrent')
  })
})
