import { create } from 'zustand'
import { noteExcerpt } from '../../../shared/board/theme1Keyboard'
import type { Theme1Index } from '../../../shared/board/theme1Layout'
import type { Lang } from '../../i18n/useT'
import type { Messages } from '../../i18n/messages.ja'
import type { DropPlan } from './dropPlan'
import { areaTitle } from './noteLabels'

/**
 * What a pointer drop will do, in words, shown beside the dragged note (BoardDragPreview) while
 * it moves: 「見出し『…』の下に入れます」, 「日常療養の最後に置きます」, 「『…』の前に置きます」, and
 * why not when a 見出し would go under a 見出し. Nothing lands somewhere the user was not told.
 */

export interface DropWords {
  text: string
  /** Why the drop does not do what the spot suggests (shown as a warning line). */
  reason: string | null
}

/** The words of a planned drop; null plan: the notes stay where they are. */
export function dropWords(
  plan: DropPlan | null,
  ix: Theme1Index,
  folded: ReadonlySet<string>,
  t: Messages,
  lang: Lang,
): DropWords {
  if (!plan) return { text: t.dropNowhere, reason: null }
  const reason = plan.refused === 'headingInHeading' ? t.dropNoGatherReason : null
  const textOf = (id: string | undefined) => noteExcerpt(ix.byId.get(id ?? '')?.text ?? '', 16)
  const { target, hint } = plan
  switch (hint.mode) {
    case 'into': {
      const headingId = target.parentId ?? ''
      const heading = textOf(headingId)
      if (!folded.has(headingId)) return { text: t.dropInto(heading), reason }
      const count = ix.childrenOf.get(headingId)?.length ?? 0
      return { text: t.dropIntoFolded(heading, count + 1), reason }
    }
    case 'end':
      return { text: t.dropAreaEnd(areaTitle(target.scene, t, lang)), reason }
    case 'before':
    case 'after': {
      const near = textOf(plan.near)
      const under = target.parentId ? textOf(target.parentId) : null
      if (hint.mode === 'before') {
        return { text: under ? t.dropBeforeUnder(under, near) : t.dropBefore(near), reason }
      }
      return { text: under ? t.dropAfterUnder(under, near) : t.dropAfter(near), reason }
    }
  }
}

/** The words of the drag in progress (one drag at a time in a window). */
export const useDropWords = create<{ words: DropWords | null }>(() => ({ words: null }))

export function showDropWords(words: DropWords | null): void {
  const current = useDropWords.getState().words
  if (current?.text === words?.text && current?.reason === words?.reason) return
  useDropWords.setState({ words })
}
