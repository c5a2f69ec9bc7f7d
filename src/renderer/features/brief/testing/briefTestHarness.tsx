import { render, screen } from '@testing-library/react'
import type { CanvasArea } from '../../../../shared/model/schemas'
import { applyRecords, docRecords, type WorkshopDoc } from '../../../../shared/model/workshopDoc'
import { boardOf, workshopGroups } from '../../../../shared/ops/groupOps'
import { createTopic, updateTopic } from '../../../../shared/theme2/topicOps'
import { addCanvasNote } from '../../../../shared/theme3/canvasNoteOps'
import { createCanvas, createCanvasFromTopic } from '../../../../shared/theme3/canvasOps'
import { addQa } from '../../../../shared/theme3/canvasQaOps'
import { AppServicesContext } from '../../../session/appServices'
import { makeTestDoc } from '../../../testing/testDocs'
import { createTestServices } from '../../../testing/testServices'
import { BriefScreen } from '../BriefScreen'

export const BRIEF_STATEMENT = '専門医と相談しやすい関係を作ること'
export const BRIEF_NOTES: Record<CanvasArea, string[]> = {
  facts: ['市外の訪問診療医を紹介した', 'ケアマネから同じ問合せが続いている'],
  thoughts: ['専門医に相談しやすい関係が地域にない'],
  materials: ['相談室の相談記録（8～12月）'],
  share: ['在宅医療・介護連携推進協議会で報告する'],
}

/**
 * For component tests: a workshop (前橋研修会, 2025-02-07, 会議室A) with one group whose テーマ3
 * board has a canvas linked to a テーマ2 topic, notes in all four areas and one question; with
 * `secondCanvas` also a typed one; with `empty` no canvas at all. Stored like the app stores it,
 * then the 伝達シート screen rendered over it.
 */
export async function renderBrief(options: { secondCanvas?: boolean; empty?: boolean } = {}) {
  const services = createTestServices()
  const ctx = services.ctx
  let doc: WorkshopDoc = makeTestDoc(ctx, { title: '前橋研修会', rows: 1, groups: 1 })
  const group = workshopGroups(doc)[0]
  const theme2 = group && boardOf(doc, group.id, 'theme2')
  const theme3 = group && boardOf(doc, group.id, 'theme3')
  if (!group || !theme2 || !theme3) throw new Error('renderBrief: no boards')
  const step = (records: ReturnType<typeof createCanvas>) => {
    doc = applyRecords(doc, records)
    return records[0]?.id ?? ''
  }
  let canvasId = ''
  if (!options.empty) {
    const topicId = step(createTopic(doc, theme2.id, 'パーキンソン病の訪問診療', ctx))
    step(updateTopic(doc, topicId, { statement: BRIEF_STATEMENT, goal: '自宅で療養を続けられる' }))
    canvasId = step(createCanvasFromTopic(doc, theme3.id, topicId, ctx))
    for (const [area, texts] of Object.entries(BRIEF_NOTES) as [CanvasArea, string[]][]) {
      for (const text of texts) step(addCanvasNote(doc, canvasId, area, text, ctx))
    }
    step(
      addQa(
        doc,
        canvasId,
        { prompt: 'reason', question: 'なぜ市内に必要なのか', answer: '通院が難しいから' },
        ctx,
      ),
    )
    if (options.secondCanvas) step(createCanvas(doc, theme3.id, '入退院時の情報共有', ctx))
  }
  await services.persistence.saveNow(doc, docRecords(doc))
  const view = render(
    <AppServicesContext.Provider value={services}>
      <BriefScreen workshopId={doc.workshop.id} groupId={group.id} />
    </AppServicesContext.Provider>,
  )
  await screen.findByRole('heading', { name: group.name, level: 1 })
  const current = () => {
    const d = services.workshop.getState().doc
    if (!d) throw new Error('renderBrief: no doc')
    return d
  }
  return { services, view, group, boardId: theme3.id, canvasId, doc: current }
}
