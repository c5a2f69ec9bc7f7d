import { useMemo, useRef } from 'react'
import type { ThemeId } from '../../shared/model/themes'
import { boardOf } from '../../shared/ops/groupOps'
import { cardFor, cardTitleLine } from '../../shared/templates/themeCards'
import { useWorkshopStore } from '../session/appServices'
import { useFontScale } from './fontScale'
import { useElementSize } from './useElementSize'
import { useFollowedWorkshop } from './useFollowedWorkshop'

/**
 * What a projector view of one group's theme stands on: the workshop followed read-only, the
 * group and its board of the theme (none when either is gone), the theme's line, the chosen text
 * size, and the frame's root with its height (the window's until it is measured).
 */
export function useProjectedBoard(workshopId: string, groupId: string, themeId: ThemeId) {
  const doc = useWorkshopStore((s) => s.doc)
  const status = useWorkshopStore((s) => s.status)
  const [scale, stepScale] = useFontScale()
  const rootRef = useRef<HTMLDivElement>(null)
  const size = useElementSize(rootRef)

  useFollowedWorkshop(workshopId)

  const group = doc?.groups[groupId]
  const boardId = doc && group && !group.deletedAt ? boardOf(doc, groupId, themeId)?.id : undefined
  const variant = doc?.workshop.variant
  const themeTitle = useMemo(
    () => (variant ? cardTitleLine(cardFor(variant, themeId)) : ''),
    [variant, themeId],
  )
  const height = size.height || window.innerHeight
  return { doc, status, group, boardId, themeTitle, scale, stepScale, rootRef, size, height }
}

export type ProjectedBoard = ReturnType<typeof useProjectedBoard>
