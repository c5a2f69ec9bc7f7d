import { render, screen } from '@testing-library/react'
import { applyRecords, docRecords, type WorkshopDoc } from '../../../../shared/model/workshopDoc'
import { addNote } from '../../../../shared/board/theme1Ops'
import { boardOf, workshopGroups } from '../../../../shared/ops/groupOps'
import { createTopicFromTane } from '../../../../shared/theme2/topicOps'
import { createCanvasFromTopic } from '../../../../shared/theme3/canvasOps'
import { AppServicesContext } from '../../../session/appServices'
import { makeTestDoc } from '../../../testing/testDocs'
import { createTestServices } from '../../../testing/testServices'
import { Theme3Screen } from '../Theme3Screen'

export const TANE = '看取りの時期に家族が不安になり、救急車を呼んでしまう'

/**
 * For component tests: a workshop with one group whose テーマ1 board has a タネ (看取り), whose
 * テーマ2 board has a topic made from it, and (unless `canvas: false`) whose テーマ3 board has a
 * canvas for that topic; stored like the app stores it, and the テーマ3 screen rendered over it.
 */
export async function renderTheme3(options: { canvas?: boolean } = {}) {
  const services = createTestServices()
  let doc: WorkshopDoc = makeTestDoc(services.ctx, { title: '前橋研修会', rows: 1, groups: 1 })
  const group = workshopGroups(doc)[0]
  const theme1 = group && boardOf(doc, group.id, 'theme1')
  const theme2 = group && boardOf(doc, group.id, 'theme2')
  const theme3 = group && boardOf(doc, group.id, 'theme3')
  if (!group || !theme1 || !theme2 || !theme3) throw new Error('renderTheme3: no boards')
  const added = addNote(
    doc,
    theme1.id,
    { text: TANE, scenes: ['endOfLife'], tane: true },
    services.ctx,
  )
  const note = added.find((r) => r.type === 'note')
  if (!note) throw new Error('renderTheme3: no note')
  doc = applyRecords(doc, added)
  const topic = createTopicFromTane(doc, theme2.id, note.id, services.ctx)[0]
  if (!topic) throw new Error('renderTheme3: no topic')
  doc = applyRecords(doc, [topic])
  if (options.canvas !== false) {
    doc = applyRecords(doc, createCanvasFromTopic(doc, theme3.id, topic.id, services.ctx))
  }
  await services.persistence.saveNow(doc, docRecords(doc))
  const view = render(
    <AppServicesContext.Provider value={services}>
      <Theme3Screen workshopId={doc.workshop.id} groupId={group.id} />
    </AppServicesContext.Provider>,
  )
  await screen.findByRole('heading', { name: group.name, level: 1 })
  const current = () => {
    const d = services.workshop.getState().doc
    if (!d) throw new Error('renderTheme3: no doc')
    return d
  }
  return {
    services,
    view,
    noteId: note.id,
    topicId: topic.id,
    boardId: theme3.id,
    doc: current,
    /** The live region's text (without the zero-width space that makes a repeat heard again). */
    announcement: () =>
      (document.querySelector('[data-t3-announcer]')?.textContent ?? '').replace(/\u200b/g, ''),
  }
}
