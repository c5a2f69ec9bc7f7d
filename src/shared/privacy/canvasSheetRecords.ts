import type { WorkshopDoc } from '../model/workshopDoc'

/**
 * The records one 伝達シート is made of (`${type}:${id}`): the canvas, its linked テーマ2 topic
 * with the topic's タネ and 主たる原因, the canvas's notes and what they refer to, its questions.
 * The guard of the sheet's print reads only these.
 */
export function canvasSheetRecords(doc: WorkshopDoc, canvasId: string): Set<string> {
  const keys = new Set<string>([`canvas:${canvasId}`])
  const canvas = doc.canvases[canvasId]
  const topic = canvas?.sourceTopicId ? doc.topics[canvas.sourceTopicId] : undefined
  if (topic) {
    keys.add(`topic:${topic.id}`)
    if (topic.sourceNoteId) keys.add(`note:${topic.sourceNoteId}`)
    if (topic.mainCauseId) keys.add(`cause:${topic.mainCauseId}`)
  }
  for (const note of Object.values(doc.canvasNotes)) {
    if (note.canvasId !== canvasId) continue
    keys.add(`canvasNote:${note.id}`)
    if (note.ref) keys.add(`${note.ref.type}:${note.ref.id}`)
  }
  for (const qa of Object.values(doc.canvasQas)) {
    if (qa.canvasId === canvasId) keys.add(`canvasQa:${qa.id}`)
  }
  return keys
}
