import { test } from '@playwright/test'
import { updateNote } from '../src/shared/board/theme1Ops'
import { applyRecords, stampChange } from '../src/shared/model/workshopDoc'
import { scanWorkshop } from '../src/shared/privacy/scanWorkshop'
import { buildLargeBoard } from '../testing/browser/largeBoard'
import { median } from './support/traceFrames'

/**
 * The personal-information guard's scan (issue 21 p6: 1,000 notes under 200 ms), run before
 * every export: `scanWorkshop` over a テーマ1 board of 1,000 notes in this Node worker, the same
 * module the renderer bundles, no browser involved. Every tenth note carries a name, an age and
 * a phone number, so the figure includes building the matches. The median of 5 runs after a
 * warm-up, printed as `BENCH privacy.scan_1000_notes_ms <value> ms`; never asserted.
 */

const NOTES = 1000
const RUNS = 5

function report(name: string, value: number, unit: string): void {
  const shown = Number.isFinite(value) ? String(Math.round(value * 10) / 10) : 'NaN'
  process.stdout.write(`BENCH ${name} ${shown} ${unit}\n`)
}

test(`the privacy scan of ${String(NOTES)} notes`, () => {
  const board = buildLargeBoard(NOTES, 'privacy')
  let doc = board.doc
  const notes = Object.values(doc.notes).filter((n) => n.deletedAt === null)
  const stamp = { now: '2025-02-07T05:00:00.000Z', editor: 'be0c4000000000aa' }
  notes.forEach((note, i) => {
    if (i % 10 !== 0) return
    const text = `${note.text} 山田太郎さん（82歳）TEL 03-1234-5678`
    doc = applyRecords(doc, stampChange(doc, updateNote(doc, note.id, { text }), stamp).records)
  })
  scanWorkshop(doc) // warm-up: JIT and the regular expressions' compilation
  const times: number[] = []
  let hits = 0
  for (let i = 0; i < RUNS; i += 1) {
    const start = performance.now()
    hits = scanWorkshop(doc).length
    times.push(performance.now() - start)
  }
  report('privacy.scan_1000_notes_ms', median(times), 'ms')
  report('privacy.scan_1000_notes_fields_with_hits', hits, 'fields')
})
