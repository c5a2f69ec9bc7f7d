// The books: which notes the app acknowledged (and where), and what came back after each kill.

/**
 * A tracked note: `area` is where the app last acknowledged it; `later` the areas it was seen in
 * since (moves not acknowledged yet: after a restart it may be in any of these).
 */
export function createLedger() {
  /** text → { group, area, later: Set, since: cycle, adopted } */
  const tracked = new Map()
  /** Notes seen this cycle but not acknowledged yet: text → area. */
  let fresh = new Map()
  /** The current board: text → area, as last seen (drag candidates). */
  let visible = new Map()
  let recording = false
  let group = null
  let cycle = 0
  const lost = []
  const lostMoves = []
  const figures = {
    acknowledged_notes: 0,
    acknowledged_moves: 0,
    lost_notes: 0,
    lost_moves: 0,
    unacked_notes: 0,
    unacked_survived: 0,
    unacked_lost: 0,
    unseen_survived: 0,
  }
  const listeners = { ack: null, early: null }

  const allowed = (entry, area) => entry.area === area || entry.later.has(area)

  return {
    figures,
    lost,
    lostMoves,
    tracked,

    /** Starts a cycle's activity on `groupId`'s board, whose notes are `shown` (text → area). */
    startRecording(groupId, cycleNo, shown) {
      group = groupId
      cycle = cycleNo
      visible = new Map(shown)
      fresh = new Map()
      recording = true
    },
    /** At the kill: nothing reported after this counts. Returns the unacknowledged notes. */
    stopRecording() {
      recording = false
      figures.unacked_notes += fresh.size
      return fresh
    },
    isRecording: () => recording,
    onAck(listener) {
      listeners.ack = listener
    },
    /** Told when the badge says 保存済み while a snapshot write is still in flight. */
    onEarly(listener) {
      listeners.early = listener
    },
    visibleNotes: () => [...visible],

    /** An event from the page (see installObserver). */
    event(ev) {
      if (!recording) return
      if (ev.k === 'earlyStart') {
        listeners.early?.()
      } else if (ev.k === 'note') {
        visible.set(ev.t, ev.a)
        const entry = tracked.get(ev.t)
        if (entry) entry.later.add(ev.a)
        else fresh.set(ev.t, ev.a)
      } else if (ev.k === 'gone') {
        visible.delete(ev.t)
      } else if (ev.k === 'ack') {
        // An acknowledgement of a note already acknowledged where it is changes nothing (the
        // page reports the notes shown at load once the first save after it completes).
        const entry = tracked.get(ev.t)
        let kind = 'same'
        if (!entry) {
          tracked.set(ev.t, { group, area: ev.a, later: new Set(), since: cycle, adopted: false })
          fresh.delete(ev.t)
          figures.acknowledged_notes++
          kind = 'note'
        } else {
          if (entry.area !== ev.a) {
            figures.acknowledged_moves++
            entry.movedIn = cycle
            kind = 'move'
          }
          entry.area = ev.a
          entry.later.clear()
        }
        if (kind !== 'same') listeners.ack?.(kind, ev)
      }
    },

    /**
     * A drag of `text` towards `area` starts: once the pointer is released the move may reach the
     * stores before the page shows it, so after a kill the note may be there too.
     */
    dragging(text, area) {
      tracked.get(text)?.later.add(area)
    },

    /** Tracked notes on a group's board. */
    countOn(groupId) {
      let n = 0
      for (const entry of tracked.values()) if (entry.group === groupId) n++
      return n
    },

    /**
     * After a restart: every acknowledged note of `groupId` must be on its board (`shown`: text →
     * area) in an allowed area. `unacked` are the notes of the cycle before the kill that were seen
     * but not acknowledged (their fate is counted, not judged). Everything shown becomes the new
     * baseline (the app shows it as saved). Returns this check's findings.
     */
    verifyBoard(groupId, shown, cycleNo, unacked = new Map()) {
      const found = { lost: [], lostMoves: [], unackedSurvived: 0, unackedLost: 0, unseen: 0 }
      for (const [text, entry] of tracked) {
        if (entry.group !== groupId) continue
        const area = shown.get(text)
        if (area === undefined) {
          const item = { text, area: entry.area, since: entry.since, adopted: entry.adopted }
          found.lost.push(item)
          lost.push({ ...item, cycle: cycleNo })
          tracked.delete(text)
        } else if (!allowed(entry, area)) {
          const item = { text, expected: entry.area, later: [...entry.later], shown: area }
          found.lostMoves.push(item)
          lostMoves.push({ ...item, movedIn: entry.movedIn, cycle: cycleNo })
        }
      }
      for (const [text] of unacked) {
        if (shown.has(text)) found.unackedSurvived++
        else found.unackedLost++
      }
      for (const [text, area] of shown) {
        const entry = tracked.get(text)
        if (entry) {
          entry.area = area
          entry.later.clear()
          continue
        }
        if (!unacked.has(text)) found.unseen++
        tracked.set(text, { group: groupId, area, later: new Set(), since: cycleNo, adopted: true })
      }
      figures.lost_notes += found.lost.length
      figures.lost_moves += found.lostMoves.length
      figures.unacked_survived += found.unackedSurvived
      figures.unacked_lost += found.unackedLost
      figures.unseen_survived += found.unseen
      return found
    },

    /**
     * What each store held right after a kill, before the app started: the acknowledged notes
     * missing from IndexedDB and from the second copy (the snapshot), or in a stale area there.
     */
    checkStores(probe) {
      const idb = new Map(probe.idbNotes.filter((n) => !n[2]).map((n) => [n[0], n[1]]))
      const snap = new Map(probe.snapNotes.filter((n) => !n[2]).map((n) => [n[0], n[1]]))
      const out = { missingIdb: [], missingSnap: [], staleIdb: [], staleSnap: [] }
      for (const [text, entry] of tracked) {
        if (probe.idb === 'ok') {
          if (!idb.has(text)) out.missingIdb.push(text)
          else if (!allowed(entry, idb.get(text))) out.staleIdb.push(text)
        }
        if (!snap.has(text)) out.missingSnap.push(text)
        else if (!allowed(entry, snap.get(text))) out.staleSnap.push(text)
      }
      return out
    },
  }
}
