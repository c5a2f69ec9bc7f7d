import { useState } from 'react'
import type { Cause } from '../../../shared/model/schemas'
import { castVote, setMainCause, updateCause } from '../../../shared/theme2/causeOps'
import { causeVotes, votesLeft, votesOf } from '../../../shared/theme2/theme2Queries'
import { LIMITS } from '../../../shared/model/limits'
import { useWorkshopStore } from '../../session/appServices'
import { useT } from '../../i18n/useT'
import { CommitTextField } from '../../ui/CommitTextField'
import { CaptureInput } from './CaptureInput'
import { useTheme2 } from './Theme2Context'

interface CauseNoteProps {
  cause: Cause
  isMain: boolean
  voterId: string
  onDelete: (causeId: string) => void
  /** Top-level causes only: adds a "why?" under this one. */
  onAddWhy?: (text: string) => boolean
}

/** One cause: its text (edited in place), 主たる原因, dots, "why?" and delete. */
export function CauseNote({ cause, isMain, voterId, onDelete, onAddWhy }: CauseNoteProps) {
  const t = useT()
  const { apply } = useTheme2()
  const [why, setWhy] = useState(false)
  const left = useWorkshopStore((s) => (s.doc ? votesLeft(s.doc, cause.topicId, voterId) : 0))
  const total = causeVotes(cause)
  const mine = votesOf(cause, voterId)
  const name = cause.text || t.boardEmptyNote

  return (
    <div
      className={isMain ? 't2-note t2-note--main' : 't2-note'}
      data-cause-id={cause.id}
      data-main={isMain ? '' : undefined}
    >
      {isMain ? (
        <p className="t2-note__main">
          <span aria-hidden="true">★</span> {t.theme2MainCause}
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
        <span className="t2-votes" data-votes={total}>
          <span aria-hidden="true">●</span> {t.theme2VoteTotal(total)}
        </span>
        <button
          type="button"
          className="button button--icon button--small"
          aria-label={t.theme2VoteRemove(name)}
          title={t.theme2VoteRemove(name)}
          disabled={mine === 0}
          onClick={() => apply((d) => castVote(d, cause.id, voterId, -1))}
        >
          −
        </button>
        <button
          type="button"
          className="button button--icon button--small"
          aria-label={t.theme2VoteAdd(name)}
          title={t.theme2VoteAdd(name)}
          disabled={left === 0}
          onClick={() => apply((d) => castVote(d, cause.id, voterId, 1))}
        >
          ＋
        </button>
        <span className="t2-topics__spacer" />
        <button
          type="button"
          className={isMain ? 'button button--small is-on' : 'button button--small'}
          aria-pressed={isMain}
          aria-label={`${t.theme2MainCause}：${name}`}
          title={isMain ? t.theme2MainCauseUnset : t.theme2MainCauseSet}
          onClick={() => apply((d) => setMainCause(d, cause.topicId, isMain ? null : cause.id))}
        >
          <span aria-hidden="true">★</span> {t.theme2MainCause}
        </button>
        {onAddWhy ? (
          <button
            type="button"
            className="button button--small"
            aria-expanded={why}
            title={t.theme2WhyHint}
            onClick={() => {
              setWhy((open) => !open)
            }}
          >
            {t.theme2Why}
          </button>
        ) : null}
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
      {why && onAddWhy ? (
        <CaptureInput
          label={t.theme2WhyCapture(name)}
          placeholder={t.theme2Why}
          onSubmit={onAddWhy}
          onEscape={() => {
            setWhy(false)
          }}
          autoFocus
          name="why"
        />
      ) : null}
    </div>
  )
}
