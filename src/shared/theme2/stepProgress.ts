import type { WorkshopDoc } from '../model/workshopDoc'
import { topicCauses, topicMeasures, topicOutcomes } from './theme2Queries'

/**
 * Where a topic stands in the thinking steps ①-⑤ of テーマ2 (report L7473-7483), read from the
 * table's own data, never stored: 'done' when the step's result is there, 'started' when work on
 * it has begun, 'empty' otherwise.
 *
 * ① 不安の対象の具体化: done when the concrete worry (`concern`) is written; started when only
 *   the 目指す姿 is.
 * ② 原因: done with one cause or more.
 * ③ 主たる原因: done when a live cause of the topic is the main cause; started when causes are
 *   placed on the grid or have votes.
 * ④ 対策案の列挙: done with one countermeasure or more.
 * ⑤ 効果的な対策の絞り込み: done when a countermeasure is adopted (採用) and the 地域課題 is
 *   written; started with either, a countermeasure on the grid, or a 期待値/指標.
 */

export type StepStatus = 'empty' | 'started' | 'done'
export type StepProgress = Record<1 | 2 | 3 | 4 | 5, StepStatus>

const status = (done: boolean, started: boolean): StepStatus =>
  done ? 'done' : started ? 'started' : 'empty'

const written = (text: string) => text.trim().length > 0

export function topicStepProgress(doc: WorkshopDoc, topicId: string): StepProgress {
  const topic = doc.topics[topicId]
  if (!topic || topic.deletedAt !== null) {
    return { 1: 'empty', 2: 'empty', 3: 'empty', 4: 'empty', 5: 'empty' }
  }
  const causes = topicCauses(doc, topicId)
  const measures = topicMeasures(doc, topicId)
  const outcomes = topicOutcomes(doc, topicId)
  const mainCause = causes.some((c) => c.id === topic.mainCauseId)
  const chosen = measures.some((m) => m.chosen)
  const statement = written(topic.statement)
  return {
    1: status(written(topic.concern), written(topic.goal)),
    2: status(causes.length > 0, false),
    3: status(
      mainCause,
      causes.some((c) => c.grid !== null || Object.keys(c.votes).length > 0),
    ),
    4: status(measures.length > 0, false),
    5: status(
      chosen && statement,
      chosen ||
        statement ||
        measures.some((m) => m.grid !== null) ||
        outcomes.some((o) => written(o.expectation) || written(o.indicator)),
    ),
  }
}
