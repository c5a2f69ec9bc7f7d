import type { BriefPart, CanvasRef } from '../../../shared/model/schemas'
import type { WorkshopDoc } from '../../../shared/model/workshopDoc'
import { liveCanvas } from '../../../shared/theme3/theme3Queries'

interface Stamped {
  updatedAt: string
}

function refRecord(doc: WorkshopDoc, ref: CanvasRef): Stamped | undefined {
  switch (ref.type) {
    case 'note':
      return doc.notes[ref.id]
    case 'topic':
      return doc.topics[ref.id]
    case 'cause':
      return doc.causes[ref.id]
    case 'measure':
      return doc.measures[ref.id]
    case 'outcome':
      return doc.outcomes[ref.id]
  }
}

/** The records a part of the 伝達シート is generated from (deleted ones too: a deletion changes it). */
function partSources(doc: WorkshopDoc, canvasId: string, part: BriefPart): Stamped[] {
  const canvas = doc.canvases[canvasId]
  if (!canvas) return []
  const topic = canvas.sourceTopicId === null ? undefined : doc.topics[canvas.sourceTopicId]
  const tane = topic?.sourceNoteId ? doc.notes[topic.sourceNoteId] : undefined
  const mainCause = topic?.mainCauseId ? doc.causes[topic.mainCauseId] : undefined
  const present = (records: (Stamped | undefined)[]) =>
    records.filter((r): r is Stamped => r !== undefined)
  switch (part) {
    case 'title':
      return present([topic, tane])
    case 'tane':
      return present([topic, tane, mainCause])
    case 'qa':
      return Object.values(doc.canvasQas).filter((q) => q.canvasId === canvasId)
    case 'facts':
    case 'thoughts':
    case 'materials':
    case 'share': {
      const notes = Object.values(doc.canvasNotes).filter(
        (n) => n.canvasId === canvasId && n.area === part,
      )
      return [...notes, ...present(notes.map((n) => (n.ref ? refRecord(doc, n.ref) : undefined)))]
    }
  }
}

/**
 * Whether what a part is generated from changed after the sheet was last edited. The model keeps
 * no time per edited part, only the canvas's updatedAt (which every edit of the sheet stamps), so
 * this is "since the sheet's last edit": it can miss a change when another part was edited after
 * it. An edited part always offers the canvas's current text besides (see BriefPartField).
 */
export function canvasChangedSinceEdit(
  doc: WorkshopDoc,
  canvasId: string,
  part: BriefPart,
): boolean {
  const canvas = liveCanvas(doc, canvasId)
  if (!canvas || canvas.brief[part] === null) return false
  return partSources(doc, canvasId, part).some((r) => r.updatedAt > canvas.updatedAt)
}
