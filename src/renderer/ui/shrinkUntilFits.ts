/** What shrinkUntilFits measures: an HTMLElement, or a fake of one in tests. */
export type MeasuredBox = Pick<HTMLElement, 'scrollHeight' | 'clientHeight'>

/**
 * Applies each step, largest first, until the box shows all of its content without scrolling;
 * the last step stays when none fits. Where nothing can be measured (no layout, as in jsdom)
 * everything fits at the first step. Returns the step left applied.
 */
export function shrinkUntilFits(
  box: MeasuredBox,
  steps: readonly number[],
  apply: (step: number) => void,
): number | undefined {
  let applied: number | undefined
  for (const step of steps) {
    apply(step)
    applied = step
    if (box.scrollHeight <= box.clientHeight + 1) break
  }
  return applied
}
