import type { AnyRecord, Workshop } from '../../model/schemas'
import { applyRecords, emptyDoc, type WorkshopDoc } from '../../model/workshopDoc'
import { fakeContext } from '../../testing/fakeContext'

/** An empty workshop and a way to apply edits to it (tests of the 名簿). */
export function docFixture() {
  const ctx = fakeContext()
  const workshop: Workshop = {
    id: 'w1',
    type: 'workshop',
    createdAt: '2025-02-07T04:00:00.000Z',
    updatedAt: '2025-02-07T04:00:00.000Z',
    rev: 1,
    deletedAt: null,
    title: '在宅医療・介護連携 コーディネーター研修',
    date: '',
    venue: '',
    variant: 'custom',
    scenes: ['daily', 'admission', 'emergency', 'endOfLife'],
    dayStart: '10:00',
    isSample: false,
  }
  let doc: WorkshopDoc = emptyDoc(workshop)
  return {
    ctx,
    doc: () => doc,
    apply: <T extends AnyRecord>(records: T[]): T[] => {
      doc = applyRecords(doc, records)
      return records
    },
  }
}
