import { createStore, type StoreApi } from 'zustand/vanilla'
import type { NoticeState } from './storeTypes'

/** At most this many notices are kept; older ones drop off. */
const MAX_NOTICES = 8

/** Notices for the user (restored from backup, save failed, deleted with 元に戻す, …). */
export function createNoticeStore(): StoreApi<NoticeState> {
  let lastId = 0
  return createStore<NoticeState>()((set) => ({
    notices: [],
    push(notice) {
      lastId += 1
      const id = lastId
      set((state) => ({ notices: [...state.notices, { ...notice, id }].slice(-MAX_NOTICES) }))
      return id
    },
    dismiss(id) {
      set((state) => {
        const notices = state.notices.filter((n) => n.id !== id)
        return notices.length === state.notices.length ? state : { notices }
      })
    },
  }))
}
