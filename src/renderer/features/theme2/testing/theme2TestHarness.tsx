import { fireEvent, render, screen } from '@testing-library/react'
import type { EditContext } from '../../../../shared/model/context'
import type { AnyRecord } from '../../../../shared/model/schemas'
import { applyRecords, docRecords, type WorkshopDoc } from '../../../../shared/model/workshopDoc'
import { boardOf, workshopGroups } from '../../../../shared/ops/groupOps'
import { createTopic } from '../../../../shared/theme2/topicOps'
import { AppServicesContext } from '../../../session/appServices'
import { makeTestDoc } from '../../../testing/testDocs'
import { createTestServices } from '../../../testing/testServices'
import { Theme2Screen } from '../Theme2Screen'
import { STEP_MARKS, type Theme2Step } from '../theme2Steps'

type Op = (doc: WorkshopDoc, ctx: EditContext, topicId: string) => AnyRecord[]

/**
 * For component tests: a workshop with one group whose テーマ2 board has one topic, then `ops`
 * applied in order (each gets the topic id), stored like the app stores it, and the テーマ2
 * screen rendered over it, on step ① (or on `step`, chosen in the step bar as a user does).
 */
export async function renderTheme2(ops: Op[] = [], options: { step?: Theme2Step } = {}) {
  for (const key of Object.keys(localStorage)) {
    if (key.startsWith('taneboard.theme2Steps.')) localStorage.removeItem(key)
  }
  const services = createTestServices()
  let doc: WorkshopDoc = makeTestDoc(services.ctx, { title: '前橋研修会', rows: 1, groups: 1 })
  const group = workshopGroups(doc)[0]
  const board = group && boardOf(doc, group.id, 'theme2')
  if (!group || !board) throw new Error('renderTheme2: no board')
  const created = createTopic(doc, board.id, '看取り期の家族の不安', services.ctx)
  const topicId = created[0]?.id ?? ''
  doc = applyRecords(doc, created)
  for (const op of ops) doc = applyRecords(doc, op(doc, services.ctx, topicId))
  await services.persistence.saveNow(doc, docRecords(doc))
  const view = render(
    <AppServicesContext.Provider value={services}>
      <Theme2Screen workshopId={doc.workshop.id} groupId={group.id} />
    </AppServicesContext.Provider>,
  )
  await screen.findByRole('heading', { name: group.name, level: 1 })
  if (options.step !== undefined) {
    const mark = STEP_MARKS[options.step]
    fireEvent.click(screen.getByRole('button', { name: new RegExp(`^${mark} `) }))
  }
  const current = () => {
    const d = services.workshop.getState().doc
    if (!d) throw new Error('renderTheme2: no doc')
    return d
  }
  return {
    services,
    view,
    topicId,
    doc: current,
    /** The live cause with this text. */
    cause: (text: string) => {
      const found = Object.values(current().causes).find(
        (c) => c.text === text && c.deletedAt === null,
      )
      if (!found) throw new Error(`no cause 「${text}」`)
      return found
    },
    announcement: () => document.querySelector('[data-t2-announcer]')?.textContent ?? '',
  }
}
