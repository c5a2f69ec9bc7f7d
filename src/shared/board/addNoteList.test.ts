import { describe, expect, it } from 'vitest'
import { theme1Fixture } from '../testing/theme1Fixture'
import { applyRecords } from '../model/workshopDoc'
import { addNoteList } from './addNoteList'

describe('addNoteList', () => {
  it('adds the notes in order after the area’s last note, each record once', () => {
    const f = theme1Fixture()
    f.add('前', ['daily'])
    const records = addNoteList(
      f.doc(),
      f.boardId,
      ['一', '二', '三'].map((text) => ({
        text,
        scenes: ['daily' as const],
        who: ['family' as const],
      })),
      f.ctx,
    )
    expect(records).toHaveLength(3)
    expect(new Set(records.map((r) => r.id)).size).toBe(3)
    const doc = applyRecords(f.doc(), records)
    const daily = Object.values(doc.notes)
      .filter((n) => n.scenes.includes('daily'))
      .sort((a, b) => a.order - b.order)
    expect(daily.map((n) => [n.text, n.who])).toEqual([
      ['前', []],
      ['一', ['family']],
      ['二', ['family']],
      ['三', ['family']],
    ])
  })

  it('adds nothing for an empty list', () => {
    const f = theme1Fixture()
    expect(addNoteList(f.doc(), f.boardId, [], f.ctx)).toEqual([])
  })
})
