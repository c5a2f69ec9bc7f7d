import { useState } from 'react'
import { readSteps, writeStep, type Theme2Step } from './theme2Steps'

/** The step ①-⑤ a topic's map shows, remembered per group on this device (see theme2Steps). */
export function useTheme2Step(
  workshopId: string,
  groupId: string,
  topicId: string | null,
): [Theme2Step, (step: Theme2Step) => void] {
  const [steps, setSteps] = useState(() => readSteps(workshopId, groupId))
  const step = topicId === null ? 1 : (steps[topicId] ?? 1)
  const choose = (next: Theme2Step) => {
    if (topicId === null) return
    writeStep(workshopId, groupId, topicId, next)
    setSteps((old) => ({ ...old, [topicId]: next }))
  }
  return [step, choose]
}
