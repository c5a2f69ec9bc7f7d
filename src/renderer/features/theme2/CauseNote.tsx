import type { Cause } from '../../../shared/model/schemas'
import { updateCause } from '../../../shared/theme2/causeOps'
import { WHY_DEPTH_MAX } from '../../../shared/theme2/presets'
import { causeVotes } from '../../../shared/theme2/theme2Queries'
import { LIMITS } from '../../../shared/model/limits'
import { useT } from '../../i18n/useT'
import { CommitTextField } from '../../ui/CommitTextField'
import { CaptureInput } from './CaptureInput'
import { useTheme2 } from './Theme2Context'

interface CauseNoteProps {
  cause: Cause
  /** 0 for a top-level cause, 1 for its "why?", 2 for a "why?" of that, … */
  depth: number
  isMain: boolean
  onDelete: (causeId: string) => void
  /** Adds a "why?" under this cause; absent at the deepest level. */
  onAddWhy?: (text: string) => boolean
  /** Its "why?" field is open (one at a time on the step). */
  whyOpen: boolean
  onWhyOpen: (open: boolean) => void
}

/**
 * One cause on step ②: its text (edited in place), its "why?" (a new cause under it, which can
 * have its own "why?") and delete. Its dots and 主たる原因 (step ③) show as text.
 */
export function CauseNote(props: CauseNoteProps) {
  const { cause, depth, isMain, onDelete, onAddWhy, whyOpen, onWhyOpen } = props
  const t = useT()
  const { apply } = useTheme2()
  const votes = causeVotes(cause)
  const name = cause.text || t.boardEmptyNote

  return (
    <div
      className={isMain ? 't2-note t2-note--main' : 't2-note'}
      data-cause-id={cause.id}
      data-main={isMain ? '' : undefined}
    >
      {depth > 0 || isMain ? (
        <p className="t2-note__marks">
          {depth > 0 ? <span className="t2-note__why">{t.theme2WhyDepth(depth)}</span> : null}
          {isMain ? (
            <span className="t2-note__main">
              <span aria-hidden="true">★</span> {t.theme2MainCause}
            </span>
          ) : null}
        </p>
      ) : null}
      <CommitTextField
        multiline
        value={cause.text}
        label={t.theme2CauseTextOf(name)}
        maxLength={LIMITS.noteTextChars}
        className="t2-note__text"
        onCommit={(text) => {
          apply((d) => updateCause(d, cause.id, { text }))
        }}
      />
      <div className="t2-note__tools">
        {votes > 0 ? (
          <span className="t2-votes" data-votes={votes}>
            <span aria-hidden="true">●</span> {t.theme2VoteTotal(votes)}
          </span>
        ) : null}
        <span className="t2-topics__spacer" />
        {onAddWhy ? (
          <button
            type="button"
            className="button button--small"
            aria-expanded={whyOpen}
            aria-label={`${t.theme2Why}：${name}`}
            title={t.theme2WhyHint}
            onClick={() => {
              onWhyOpen(!whyOpen)
            }}
          >
            {t.theme2Why}
          </button>
        ) : (
          <span className="t2-hint">{t.theme2WhyMax(WHY_DEPTH_MAX)}</span>
        )}
        <button
          type="button"
          className="button button--small button--danger"
          aria-label={`${t.theme2Delete}：${name}`}
          onClick={() => {
            onDelete(cause.id)
          }}
        >
          {t.theme2Delete}
        </button>
      </div>
      {whyOpen && onAddWhy ? (
        <CaptureInput
          label={t.theme2WhyCapture(name)}
          placeholder={t.theme2Why}
          onSubmit={onAddWhy}
          onEscape={() => {
            onWhyOpen(false)
          }}
          autoFocus
          name="why"
        />
      ) : null}
    </div>
  )
}
