/**
 * The thinking steps ①-⑤ of テーマ2 (report 第5章, テーマ２に対して, L7473-7483). The map shows one
 * step at a time so that its work fits a 1366×768 laptop; which step each topic is at is
 * remembered per group on this device (it is where the table is, not the table's work: it is not
 * part of the workshop, is not undone and is not shared).
 */
export const THEME2_STEPS = [1, 2, 3, 4, 5] as const
export type Theme2Step = (typeof THEME2_STEPS)[number]

export const STEP_MARKS: Record<Theme2Step, string> = {
  1: '①',
  2: '②',
  3: '③',
  4: '④',
  5: '⑤',
}

function isStep(value: unknown): value is Theme2Step {
  return typeof value === 'number' && (THEME2_STEPS as readonly number[]).includes(value)
}

export function stepStorageKey(workshopId: string, groupId: string): string {
  return `taneboard.theme2Steps.${workshopId}.${groupId}`
}

/** The remembered step of each topic of a group (only valid entries; nothing when unreadable). */
export function readSteps(workshopId: string, groupId: string): Record<string, Theme2Step> {
  try {
    const raw = localStorage.getItem(stepStorageKey(workshopId, groupId))
    const parsed: unknown = raw === null ? null : JSON.parse(raw)
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return {}
    return Object.fromEntries(
      Object.entries(parsed).filter((entry): entry is [string, Theme2Step] => isStep(entry[1])),
    )
  } catch {
    return {}
  }
}

export function writeStep(
  workshopId: string,
  groupId: string,
  topicId: string,
  step: Theme2Step,
): void {
  try {
    const steps = { ...readSteps(workshopId, groupId), [topicId]: step }
    localStorage.setItem(stepStorageKey(workshopId, groupId), JSON.stringify(steps))
  } catch {
    // Private mode or a full disk: the step is just not remembered.
  }
}
