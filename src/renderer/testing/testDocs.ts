import type { EditContext } from '../../shared/model/context'
import type { Workshop } from '../../shared/model/schemas'
import { applyRecords, emptyDoc, type WorkshopDoc } from '../../shared/model/workshopDoc'
import { addGroup } from '../../shared/ops/groupOps'
import { newRecordBase } from '../../shared/ops/records'
import { addRow } from '../../shared/ops/timetableOps'

/** A small workshop for tests: a timetable of `rows` rows and `groups` groups with boards. */
export function makeTestDoc(
  ctx: EditContext,
  options: { title?: string; rows?: number; groups?: number; isSample?: boolean } = {},
): WorkshopDoc {
  const workshop: Workshop = {
    ...newRecordBase(ctx),
    type: 'workshop',
    title: options.title ?? 'テスト研修会',
    date: '2025-02-07',
    venue: '会議室A',
    variant: 'fullDay',
    scenes: ['daily', 'admission', 'emergency', 'endOfLife'],
    dayStart: '13:00',
    isSample: options.isSample ?? false,
  }
  let doc = emptyDoc(workshop)
  for (let i = 0; i < (options.rows ?? 2); i += 1) {
    doc = applyRecords(doc, addRow(doc, null, ctx, { item: `項目${i + 1}`, durationMin: 30 }))
  }
  for (let i = 0; i < (options.groups ?? 2); i += 1) {
    doc = applyRecords(doc, addGroup(doc, ctx))
  }
  return doc
}
