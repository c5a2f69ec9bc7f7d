import type { AnyRecord, SurveyItem } from '../model/schemas'
import type { WorkshopDoc } from '../model/workshopDoc'
import { planText } from '../planning/planOps'
import { FIRST_ROW_LABEL, PLAN_ROWS, programKey, rowLabelKey } from '../planning/planForms'

/**
 * The survey's items linked to the planning form's 「3.研修終了時に想定する能力・効果等」 (図表-73):
 * what the report asks of the evaluation (L7537-7539) is whether 「2.入口で対象となる人物像」 became
 * 「3.研修終了時に想定する能力・効果等」, so each line written there for a 対象 can be measured by
 * items. An item keeps the line's words it was linked to: a plan reworded later leaves the link
 * pointing at the old words, shown as such, never silently moved to another line.
 */

export interface SurveyGoal {
  /** The planEntry key of the field (program.r1.end: コーディネーター, program.r2.end …). */
  key: string
  /** The line's words, without the leading 「・」. */
  line: string
}

export interface GoalTarget {
  key: string
  /** The 対象: コーディネーター, or the row's name as written (「対象2」 when unnamed). */
  target: string
  lines: string[]
}

/** A field's text as lines: one per line written, bullets (・, -, ●) and blank lines left out. */
export function goalLines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.replace(/^[\s\u3000]*[・･●○◆■\-*•]\s*/u, '').trim())
    .filter((line) => line !== '')
}

/** Every 対象 of 図表-73 whose 「3.研修終了時に想定する能力・効果等」 has words, in the form's order. */
export function goalTargets(doc: WorkshopDoc): GoalTarget[] {
  return PLAN_ROWS.flatMap((row, index) => {
    const key = programKey(row, 'end')
    const lines = goalLines(planText(doc, key))
    if (lines.length === 0) return []
    const named = row === 'r1' ? FIRST_ROW_LABEL : planText(doc, rowLabelKey('program', row)).trim()
    return [{ key, target: named || `対象${index + 1}`, lines }]
  })
}

/** Whether the linked line is still written in the plan (false: the plan was reworded). */
export function goalIsCurrent(doc: WorkshopDoc, goal: SurveyGoal): boolean {
  return goalLines(planText(doc, goal.key)).includes(goal.line)
}

/** The 対象 a goal's field belongs to, as goalTargets names it. */
export function goalTargetName(doc: WorkshopDoc, key: string): string {
  const index = PLAN_ROWS.findIndex((row) => programKey(row, 'end') === key)
  const row = PLAN_ROWS[index]
  if (!row) return ''
  if (row === 'r1') return FIRST_ROW_LABEL
  return planText(doc, rowLabelKey('program', row)).trim() || `対象${index + 1}`
}

/** Links an item to a line (null: unlinked); nothing when unchanged. */
export function linkSurveyItem(
  doc: WorkshopDoc,
  itemId: string,
  goal: SurveyGoal | null,
): AnyRecord[] {
  const current = doc.surveyItems[itemId]
  if (!current || current.deletedAt !== null) return []
  const before = current.goal ?? null
  if (before?.key === goal?.key && before?.line === goal?.line) return []
  return [{ ...current, goal }]
}

export interface GoalWithItems {
  goal: SurveyGoal
  target: string
  /** False when the plan no longer has these words (reworded after the link was made). */
  current: boolean
  items: SurveyItem[]
}

/**
 * The linked goals with the items that measure each: the plan's lines in its order first, then
 * links to words the plan no longer has. Goals without items are left out.
 */
export function itemsByGoal(doc: WorkshopDoc, items: readonly SurveyItem[]): GoalWithItems[] {
  const linked = items.filter((i) => i.goal)
  const same = (a: SurveyGoal, b: SurveyGoal) => a.key === b.key && a.line === b.line
  const written = goalTargets(doc).flatMap((t) =>
    t.lines.map((line) => ({ goal: { key: t.key, line }, target: t.target, current: true })),
  )
  const old: GoalWithItems[] = []
  for (const item of linked) {
    const goal = item.goal
    if (!goal || written.some((w) => same(w.goal, goal)) || old.some((o) => same(o.goal, goal)))
      continue
    old.push({ goal, target: goalTargetName(doc, goal.key), current: false, items: [] })
  }
  return [...written.map((w) => ({ ...w, items: [] })), ...old]
    .map((g) => ({ ...g, items: linked.filter((i) => i.goal && same(i.goal, g.goal)) }))
    .filter((g) => g.items.length > 0)
}
