import type { AnyRecord, Note } from '../model/schemas'
import {
  applyRecords,
  invertChange,
  live,
  stampChange,
  stampOf,
  type Change,
  type WorkshopDoc,
} from '../model/workshopDoc'
import { addNote } from '../board/theme1Ops'
import { addGroup, boardOf, workshopGroups } from '../ops/groupOps'
import { createWorkshopFromTemplate } from '../templates/createWorkshop'
import { HALF_DAY_TEMPLATE } from '../templates/workshopTemplates'
import { fakeContext } from './fakeContext'
import type { SceneKey } from '../model/scenes'

/**
 * A group with its テーマ1 and テーマ2 boards to test テーマ2 ops on, edited the way the store does
 * it (stampChange + applyRecords) with an undo stack (invertChange). Imported only by tests.
 */
export function theme2Fixture() {
  const ctx = fakeContext()
  let doc: WorkshopDoc = createWorkshopFromTemplate(
    HALF_DAY_TEMPLATE,
    { title: '', date: '', venue: '' },
    ctx,
  )
  doc = applyRecords(doc, addGroup(doc, ctx))
  const group = workshopGroups(doc)[0]
  const theme1 = group && boardOf(doc, group.id, 'theme1')
  const theme2 = group && boardOf(doc, group.id, 'theme2')
  if (!group || !theme1 || !theme2) throw new Error('theme2Fixture: no boards')
  const history: { base: WorkshopDoc; change: Change }[] = []

  const fixture = {
    ctx,
    groupId: group.id,
    theme1BoardId: theme1.id,
    boardId: theme2.id,
    doc: () => doc,
    /** Applies an op's records like the store does; returns the stamped change. */
    apply(records: AnyRecord[]): Change {
      const change = stampChange(doc, records, stampOf(ctx))
      history.push({ base: doc, change })
      doc = applyRecords(doc, change.records)
      return change
    },
    /** Applies an op that must change something; returns the id of its first record. */
    must(records: AnyRecord[]): string {
      const first = records[0]
      if (!first) throw new Error('theme2Fixture: the op changed nothing')
      fixture.apply(records)
      return first.id
    },
    undo(): void {
      const last = history.pop()
      if (!last) throw new Error('theme2Fixture: nothing to undo')
      const inverse = invertChange(last.base, last.change, ctx.now())
      doc = applyRecords(doc, stampChange(doc, inverse, stampOf(ctx)).records)
    },
    /** Adds a テーマ1 note (a タネ unless told otherwise) and returns it. */
    tane(text: string, scenes: SceneKey[] = ['endOfLife'], tane = true): Note {
      const id = fixture.must(addNote(doc, theme1.id, { text, scenes, tane }, ctx))
      const note = doc.notes[id]
      if (!note) throw new Error('theme2Fixture: no note')
      return note
    },
    /** The live テーマ2 records, without the fields every edit changes (to compare states). */
    content() {
      const strip = <T extends { rev: number; updatedAt: string; createdAt: string }>(r: T) => ({
        ...r,
        rev: 0,
        edits: {},
        updatedAt: '',
        createdAt: '',
      })
      const byId = <T extends { id: string }>(a: T, b: T) => a.id.localeCompare(b.id)
      return {
        topics: live(doc.topics).sort(byId).map(strip),
        causes: live(doc.causes).sort(byId).map(strip),
        measures: live(doc.measures).sort(byId).map(strip),
        outcomes: live(doc.outcomes).sort(byId).map(strip),
        notes: live(doc.notes).sort(byId).map(strip),
      }
    },
  }
  return fixture
}

export type Theme2Fixture = ReturnType<typeof theme2Fixture>
