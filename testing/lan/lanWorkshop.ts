import { addNote as addNoteRecords } from '../../src/shared/board/theme1Ops'
import { serializeWorkshopFile } from '../../src/shared/files/workshopFile'
import type { EditContext } from '../../src/shared/model/context'
import type { SceneKey } from '../../src/shared/model/scenes'
import { applyRecords, type WorkshopDoc } from '../../src/shared/model/workshopDoc'
import { addGroup, boardOf, workshopGroups } from '../../src/shared/ops/groupOps'
import { createWorkshopFromTemplate } from '../../src/shared/templates/createWorkshop'
import { FULL_DAY_TEMPLATE } from '../../src/shared/templates/workshopTemplates'

/**
 * The workshop of a LAN live session, shared by the LAN e2e specs and the LAN bench (which
 * bundles this file: it runs as plain Node).
 */

function theme1Board(doc: WorkshopDoc, groupId: string): string {
  const board = boardOf(doc, groupId, 'theme1')
  if (!board) throw new Error(`group ${groupId} has no テーマ1 board`)
  return board.id
}

/** A 終日開催 workshop with `groups` groups; each group's テーマ1 holds the given notes. */
export function lanWorkshop(
  title: string,
  notes: readonly (readonly { text: string; scene?: SceneKey }[])[],
): WorkshopDoc {
  let ids = 0
  let ms = Date.parse('2025-02-07T04:00:00.000Z')
  const ctx: EditContext = {
    now: () => new Date((ms += 1000)).toISOString(),
    newId: () => `lan${(++ids).toString(36).padStart(6, '0')}`,
    editorId: 'fa0000000000e2e1',
  }
  let doc = createWorkshopFromTemplate(
    FULL_DAY_TEMPLATE,
    { title, date: '2025-02-07', venue: '' },
    ctx,
  )
  for (let i = 0; i < notes.length; i++) doc = applyRecords(doc, addGroup(doc, ctx))
  workshopGroups(doc).forEach((group, i) => {
    const board = theme1Board(doc, group.id)
    for (const { text, scene } of notes[i] ?? []) {
      doc = applyRecords(
        doc,
        addNoteRecords(doc, board, { text, scenes: scene ? [scene] : [] }, ctx),
      )
    }
  })
  return doc
}

/** Each group's id, name and テーマ1 board. */
export function lanGroups(
  doc: WorkshopDoc,
): { groupId: string; name: string; theme1BoardId: string }[] {
  return workshopGroups(doc).map((group) => ({
    groupId: group.id,
    name: group.name,
    theme1BoardId: theme1Board(doc, group.id),
  }))
}

/** The workshop's file as the browser host keeps it among its snapshots. */
export function lanWorkshopFile(doc: WorkshopDoc): string {
  return serializeWorkshopFile(doc, 'bench', '2025-02-07T09:00:00.000Z')
}
