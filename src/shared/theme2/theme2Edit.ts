import { sanitizeNoteText } from '../board/noteText'
import { LIMITS } from '../model/limits'
import type { AnyRecord, Cause, GridPoint, Measure, Outcome, Topic } from '../model/schemas'
import { findRecord, type WorkshopDoc } from '../model/workshopDoc'

/** Building blocks of the テーマ2 ops: text cleaning, grid maths, look-ups of live records. */

export type Theme2Record = Topic | Cause | Measure | Outcome

/** Multi-line text as stored (like a テーマ1 note). */
export function cleanText(text: string, max: number = LIMITS.noteTextChars): string {
  return sanitizeNoteText(text, max)
}

/** One-line text (labels, 対象, the 地域課題 statement): line breaks become spaces, trimmed. */
export function cleanLine(text: string, max: number): string {
  return sanitizeNoteText(text.replace(/[ \t\u3000]*(\r\n?|\n)[ \t\u3000]*/g, ' '), max).trim()
}

/** A grid point clamped into the 1 × 1 grid; null for a point that is not a number. */
export function clampPoint(point: GridPoint): GridPoint | null {
  if (!Number.isFinite(point.x) || !Number.isFinite(point.y)) return null
  return { x: clamp01(point.x), y: clamp01(point.y) }
}

function clamp01(value: number): number {
  // Rounded so that keyboard steps (0.05) do not collect floating-point dust.
  return Math.round(Math.min(1, Math.max(0, value)) * 1e6) / 1e6
}

/** The record as `next` when it differs from `original`, else nothing. */
export function ifChanged<T extends AnyRecord>(original: T, next: T): AnyRecord[] {
  return sameRecord(original, next) ? [] : [next]
}

export function sameRecord(a: AnyRecord, b: AnyRecord): boolean {
  return JSON.stringify(a) === JSON.stringify(b)
}

/** A live topic of the doc. */
export function liveTopic(doc: WorkshopDoc, id: string): Topic | undefined {
  const topic = doc.topics[id]
  return topic && topic.deletedAt === null ? topic : undefined
}

export function liveCause(doc: WorkshopDoc, id: string): Cause | undefined {
  const cause = doc.causes[id]
  return cause && cause.deletedAt === null ? cause : undefined
}

export function liveMeasure(doc: WorkshopDoc, id: string): Measure | undefined {
  const measure = doc.measures[id]
  return measure && measure.deletedAt === null ? measure : undefined
}

export function liveOutcome(doc: WorkshopDoc, id: string): Outcome | undefined {
  const outcome = doc.outcomes[id]
  return outcome && outcome.deletedAt === null ? outcome : undefined
}

/** The live records of a map that belong to a topic. */
export function ofTopic<T extends Theme2Record & { topicId: string }>(
  map: Record<string, T>,
  topicId: string,
): T[] {
  const out: T[] = []
  for (const record of Object.values(map)) {
    if (record.deletedAt === null && record.topicId === topicId) out.push(record)
  }
  return out
}

/**
 * Collects record edits: each record once, edits of the same record merged, only the records
 * that end up different from the doc returned (in the order first edited).
 */
export function recordEdit(doc: WorkshopDoc) {
  const edited = new Map<string, AnyRecord>()
  return {
    get<T extends AnyRecord>(record: T): T {
      return (edited.get(`${record.type}:${record.id}`) as T | undefined) ?? record
    },
    put<T extends AnyRecord>(record: T, patch: Partial<T>): void {
      const key = `${record.type}:${record.id}`
      edited.set(key, { ...((edited.get(key) as T | undefined) ?? record), ...patch })
    },
    records(): AnyRecord[] {
      return [...edited.values()].filter((record) => {
        const before = findRecord(doc, record)
        return before === undefined || !sameRecord(before, record)
      })
    },
  }
}
