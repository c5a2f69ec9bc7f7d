import * as Y from 'yjs'
import type { AnyRecord } from '../../shared/model/schemas'
import { docRecords, findRecord, type WorkshopDoc } from '../../shared/model/workshopDoc'
import { checkVersion, type SyncRole } from '../../shared/sync/checkVersion'
import { docName, type DocRef } from '../../shared/sync/docNames'
import { docRefOf, recordsByGroup } from '../../shared/sync/docOfRecord'
import { materialise } from '../../shared/sync/materialise'
import { versionsToCommit, versionsToPublish } from '../../shared/sync/replica'
import { VERSIONS_MAP, versionKey } from '../../shared/sync/versionKeys'
import { parseTimerText, TIMER_KEY, TIMER_MAP, timerText } from '../../shared/sync/timerEntry'
import type { TimerState } from '../../shared/timer/timerState'

/**
 * A device's side of the LAN session, without the network: the Y documents it holds (its group's,
 * and meta; the facilitator: every group's) and the two directions between them and the
 * workshop session.
 *
 * - Outbound: every change the session commits (but remote ones) is put, version by version, under
 *   this device's slot in the document the record lives in. A version this device may not write
 *   (a table: boards, meta) is not put: the hub would refuse it.
 * - Inbound: when a document changes from elsewhere, what it shows (materialise: checked, the
 *   dominating version) is compared with the session's versions; versions made from the session's
 *   are committed with origin 'remote' (written as they are, never re-stamped, no undo entry).
 */
export interface ReplicaSession {
  commit(request: {
    origin: 'remote'
    workshopId: string
    records: readonly AnyRecord[]
  }): Promise<unknown>
  onCommitted(
    listener: (change: {
      origin: string
      workshopId: string
      records: readonly AnyRecord[]
      doc: WorkshopDoc
    }) => void,
  ): () => void
}

export interface ReplicaOptions {
  workshopId: string
  role: SyncRole
  /** The groups whose documents this device holds (a table: its own). */
  groupIds: readonly string[]
  /** This device's slot: its editor id (each key has one writer). */
  slot: string
  session: ReplicaSession
  /** The session's workshop now (null while it is not open). */
  current: () => WorkshopDoc | null
}

/** The origin of this device's own writes into its documents. */
export const LOCAL_ORIGIN = Symbol('taneboard-lan-local')

export interface Replica {
  /** Name → document, meta first. */
  readonly docs: ReadonlyMap<string, { ref: DocRef; doc: Y.Doc }>
  /**
   * Commits what the documents show that is newer than the session's versions and, unless
   * `publish` is false (before the first sync with the hub), publishes what they do not show yet.
   */
  reconcile(name?: string, publish?: boolean): void
  /** Versions put since `markSent` (what a socket has not confirmed yet). */
  unsentKeys(): ReadonlySet<string>
  markSent(): void
  /** The facilitator's timer as meta has it (shared/sync/timerEntry), null if none or invalid. */
  timer(): TimerState | null
  /** Called with the timer each time meta's timer changes (from the hub or this device). */
  onTimer(listener: (timer: TimerState | null) => void): () => void
  /** The facilitator publishes its console's timer; a table never writes it (read-only). */
  publishTimer(state: TimerState): void
  destroy(): void
}

/** The session's records of one document (a group's: one pass over the workshop per doc). */
const groupsOfDoc = new WeakMap<WorkshopDoc, Map<string, AnyRecord[]>>()

function recordsOfDoc(current: WorkshopDoc, ref: DocRef): readonly AnyRecord[] {
  if (ref.kind === 'group') {
    let groups = groupsOfDoc.get(current)
    if (!groups) {
      groups = recordsByGroup(current)
      groupsOfDoc.set(current, groups)
    }
    return groups.get(ref.groupId) ?? []
  }
  return docRecords(current).filter((record) => docRefOf(record, current)?.kind === 'meta')
}

export function createReplica(options: ReplicaOptions): Replica {
  const { workshopId, role, slot, session } = options
  const refs: DocRef[] = [
    { kind: 'meta', workshopId },
    ...options.groupIds.map((groupId): DocRef => ({ kind: 'group', workshopId, groupId })),
  ]
  const docs = new Map(refs.map((ref) => [docName(ref), { ref, doc: new Y.Doc() }]))
  const unsent = new Set<string>()

  const mayWrite = (record: AnyRecord, ref: DocRef): boolean => {
    const current = options.current()
    const groupBoards = new Set(
      current && ref.kind === 'group'
        ? Object.values(current.boards)
            .filter((board) => board.groupId === ref.groupId)
            .map((board) => board.id)
        : [],
    )
    return checkVersion(versionKey(record, slot), record, { doc: ref, role, groupBoards }).ok
  }

  const put = (name: string, records: readonly AnyRecord[]): void => {
    const entry = docs.get(name)
    if (!entry || records.length === 0) return
    const writable = records.filter((record) => mayWrite(record, entry.ref))
    if (writable.length === 0) return
    const versions = entry.doc.getMap<unknown>(VERSIONS_MAP)
    entry.doc.transact(() => {
      for (const record of writable) {
        const key = versionKey(record, slot)
        versions.set(key, record)
        unsent.add(key)
      }
    }, LOCAL_ORIGIN)
  }

  const publish = (records: readonly AnyRecord[], doc: WorkshopDoc): void => {
    const byDoc = new Map<string, AnyRecord[]>()
    for (const record of records) {
      const ref = docRefOf(record, doc)
      if (!ref) continue
      const name = docName(ref)
      const list = byDoc.get(name)
      if (list) list.push(record)
      else byDoc.set(name, [record])
    }
    for (const [name, list] of byDoc) put(name, list)
  }

  const unsubscribe = session.onCommitted((change) => {
    if (change.origin === 'remote' || change.workshopId !== workshopId) return
    publish(change.records, change.doc)
  })

  const reconcile = (only?: string, publish = true): void => {
    const current = options.current()
    if (current && current.workshop.id !== workshopId) return
    // Nothing here yet (a table's first join, an empty IndexedDB): the workshop arrives whole
    // from the documents, in one commit with its workshop record, once meta has it.
    const names = current ? (only === undefined ? [...docs.keys()] : [only]) : [...docs.keys()]
    const incoming: AnyRecord[] = []
    for (const name of names) {
      const entry = docs.get(name)
      if (!entry) continue
      const shown = materialise(entry.ref, entry.doc.getMap<unknown>(VERSIONS_MAP).entries())
      // The session's version of each record shown, looked up by its key (not the whole workshop
      // listed on every change: the facilitator follows fifteen tables).
      incoming.push(
        ...versionsToCommit(shown, (key) => {
          const version = shown.records.get(key)
          return current && version ? findRecord(current, version) : undefined
        }),
      )
      if (!publish || !current) continue
      put(name, versionsToPublish(shown, recordsOfDoc(current, entry.ref)))
    }
    if (incoming.length === 0) return
    if (!current && !incoming.some((r) => r.type === 'workshop' && r.id === workshopId)) return
    session.commit({ origin: 'remote', workshopId, records: incoming }).catch((error: unknown) => {
      console.error('TaneBoard: a change from the LAN hub could not be written', error)
    })
  }

  const pending = new Set<string>()
  let timer: ReturnType<typeof setTimeout> | null = null
  for (const [name, { doc }] of docs) {
    doc.on('update', (_update: Uint8Array, origin: unknown) => {
      if (origin === LOCAL_ORIGIN) return
      pending.add(name)
      timer ??= setTimeout(() => {
        timer = null
        const names = [...pending]
        pending.clear()
        for (const n of names) reconcile(n)
      }, 30)
    })
  }

  const metaDoc = docs.get(docName({ kind: 'meta', workshopId }))?.doc
  const timerMap = metaDoc?.getMap<unknown>(TIMER_MAP)
  const timerListeners = new Set<(timer: TimerState | null) => void>()
  const readTimer = (): TimerState | null => parseTimerText(timerMap?.get(TIMER_KEY))
  const onTimerChange = (): void => {
    const timer = readTimer()
    for (const listener of [...timerListeners]) listener(timer)
  }
  timerMap?.observe(onTimerChange)

  return {
    docs,
    reconcile,
    timer: readTimer,
    onTimer(listener) {
      timerListeners.add(listener)
      return () => timerListeners.delete(listener)
    },
    publishTimer(state) {
      if (role !== 'facilitator' || !metaDoc || !timerMap) return
      const text = timerText(state)
      if (timerMap.get(TIMER_KEY) === text) return
      metaDoc.transact(() => {
        timerMap.set(TIMER_KEY, text)
      }, LOCAL_ORIGIN)
    },
    unsentKeys: () => unsent,
    markSent: () => {
      unsent.clear()
    },
    destroy() {
      unsubscribe()
      timerMap?.unobserve(onTimerChange)
      timerListeners.clear()
      if (timer) clearTimeout(timer)
      for (const { doc } of docs.values()) doc.destroy()
    },
  }
}
