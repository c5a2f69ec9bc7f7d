import { act, render } from '@testing-library/react'
import type { ReactNode } from 'react'
import { docRecords, type WorkshopDoc } from '../../../../shared/model/workshopDoc'
import { workshopGroups } from '../../../../shared/ops/groupOps'
import { createSampleWorkshop } from '../../../../shared/templates/sampleWorkshop'
import { AppServicesContext } from '../../../session/appServices'
import { createTestServices } from '../../../testing/testServices'
import { createConsoleStore, type ConsoleStorage } from '../consoleStore'

export function memoryStorage(): ConsoleStorage {
  const map = new Map<string, string>()
  return {
    getItem: (key) => map.get(key) ?? null,
    setItem: (key, value) => {
      map.set(key, value)
    },
  }
}

/**
 * For component tests of the console's グループ一覧 and 全体共有: the サンプル研修会 (three
 * groups; Ａグループ with テーマ1-3), opened in the workshop store, a console store in memory, and
 * `ui(workshopId, store)` rendered inside the app services.
 */
export async function renderConsolePart(
  ui: (workshopId: string, store: ReturnType<typeof createConsoleStore>) => ReactNode,
) {
  const services = createTestServices()
  const sample: WorkshopDoc = createSampleWorkshop(services.ctx)
  await services.persistence.saveNow(sample, docRecords(sample))
  await act(async () => {
    await services.workshop.getState().open(sample.workshop.id)
  })
  const store = createConsoleStore(sample.workshop.id, memoryStorage())
  const view = render(
    <AppServicesContext.Provider value={services}>
      {ui(sample.workshop.id, store)}
    </AppServicesContext.Provider>,
  )
  const doc = () => {
    const d = services.workshop.getState().doc
    if (!d) throw new Error('renderConsolePart: no doc')
    return d
  }
  const group = (name: string) => {
    const found = workshopGroups(doc()).find((g) => g.name === name)
    if (!found) throw new Error(`no group ${name}`)
    return found
  }
  return { services, store, view, doc, group, workshopId: sample.workshop.id }
}
