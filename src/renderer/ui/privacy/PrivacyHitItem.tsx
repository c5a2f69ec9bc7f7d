import { useId, useState, type KeyboardEvent } from 'react'
import type { PrivacyHit } from '../../../shared/privacy/scanWorkshop'
import type { WorkshopDoc } from '../../../shared/model/workshopDoc'
import { useLang, useT } from '../../i18n/useT'
import { isComposing } from '../keyboard'
import { HighlightedText } from './HighlightedText'
import { hitPlace, kindLabel } from './hitLabels'

export type HitStatus = 'open' | 'accepted' | 'fixed' | 'gone'

interface PrivacyHitItemProps {
  /** The field as it is now (its text and matches); null when the record is gone. */
  hit: PrivacyHit
  status: HitStatus
  doc: WorkshopDoc
  fixable: boolean
  maxChars: number
  onFix: (text: string) => void
  onAccept: (accepted: boolean) => void
}

/**
 * One field with likely identifiers: where it is, what was found, the text with the matches
 * marked; 「直す」 edits it in place (Enter or 保存 saves, Shift+Enter breaks the line, Escape
 * cancels), 「このまま含める」 keeps it as it is.
 */
export function PrivacyHitItem(props: PrivacyHitItemProps) {
  const { hit, status, doc, fixable, maxChars, onFix, onAccept } = props
  const t = useT()
  const lang = useLang()
  const [draft, setDraft] = useState<string | null>(null)
  const fieldId = useId()
  const kinds = [...new Set(hit.matches.map((m) => kindLabel(t, m.kind)))]

  const save = () => {
    if (draft === null) return
    onFix(draft)
    setDraft(null)
  }
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (isComposing(event)) return
    if (event.key === 'Enter' && !event.shiftKey) {
      event.preventDefault()
      save()
    } else if (event.key === 'Escape') {
      event.preventDefault()
      event.stopPropagation()
      setDraft(null)
    }
  }

  return (
    <li className={`privacy-hit privacy-hit--${status}`}>
      <p className="privacy-hit__place">{hitPlace(t, lang, doc, hit)}</p>
      {draft === null ? (
        <p className="privacy-hit__text">
          {status === 'open' || status === 'accepted' ? (
            <HighlightedText text={hit.text} matches={hit.matches} />
          ) : (
            hit.text
          )}
        </p>
      ) : (
        <div className="privacy-hit__edit">
          <label htmlFor={fieldId} className="visually-hidden">
            {t.privacyFixLabel}
          </label>
          <textarea
            id={fieldId}
            className="privacy-hit__field"
            value={draft}
            maxLength={maxChars}
            rows={3}
            autoFocus
            onChange={(event) => {
              setDraft(event.target.value)
            }}
            onKeyDown={onKeyDown}
          />
        </div>
      )}
      <div className="privacy-hit__footer">
        {status === 'open' || status === 'accepted' ? (
          <span className="privacy-hit__kinds">{kinds.join('・')}</span>
        ) : null}
        <span className="privacy-hit__status" role="status">
          {status === 'fixed'
            ? `✓ ${t.privacyFixed}`
            : status === 'gone'
              ? t.privacyGone
              : status === 'accepted'
                ? `✓ ${t.privacyAccepted}`
                : ''}
        </span>
        <span className="privacy-hit__actions">
          {draft !== null ? (
            <>
              <button
                type="button"
                className="button button--small"
                onClick={() => {
                  setDraft(null)
                }}
              >
                {t.privacyCancelFix}
              </button>
              <button type="button" className="button button--small button--primary" onClick={save}>
                {t.privacySaveFix}
              </button>
            </>
          ) : status === 'open' ? (
            <>
              {fixable && (
                <button
                  type="button"
                  className="button button--small"
                  onClick={() => {
                    setDraft(hit.text)
                  }}
                >
                  {t.privacyFix}
                </button>
              )}
              <button
                type="button"
                className="button button--small"
                onClick={() => {
                  onAccept(true)
                }}
              >
                {t.privacyAccept}
              </button>
            </>
          ) : status === 'accepted' ? (
            <button
              type="button"
              className="button button--small"
              onClick={() => {
                onAccept(false)
              }}
            >
              {t.privacyUnaccept}
            </button>
          ) : null}
        </span>
      </div>
    </li>
  )
}
