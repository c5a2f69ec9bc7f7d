import { errorRef } from '../../shared/errors/errorCodes'
import { appError } from '../../shared/errors/appError'
import { createStore, type StoreApi } from 'zustand/vanilla'
import type { EditContext } from '../../shared/model/context'
import { docRecords, type WorkshopDoc } from '../../shared/model/workshopDoc'
import { deleteWorkshop, restoreWorkshop } from '../../shared/ops/workshopOps'
import type { WorkshopRepository } from '../db/workshopRepository'
import type { Persistence } from './persistence'
import type { HomeState, NoticeState } from './storeTypes'
import type { WorkshopSession } from './workshopSession'

/** The templates' builders and the サンプル研修会: loaded when asked for, not with ホーム. */
const loadTemplates = () => import('../../shared/templates/createWorkshop')
const loadSample = () => import('../../shared/templates/sampleWorkshop')

export interface HomeStoreDeps {
  repo: Pick<WorkshopRepository, 'listWorkshopSummaries'>
  persistence: Pick<Persistence, 'flushRecords'>
  session: Pick<WorkshopSession, 'commit' | 'readTrue' | 'undo'>
  ctx: EditContext
  notices: Pick<NoticeState, 'push' | 'dismiss'>
}

/**
 * The home screen: the list of workshops and what can be done to a whole workshop. Every new or
 * changed workshop is committed through the session (origin 'home'): in IndexedDB and in its host
 * snapshot at once.
 */
export function createHomeStore(deps: HomeStoreDeps): StoreApi<HomeState> {
  const { repo, persistence, session, ctx, notices } = deps

  /** The true stored doc. */
  const load = async (workshopId: string): Promise<WorkshopDoc> => {
    const doc = await session.readTrue(workshopId)
    if (!doc) throw appError('workshop.notFound')
    return doc
  }

  return createStore<HomeState>()((set, get) => {
    const saveNew = async (doc: WorkshopDoc): Promise<string> => {
      const workshopId = doc.workshop.id
      await session.commit({ origin: 'home', workshopId, records: docRecords(doc) })
      await get().refresh()
      return workshopId
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

      async createFromTemplate(template, input) {
        const { createWorkshopFromTemplate } = await loadTemplates()
        return saveNew(createWorkshopFromTemplate(template, input, ctx))
      },

      async openSample() {
        await persistence.flushRecords()
        const summaries = await repo.listWorkshopSummaries()
        const sample = summaries.find((s) => s.workshop.isSample && s.workshop.deletedAt === null)
        if (sample) return sample.workshop.id
        const { createSampleWorkshop } = await loadSample()
        return saveNew(createSampleWorkshop(ctx))
      },

      async duplicate(workshopId) {
        const { duplicateWorkshop } = await loadTemplates()
        return saveNew(duplicateWorkshop(await load(workshopId), ctx))
      },

      async remove(workshopId) {
        const doc = await load(workshopId)
        if (doc.workshop.deletedAt !== null) return
        const result = await session.commit({
          origin: 'home',
          workshopId,
          edit: (current) => deleteWorkshop(current, ctx),
        })
        await get().refresh()
        if (!result.ok) return
        const { undoId } = result
        let noticeId = 0
        noticeId = notices.push({
          tone: 'info',
          message: errorRef('notice.workshopDeleted', { title: doc.workshop.title }),
          action: {
            label: errorRef('notice.undo'),
            run: () => {
              notices.dismiss(noticeId)
              const undone = undoId === null ? Promise.resolve(null) : session.undo(undoId)
              void undone
                // Gone from the history (e.g. a later restore undid it): bring it back anyway.
                .then((done) => (done ? get().refresh() : get().restore(workshopId)))
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
        await session.commit({ origin: 'home', workshopId, edit: restoreWorkshop })
        await get().refresh()
      },
    }
  })
}
