import { describe, expect, it } from 'vitest'
import { live, type WorkshopDoc } from '../model/workshopDoc'
import { fakeContext } from '../testing/fakeContext'
import { createSampleWorkshop } from '../templates/sampleWorkshop'
import { compareSummaries, workshopSummary, type GroupCounts } from './backupSummary'

const sample = () => createSampleWorkshop(fakeContext())

/** The doc with one record of the map tombstoned. */
function withDeleted(doc: WorkshopDoc, key: 'notes' | 'groups', id: string): WorkshopDoc {
  const map: Record<string, { deletedAt: string | null }> = doc[key]
  const record = map[id]
  if (!record) throw new Error(`no ${key} ${id}`)
  return { ...doc, [key]: { ...map, [id]: { ...record, deletedAt: '2026-11-24T10:00:00Z' } } }
}

describe('workshopSummary', () => {
  it('counts every theme of every group, in the groups’ order', () => {
    const doc = sample()
    const summary = workshopSummary(doc)
    const groups = live(doc.groups).sort((a, b) => a.order - b.order)
    expect(summary.groups.map((g) => g.name)).toEqual(groups.map((g) => g.name))
    expect(summary.rows).toBe(live(doc.rows).length)
    const total = (key: keyof GroupCounts) =>
      summary.groups.reduce((sum, group) => sum + group.counts[key], 0)
    expect(total('notes')).toBe(live(doc.notes).length)
    expect(total('causes')).toBe(live(doc.causes).length)
    expect(total('measures')).toBe(live(doc.measures).length)
    expect(total('canvasNotes')).toBe(live(doc.canvasNotes).length)
    expect(total('questions')).toBe(live(doc.canvasQas).length)
    expect(total('notes')).toBeGreaterThan(0)
    expect(total('causes')).toBeGreaterThan(0)
    expect(total('canvases')).toBeGreaterThan(0)
  })

  it('leaves deleted records out', () => {
    const doc = sample()
    const note = live(doc.notes)[0]
    if (!note) throw new Error('the sample has notes')
    const before = workshopSummary(doc)
    const after = workshopSummary(withDeleted(doc, 'notes', note.id))
    const sum = (s: typeof before) => s.groups.reduce((n, g) => n + g.counts.notes, 0)
    expect(sum(after)).toBe(sum(before) - 1)
  })
})

describe('compareSummaries', () => {
  it('puts the backup’s counts beside the current ones, and marks groups only one side has', () => {
    const doc = sample()
    const [first, second] = live(doc.groups).sort((a, b) => a.order - b.order)
    if (!first || !second) throw new Error('the sample has groups')
    const backup = workshopSummary(withDeleted(doc, 'groups', second.id))
    const current = workshopSummary(withDeleted(doc, 'groups', first.id))
    const lines = compareSummaries(backup, current)
    expect(lines[0]).toMatchObject({ groupId: first.id, current: null })
    expect(lines[0]?.backup).not.toBeNull()
    const onlyNow = lines.find((line) => line.groupId === second.id)
    expect(onlyNow).toMatchObject({ backup: null })
    expect(onlyNow?.current).not.toBeNull()
  })
})
