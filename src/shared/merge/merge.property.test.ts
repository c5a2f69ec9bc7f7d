import { describe, expect, it } from 'vitest'
import type { WorkshopDoc } from '../model/workshopDoc'
import { mulberry32 } from '../timer/seededRandom'
import { applyMerge } from './applyMerge'
import { extractWorkshop } from './extractGroups'
import { laptop, type Laptop } from '../testing/mergeTestKit'

/** Random edits (add, edit, delete notes; edit a timetable row) on one laptop. */
function randomEdits(l: Laptop, random: () => number, steps: number, tag: string): void {
  for (let i = 0; i < steps; i++) {
    const notes = Object.values(l.doc().notes).filter((n) => n.deletedAt === null)
    const pick = notes[Math.floor(random() * notes.length)]
    const roll = random()
    if (roll < 0.3 || !pick) l.addNote(`${tag}追加${i}`)
    else if (roll < 0.75) l.editNote(pick.id, `${tag}編集${i}`)
    else if (roll < 0.9) l.deleteNote(pick.id)
    else {
      const rows = Object.values(l.doc().rows)
      const row = rows[Math.floor(random() * rows.length)]
      if (row) l.apply([{ ...row, content: `${tag}行${i}` }])
    }
  }
}

/** Live note texts (a conflict copy keeps its text as it came). */
function texts(doc: WorkshopDoc): Set<string> {
  return new Set(
    Object.values(doc.notes)
      .filter((n) => n.deletedAt === null)
      .map((n) => n.text),
  )
}

function fork(seed: number) {
  const random = mulberry32(seed)
  const a = laptop('a', '2025-02-07T01:00:00.000Z')
  a.create(1)
  for (let i = 0; i < 6; i++) a.addNote(`共通${i}`)
  // B's clock runs up to an hour ahead of or behind A's
  const offset = Math.floor((random() - 0.5) * 7200) * 1000
  const b = laptop('b', new Date(Date.parse('2025-02-07T01:05:00.000Z') + offset).toISOString())
  b.import(extractWorkshop(a.doc()))
  const base = extractWorkshop(b.doc())
  randomEdits(a, random, 1 + Math.floor(random() * 8), 'A')
  randomEdits(b, random, 1 + Math.floor(random() * 8), 'B')
  return { a, b, base }
}

const SEEDS = Array.from({ length: 200 }, (_, i) => i + 1)

describe('merge properties (200 seeded random forks)', () => {
  it('merging again changes nothing, and a round trip converges', () => {
    for (const seed of SEEDS) {
      const { a, b } = fork(seed)
      const fileB = extractWorkshop(b.doc())
      a.import(fileB)
      expect(applyMerge(a.doc(), fileB, {}, a.ctx), `seed ${seed}`).toEqual([])
      const fileA = extractWorkshop(a.doc())
      b.import(fileA)
      expect(applyMerge(b.doc(), fileA, {}, b.ctx), `seed ${seed}`).toEqual([])
      expect(b.liveTexts(), `seed ${seed}`).toEqual(a.liveTexts())
      expect(applyMerge(a.doc(), extractWorkshop(b.doc()), {}, a.ctx), `seed ${seed}`).toEqual([])
    }
  })

  it('with the exchanged base, every text either side still shows survives the merge', () => {
    for (const seed of SEEDS) {
      const { a, b, base } = fork(seed)
      const before = new Set([...texts(a.doc()), ...texts(b.doc())])
      const baseTexts = texts(base)
      a.import(extractWorkshop(b.doc()), {}, { base })
      const after = texts(a.doc())
      for (const text of before) {
        // a text from the common version may be legitimately replaced or deleted by one side
        if (!baseTexts.has(text)) expect(after.has(text), `seed ${seed}: ${text}`).toBe(true)
      }
    }
  })

  it('without any base, every text either side still shows survives the merge', () => {
    for (const seed of SEEDS) {
      const { a, b, base } = fork(seed)
      const before = new Set([...texts(a.doc()), ...texts(b.doc())])
      const baseTexts = texts(base)
      a.import(extractWorkshop(b.doc()))
      const after = texts(a.doc())
      for (const text of before) {
        // a text from the common version may be legitimately replaced or deleted by one side
        if (!baseTexts.has(text)) expect(after.has(text), `seed ${seed}: ${text}`).toBe(true)
      }
    }
  })

  it('without a base, a text both sides changed at the same revision is never dropped', () => {
    for (const seed of SEEDS) {
      const { a, b } = fork(seed)
      const file = extractWorkshop(b.doc())
      const atRisk = Object.values(a.doc().notes).filter((mine) => {
        const theirs = file.notes[mine.id]
        return theirs && theirs.rev === mine.rev && theirs.text !== mine.text
      })
      a.import(file)
      const after = texts(a.doc())
      for (const mine of atRisk) {
        const theirs = file.notes[mine.id]
        if (mine.deletedAt === null) expect(after.has(mine.text), `seed ${seed}`).toBe(true)
        if (theirs && theirs.deletedAt === null) {
          expect(after.has(theirs.text), `seed ${seed}`).toBe(true)
        }
      }
    }
  })
})
