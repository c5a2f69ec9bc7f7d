// One cycle's activity: a user typing notes and dragging them between scenes until kill -9.
import { AREAS, dragNote, typeNote } from './app.mjs'
import { killBrowser } from './browser.mjs'
import { PREFIX } from './constants.mjs'
import { mulberry32 } from './rng.mjs'

/** What a table says about its 困りごと (makes the notes' lengths vary like real ones). */
const PHRASES = [
  '退院時の情報が遅い',
  '夜間の連絡先が分からない',
  '家族が介護に疲れている',
  'かかりつけ医がいない',
  '救急車を呼んでしまう',
  '看取りの場所を決められない',
  '通院が難しい',
  '病院の敷居が高い',
  'ケアマネとの情報共有が紙だけ',
  '本人の意思が確認できていない',
]

/** How a cycle ends. `u` and `delay` are the cycle's plan, drawn from the seeded generator. */
export function killPlan(u, delay) {
  if (u < 0.6) return { mode: 'timed', afterMs: Math.round(100 + delay * 2400) }
  if (u < 0.85) return { mode: 'after-ack', afterMs: Math.round(delay * 40) }
  return { mode: 'mid-drag', afterMs: Math.round(delay * 400) }
}

/** Longest activity when the planned moment (an acknowledgement, a drag) does not come. */
const FALLBACK_MS = 6000

/**
 * Types and drags on the open board until the planned kill: `timed` kills 100–2500 ms after the
 * start, `after-ack` 0–40 ms after the first acknowledgement, `mid-drag` 0–400 ms after the first
 * drag starts (mostly while the pointer is down, sometimes just after the drop). Resolves once
 * every process of the browser is gone, with the notes seen but not acknowledged.
 */
export async function runActivity(handle, ledger, group, shown, plan) {
  const { page } = handle
  const rng = mulberry32(plan.seed)
  const { mode, afterMs } = killPlan(plan.u, plan.delay)
  const record = { mode, plannedMs: afterMs, acks: 0, typed: 0, drags: 0, errors: [] }
  const t0 = Date.now()
  let phase = 'idle'
  let killing = null
  let onKilled = () => undefined
  const killed = new Promise((resolve) => {
    onKilled = resolve
  })
  const timers = []
  const kill = (why) => {
    if (killing) return
    const unacked = ledger.stopRecording()
    record.kill = { why, phase, atMs: Date.now() - t0 }
    killing = killBrowser(handle).then(() => unacked)
    onKilled()
  }
  const later = (ms, why) => {
    timers.push(setTimeout(() => kill(why), ms))
  }
  let armed = false
  const hooks = {
    typed(ms, chars) {
      record.typingMs = (record.typingMs ?? 0) + ms
      record.typedChars = (record.typedChars ?? 0) + chars
    },
    phase(next) {
      phase = next
      if (next === 'dragging' && mode === 'mid-drag' && !armed) {
        armed = true
        later(afterMs, 'mid-drag')
      }
    },
  }
  ledger.onAck((kind) => {
    if (kind === 'note') record.acks++
    else record.ackedMoves = (record.ackedMoves ?? 0) + 1
    if (mode === 'after-ack' && !armed) {
      armed = true
      later(afterMs, 'after-ack')
    }
  })
  // Diagnostic (CRASH_KILL_ON_EARLY=1): kill the moment the badge says 保存済み while a snapshot
  // write is still in flight, to see what that promise is worth.
  if (plan.killOnEarly) ledger.onEarly(() => kill('early'))
  ledger.startRecording(group.id, plan.cycle, shown)
  later(mode === 'timed' ? afterMs : FALLBACK_MS, mode === 'timed' ? 'timed' : 'fallback')

  const pick = (list) => list[Math.floor(rng() * list.length)]
  let n = 0
  while (!killing) {
    try {
      const candidates = ledger.visibleNotes()
      const wantDrag = mode === 'mid-drag' && record.drags === 0 ? true : rng() < 0.35
      if (wantDrag && candidates.length > 0) {
        const [text, from] = pick(candidates)
        const to = pick(AREAS.filter((a) => a !== from))
        const motion = { steps: 12 + Math.floor(rng() * 16), stepMs: 10 + Math.floor(rng() * 15) }
        record.drags++
        ;(record.dragged ??= []).push(`${text.slice(PREFIX.length)}: ${from} → ${to}`)
        ledger.dragging(text, to)
        await Promise.race([dragNote(page, text, to, motion, hooks), killed])
      } else {
        n++
        const text = `${PREFIX}c${plan.cycle}-n${n} ${pick(PHRASES)}`
        record.typed++
        const delay = Math.floor(rng() * 25)
        await Promise.race([typeNote(page, pick(AREAS), text, delay, hooks), killed])
      }
      await Promise.race([new Promise((r) => setTimeout(r, Math.floor(rng() * 250))), killed])
    } catch (error) {
      if (killing) break
      record.errors.push(String(error?.message ?? error).slice(0, 300))
      phase = 'idle'
      await new Promise((r) => setTimeout(r, 100))
    }
  }
  ledger.onAck(null)
  ledger.onEarly(null)
  for (const timer of timers) clearTimeout(timer)
  const unacked = await killing
  return { record, unacked }
}
