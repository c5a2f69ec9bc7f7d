/* global window, document, MutationObserver, indexedDB */
// Code that runs inside the page (serialised by Playwright): it must not use anything from this
// module's scope.

/**
 * Installed before the app's scripts on every navigation. After each batch of DOM mutations it
 * reads the board (our notes by text, and the area each is in) and the save badge, and reports to
 * Node through the `__crashEvent` binding:
 * - `note`: a note appeared or changed area; `gone`: it left the DOM;
 * - `ack`: the app acknowledged the note in that area, i.e. the badge read something other than
 *   保存済み at or after the batch in which the note (or its move) appeared, then read 保存済み;
 * - `badge`: the badge changed; `notice`: a notice appeared (its text);
 * - `early`: the badge said 保存済み while a snapshot write was still in flight (see below).
 * The rule is conservative: a 保存中… → 保存済み pair that both happen between two batches is not
 * seen, and the note then waits for the next pair.
 */
export function installObserver(prefix) {
  const send = (event) => {
    try {
      const binding = window.__crashEvent
      if (typeof binding === 'function') void binding(event)
    } catch {
      // The binding is gone while the page is being torn down.
    }
  }
  const known = new Map()
  const pending = new Map()
  const notices = new Set()
  let badge = null

  // Snapshot writes in flight, from the file handle's creation to the stream's close (the app's
  // OPFS write: getFileHandle(create) → createWritable → write → close, with only microtasks
  // between the snapshot writer taking the doc and getFileHandle). A 保存済み shown while one is
  // in flight is reported as `early`, with how long the write still took.
  let writing = 0
  let earlyAt = null
  const settle = () => {
    writing--
    if (writing === 0 && earlyAt !== null) {
      send({ k: 'early', ms: Math.round(performance.now() - earlyAt) })
      earlyAt = null
    }
  }
  const Dir = window.FileSystemDirectoryHandle
  if (Dir) {
    const getFileHandle = Dir.prototype.getFileHandle
    Dir.prototype.getFileHandle = function (name, options) {
      const result = getFileHandle.call(this, name, options)
      if (!options?.create || !String(name).endsWith('.taneboard.json')) return result
      writing++
      return result.then(
        (handle) => {
          const createWritable = handle.createWritable
          let open = true
          const done = () => {
            if (open) settle()
            open = false
          }
          handle.createWritable = async function (...args) {
            let stream
            try {
              stream = await createWritable.apply(this, args)
            } catch (error) {
              done()
              throw error
            }
            for (const method of ['close', 'abort']) {
              const original = stream[method].bind(stream)
              stream[method] = async (...rest) => {
                try {
                  return await original(...rest)
                } finally {
                  done()
                }
              }
            }
            return stream
          }
          return handle
        },
        (error) => {
          settle()
          throw error
        },
      )
    }
  }

  const scan = () => {
    const now = new Map()
    for (const el of document.querySelectorAll('[data-note-id]:not([data-secondary])')) {
      const area = el.closest('[data-area]')?.getAttribute('data-area')
      const text = el.querySelector('.note__text')?.textContent ?? ''
      if (area && text.startsWith(prefix)) now.set(text, area)
    }
    for (const [text, area] of now) {
      if (known.get(text) === area) continue
      known.set(text, area)
      pending.set(text, { area, dirty: false })
      send({ k: 'note', t: text, a: area })
    }
    for (const text of [...known.keys()]) {
      if (now.has(text)) continue
      known.delete(text)
      pending.delete(text)
      send({ k: 'gone', t: text })
    }
    const el = document.querySelector('.save-status')
    const status = !el
      ? null
      : el.classList.contains('save-status--saved')
        ? 'saved'
        : el.classList.contains('save-status--saving')
          ? 'saving'
          : 'error'
    const changed = status !== badge
    badge = status
    if (changed) send({ k: 'badge', s: status })
    if (status !== null && status !== 'saved') {
      for (const entry of pending.values()) entry.dirty = true
    } else if (status === 'saved') {
      for (const [text, entry] of [...pending]) {
        if (!entry.dirty) continue
        pending.delete(text)
        send({ k: 'ack', t: text, a: entry.area })
      }
    }
    // After the acks: what 保存済み acknowledged counts even when the harness kills at once.
    if (changed && status === 'saved' && writing > 0 && earlyAt === null) {
      earlyAt = performance.now()
      send({ k: 'earlyStart' })
    }
    for (const notice of document.querySelectorAll('.notice')) {
      const text = (notice.textContent ?? '').trim()
      if (text && !notices.has(text)) {
        notices.add(text)
        send({ k: 'notice', t: text })
      }
    }
  }

  new MutationObserver(scan).observe(document, {
    subtree: true,
    childList: true,
    characterData: true,
    attributes: true,
    attributeFilter: ['class'],
  })
}

/**
 * Run on a blank page of the app's origin before the app starts: what survived the kill, as
 * IndexedDB and the origin-private file system hold it (nothing is written). Notes are
 * `[text, area, deleted]`.
 */
export async function probeStorage({ workshopId, dbName, snapshotDir, snapshotSuffix }) {
  const out = { idb: 'missing', idbWorkshops: 0, idbNotes: [], snap: 'missing', snapNotes: [] }
  const areaOf = (note) => (note.scenes && note.scenes.length > 0 ? note.scenes[0] : 'tray')
  const ours = (notes) =>
    notes.filter((n) => n.workshopId === workshopId).map((n) => [n.text, areaOf(n), !!n.deletedAt])
  try {
    const dbs = await indexedDB.databases()
    if (dbs.some((d) => d.name === dbName)) {
      const db = await new Promise((resolve, reject) => {
        const request = indexedDB.open(dbName)
        request.onupgradeneeded = () => {
          request.transaction?.abort()
        }
        request.onsuccess = () => {
          resolve(request.result)
        }
        request.onerror = () => {
          reject(request.error ?? new Error('open failed'))
        }
      })
      try {
        const names = [...db.objectStoreNames]
        const getAll = (store) =>
          names.includes(store)
            ? new Promise((resolve, reject) => {
                const request = db.transaction(store, 'readonly').objectStore(store).getAll()
                request.onsuccess = () => {
                  resolve(request.result)
                }
                request.onerror = () => {
                  reject(request.error ?? new Error('read failed'))
                }
              })
            : Promise.resolve([])
        const workshops = await getAll('workshops')
        out.idbWorkshops = workshops.filter((w) => w.id === workshopId).length
        out.idbNotes = ours(await getAll('notes'))
        out.idb = out.idbWorkshops > 0 ? 'ok' : 'empty'
      } finally {
        db.close()
      }
    }
  } catch (error) {
    out.idb = `error: ${String(error)}`
  }
  try {
    const root = await navigator.storage.getDirectory()
    const dir = await root.getDirectoryHandle(snapshotDir)
    const handle = await dir.getFileHandle(`${workshopId}${snapshotSuffix}`)
    const text = await (await handle.getFile()).text()
    const file = JSON.parse(text)
    out.snapNotes = ours(file.records.filter((r) => r.type === 'note'))
    out.snap = 'ok'
  } catch (error) {
    out.snap = error && error.name === 'NotFoundError' ? 'missing' : `error: ${String(error)}`
  }
  try {
    out.rescueCopies = Object.keys(localStorage).filter((k) => k.startsWith('taneboard.rescue.'))
  } catch {
    out.rescueCopies = []
  }
  return out
}

/** Our notes on the board shown: `[text, area]` of each note's primary appearance. */
export function readBoard(prefix) {
  const out = []
  for (const el of document.querySelectorAll('[data-note-id]:not([data-secondary])')) {
    const area = el.closest('[data-area]')?.getAttribute('data-area')
    const text = el.querySelector('.note__text')?.textContent ?? ''
    if (area && text.startsWith(prefix)) out.push([text, area])
  }
  return out
}

/**
 * The harness's self-test (CRASH_SELFTEST=drop-note), on the blank page before the app starts:
 * deletes one of our notes from IndexedDB and from the snapshot, as a storage bug would. The
 * run must then count exactly that note as lost. Returns its text, or null.
 */
export async function dropOneNote({ workshopId, dbName, snapshotDir, snapshotSuffix, prefix }) {
  const db = await new Promise((resolve, reject) => {
    const request = indexedDB.open(dbName)
    request.onsuccess = () => {
      resolve(request.result)
    }
    request.onerror = () => {
      reject(request.error ?? new Error('open failed'))
    }
  })
  let victim = null
  try {
    victim = await new Promise((resolve, reject) => {
      const tx = db.transaction('notes', 'readwrite', { durability: 'strict' })
      const store = tx.objectStore('notes')
      let found = null
      store.getAll().onsuccess = (event) => {
        found = event.target.result.find((n) => n.text.startsWith(prefix) && !n.deletedAt) ?? null
        if (found) store.delete(found.id)
      }
      tx.oncomplete = () => {
        resolve(found)
      }
      tx.onerror = () => {
        reject(tx.error ?? new Error('write failed'))
      }
    })
  } finally {
    db.close()
  }
  if (!victim) return null
  const root = await navigator.storage.getDirectory()
  const dir = await root.getDirectoryHandle(snapshotDir)
  const handle = await dir.getFileHandle(`${workshopId}${snapshotSuffix}`)
  const file = JSON.parse(await (await handle.getFile()).text())
  file.records = file.records.filter((r) => r.id !== victim.id)
  const writable = await handle.createWritable()
  await writable.write(JSON.stringify(file))
  await writable.close()
  return victim.text
}
