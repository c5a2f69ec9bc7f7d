import { useId, useState, type SyntheticEvent } from 'react'
import type { CommentatorRole } from '../../../shared/model/schemas'
import { LIMITS } from '../../../shared/model/limits'
import type { WorkshopDoc } from '../../../shared/model/workshopDoc'
import {
  addCommentator,
  groupReview,
  removeCommentator,
  setReviewer,
  setReviewText,
  workshopCommentators,
} from '../../../shared/plenary/reviewOps'
import { useAppServices } from '../../session/appServices'
import type { Edit } from '../../stores/storeTypes'
import { undoNotice } from '../../stores/undoNotice'
import { useT } from '../../i18n/useT'
import { useCommittedText } from '../../ui/useCommittedText'

/** Applies an edit to the open workshop (one undo step); its undo id, null when nothing changed. */
function useApply() {
  const services = useAppServices()
  return {
    apply: (edit: Edit) => services.workshop.getState().apply(edit),
    notifyUndoable: (message: string, undoId: number | null) => {
      services.notices.getState().push(undoNotice(services.workshop, undoId, message))
    },
  }
}

/**
 * 講評者（講師・アドバイザー）: the workshop's commentators (report L7287-7290: 講評 by the
 * facilitator or the 講師, or by several including アドバイザー). Added by name and role; a
 * deletion says so with 元に戻す.
 */
export function CommentatorList({ doc }: { doc: WorkshopDoc }) {
  const t = useT()
  const { apply, notifyUndoable } = useApply()
  const [name, setName] = useState('')
  const [role, setRole] = useState<CommentatorRole>('lecturer')
  const nameId = useId()
  const roleId = useId()
  const list = workshopCommentators(doc)
  const roleLabel = (r: CommentatorRole) =>
    r === 'lecturer' ? t.commentatorLecturer : t.commentatorAdvisor
  const submit = (event: SyntheticEvent) => {
    event.preventDefault()
    if (name.trim() === '') return
    const undoId = apply((d, ctx) => addCommentator(d, { name, role }, ctx))
    if (undoId !== null) setName('')
  }
  return (
    <fieldset className="plenary-commentators">
      <legend>{t.commentatorsHeading}</legend>
      {list.length === 0 ? (
        <p className="plenary-hint">{t.commentatorsEmpty}</p>
      ) : (
        <ul aria-label={t.commentatorsHeading}>
          {list.map((c) => (
            <li key={c.id}>
              <span>{`${c.name}（${roleLabel(c.role)}）`}</span>
              <button
                type="button"
                className="plenary-icon"
                aria-label={t.commentatorRemove(c.name)}
                onClick={() => {
                  const undoId = apply((d, ctx) => removeCommentator(d, c.id, ctx))
                  notifyUndoable(t.commentatorRemoved(c.name), undoId)
                }}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      {list.length < LIMITS.commentatorsPerWorkshop && (
        <form className="plenary-commentator-add" onSubmit={submit}>
          <label htmlFor={nameId} className="visually-hidden">
            {t.commentatorName}
          </label>
          <input
            id={nameId}
            type="text"
            value={name}
            maxLength={LIMITS.shortTextChars}
            placeholder={t.commentatorName}
            onChange={(e) => {
              setName(e.target.value)
            }}
          />
          <label htmlFor={roleId} className="visually-hidden">
            {t.commentatorRole}
          </label>
          <select
            id={roleId}
            value={role}
            onChange={(e) => {
              setRole(e.target.value === 'advisor' ? 'advisor' : 'lecturer')
            }}
          >
            <option value="lecturer">{t.commentatorLecturer}</option>
            <option value="advisor">{t.commentatorAdvisor}</option>
          </select>
          <button type="submit">{t.commentatorAdd}</button>
        </form>
      )}
    </fieldset>
  )
}

interface ReviewMemoProps {
  doc: WorkshopDoc
  groupId: string
  groupName: string
}

/**
 * A group's 講評メモ, typed at the console during or after its talk: one edit per finished entry
 * (blur, Enter, a pause; never during an IME conversion), Shift+Enter for a new line; and who
 * commented, ticked from the commentators. It goes into the group's PDF, PPTX and CSV.
 */
export function ReviewMemo({ doc, groupId, groupName }: ReviewMemoProps) {
  const t = useT()
  const { apply } = useApply()
  const review = groupReview(doc, groupId)
  const commentators = workshopCommentators(doc)
  const memoId = useId()
  const hintId = useId()
  const field = useCommittedText(
    review?.text ?? '',
    (text) => {
      apply((d, ctx) => setReviewText(d, groupId, text.trimEnd(), ctx))
    },
    { multiline: true },
  )
  return (
    <section className="plenary-review" aria-labelledby={memoId}>
      <label id={memoId} htmlFor={`${memoId}-text`} className="plenary-review-label">
        {t.reviewMemo(groupName)}
      </label>
      <textarea
        {...field.bind}
        id={`${memoId}-text`}
        className="field field--multiline plenary-review-text"
        rows={3}
        maxLength={LIMITS.longTextChars}
        spellCheck={false}
        aria-describedby={hintId}
      />
      <p id={hintId} className="plenary-hint">
        {t.reviewMemoHint}
      </p>
      {commentators.length > 0 && (
        <fieldset className="plenary-review-who">
          <legend>{t.reviewWho}</legend>
          {commentators.map((c) => (
            <label key={c.id}>
              <input
                type="checkbox"
                checked={review?.commentatorIds.includes(c.id) ?? false}
                onChange={(e) => {
                  const on = e.target.checked
                  apply((d, ctx) => setReviewer(d, groupId, c.id, on, ctx))
                }}
              />
              {c.name}
            </label>
          ))}
        </fieldset>
      )}
    </section>
  )
}
