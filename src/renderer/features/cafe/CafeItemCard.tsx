import { useId, useState, type KeyboardEvent, type SubmitEvent } from 'react'
import type { CafeItem } from '../../../shared/cafe/cafeBoard'
import { LIMITS } from '../../../shared/model/limits'
import type { CafeTarget } from '../../../shared/model/schemas'
import { useT } from '../../i18n/useT'
import { isComposing } from '../../ui/keyboard'

/** What a card may do (CafeView applies the edits). */
export interface CafeActions {
  like: (target: CafeTarget) => void
  /** True when the comment was added (the field is emptied then). */
  comment: (target: CafeTarget, text: string, author: string) => boolean
  remove: (reactionId: string) => void
}

/** The shortest a label quoting the output's title gets (aria-labels stay readable). */
const QUOTE_CHARS = 30

function quote(text: string): string {
  return text.length > QUOTE_CHARS ? `${text.slice(0, QUOTE_CHARS - 1)}…` : text
}

/**
 * One output of the host table (a タネ, a 地域課題, a canvas) as the table wrote it, its 「いいね」
 * and, apart, the visitors' comments with a field to add one (Enter adds, never the IME's Enter;
 * Shift+Enter breaks the line).
 */
export function CafeItemCard({ item, actions }: { item: CafeItem; actions: CafeActions }) {
  const t = useT()
  const fieldId = useId()
  const [text, setText] = useState('')
  const [author, setAuthor] = useState('')
  const title = item.title.trim() === '' ? t.cafeUntitled : item.title

  const submit = () => {
    if (text.trim() === '') return
    if (actions.comment(item.target, text, author)) setText('')
  }
  const onSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault()
    submit()
  }
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key !== 'Enter' || event.shiftKey || isComposing(event)) return
    event.preventDefault()
    submit()
  }

  return (
    <li className="cafe-item" data-target={`${item.target.type}:${item.target.id}`}>
      <div className="cafe-item__own">
        <p className="cafe-item__title">{title}</p>
        {item.lines.length > 0 ? (
          <dl className="cafe-item__lines">
            {item.lines.map((line) => (
              <div key={line.label} className="cafe-item__line">
                <dt>{line.label}</dt>
                <dd>{line.text}</dd>
              </div>
            ))}
          </dl>
        ) : null}
        <button
          type="button"
          className="button button--small cafe-like"
          aria-label={t.cafeLikeOn(quote(title))}
          onClick={() => {
            actions.like(item.target)
          }}
        >
          <span aria-hidden="true">♥</span> {t.cafeLike}
        </button>
        <span className="cafe-item__likes" data-testid="cafe-likes">
          {t.cafeLikes(item.likes)}
        </span>
      </div>
      <section className="cafe-item__visitors" aria-label={t.cafeVisitorsHeading}>
        <h3 className="cafe-item__visitors-title">{t.cafeVisitorsHeading}</h3>
        {item.comments.length === 0 ? (
          <p className="cafe-item__none">{t.cafeNoComments}</p>
        ) : (
          <ul className="cafe-comments">
            {item.comments.map((comment) => (
              <li key={comment.id} className="cafe-comment">
                <p className="cafe-comment__text">{comment.text}</p>
                {comment.author !== '' ? (
                  <p className="cafe-comment__author">― {comment.author}</p>
                ) : null}
                <button
                  type="button"
                  className="button button--small button--ghost cafe-comment__remove"
                  aria-label={t.cafeCommentRemoveOf(quote(comment.text))}
                  onClick={() => {
                    actions.remove(comment.id)
                  }}
                >
                  {t.cafeCommentRemove}
                </button>
              </li>
            ))}
          </ul>
        )}
        <form className="cafe-form" onSubmit={onSubmit}>
          <label className="cafe-form__label" htmlFor={`${fieldId}-text`}>
            {t.cafeCommentLabel(quote(title))}
          </label>
          <textarea
            id={`${fieldId}-text`}
            className="cafe-form__text"
            rows={2}
            maxLength={LIMITS.cafeCommentChars}
            placeholder={t.cafeCommentPlaceholder}
            value={text}
            onChange={(event) => {
              setText(event.target.value)
            }}
            onKeyDown={onKeyDown}
          />
          <div className="cafe-form__row">
            <input
              className="cafe-form__author"
              aria-label={t.cafeAuthorLabel}
              placeholder={t.cafeAuthorLabel}
              maxLength={LIMITS.shortTextChars}
              value={author}
              onChange={(event) => {
                setAuthor(event.target.value)
              }}
            />
            <button type="submit" className="button button--small" disabled={text.trim() === ''}>
              {t.cafeCommentAdd}
            </button>
          </div>
        </form>
      </section>
    </li>
  )
}
