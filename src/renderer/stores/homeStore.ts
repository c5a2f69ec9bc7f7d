import { appError } from '../../shared/errors/appError'
import { createStore, type StoreApi } from 'zustand/vanilla'
import type { EditContext } from '../../shared/model/context'
import { docRecords, stampOf, type WorkshopDoc } from '../../shared/model/workshopDoc'
import { deleteWorkshop, restoreWorkshop } from '../../shared/ops/workshopOps'
import {
  createWorkshopFromTemplate,
  duplicateWorkshop,
} from '../../shared/templates/createWorkshop'
import { createSampleWorkshop } from '../../shared/templates/sampleWorkshop'
import type { WorkshopRepository } from '../db/workshopRepository'
import { commit } from './history'
import type { Persistence } from './persistence'
import type { HomeState, NoticeState } from './storeTypes'

export interface HomeStoreDeps {
  repo: Pick<WorkshopRepository, 'listWorkshopSummaries' | 'loadDoc'>
  persistence: Persistence
  ctx: EditContext
  notices: Pick<NoticeState, 'push' | 'dismiss'>
}

/**
 * The home screen: the list of workshops and what can be done to a whole workshop. Every new or
 * changed workshop goes to IndexedDB and gets its host snapshot at once.
 */
export function createHomeStore(deps: HomeStoreDeps): StoreApi<HomeState> {
  const { repo, persistence, ctx, notices } = deps

  /** The stored doc, after every pending write has landed. */
  const load = async (workshopId: string): Promise<WorkshopDoc> => {
    await persistence.flushRecords()
    const doc = persistence.withPending(workshopId, await repo.loadDoc(workshopId))
    if (!doc) throw appError('workshop.notFound')
    return doc
  }

  return createStore<HomeState>()((set, get) => {
    const saveNew = async (doc: WorkshopDoc): Promise<string> => {
      await persistence.saveNow(doc, docRecords(doc))
      await get().refresh()
      return doc.workshop.id
    }

    return {
      workshops: [],
      loaded: false,

      async refresh() {
        await persistence.flushRecords()
        const summaries = await repo.listWorkshopSummaries()
        const workshops = summaries
          .filter((s) => s.workshop.deletedAt === null)
          .sort((a, b) =>
            a.lastEditedAt < b.lastEditedAt ? 1 : a.lastEditedAt > b.lastEditedAt ? -1 : 0,
          )
        set({ workshops, loaded: true })
      },

      createFromTemplate(template, input) {
        return saveNew(createWorkshopFromTemplate(template, input, ctx))
      },

      async openSample() {
        await persistence.flushRecords()
        const summaries = await repo.listWorkshopSummaries()
        const sample = summaries.find((s) => s.workshop.isSample && s.workshop.deletedAt === null)
        if (sample) return sample.workshop.id
        return saveNew(createSampleWorkshop(ctx))
      },

      async duplicate(workshopId) {
        return saveNew(duplicateWorkshop(await load(workshopId), ctx))
      },

      async remove(workshopId) {
        const doc = await load(workshopId)
        if (doc.workshop.deletedAt !== null) return
        const committed = commit(doc, deleteWorkshop(doc, ctx), stampOf(ctx))
        await persistence.saveNow(committed.doc, committed.change.records)
        await get().refresh()
        let noticeId = 0
        noticeId = notices.push({
          tone: 'info',
          message: `『${doc.workshop.title}』を削除しました`,
          action: {
            label: '元に戻す',
            run: () => {
              notices.dismiss(noticeId)
              void get()
                .restore(workshopId)
                .catch((error: unknown) => {
                  console.error('TaneBoard: restoring a workshop failed', error)
                })
            },
          },
        })
      },

      async restore(workshopId) {
        const doc = await load(workshopId)
        if (doc.workshop.deletedAt === null) return
        const committed = commit(doc, restoreWorkshop(doc), stampOf(ctx))
        await persistence.saveNow(committed.doc, committed.change.records)
        await get().refresh()
      },
    }
  })
}
