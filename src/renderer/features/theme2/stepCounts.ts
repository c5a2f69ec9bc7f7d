import type { WorkshopDoc } from '../../../shared/model/workshopDoc'
import { topicCauses, topicMeasures } from '../../../shared/theme2/theme2Queries'

/**
 * What the step bar shows beside ② (causes), ④ (countermeasures) and ⑤ (adopted ones). A flat
 * object of numbers, so that useShallow can compare it.
 */
export function stepCounts(doc: WorkshopDoc, topicId: string): Record<2 | 4 | 5, number> {
  const measures = topicMeasures(doc, topicId)
  return {
    2: topicCauses(doc, topicId).length,
    4: measures.length,
    5: measures.filter((m) => m.chosen).length,
  }
}
