import { useId } from 'react'
import { LIMITS } from '../../../shared/model/limits'
import type { BriefPart } from '../../../shared/model/schemas'
import type { BriefPartView } from '../../../shared/theme3/brief'
import { useT } from '../../i18n/useT'
import { useCommittedText } from '../../ui/useCommittedText'
import { BriefLines } from '../BriefLines'

interface BriefPartFieldProps {
  view: BriefPartView
  label: string
  /** What the part is generated from changed after the sheet was edited (Brief.parts[part].differs). */
  canvasChanged: boolean
  /** Stores the table's words for this part (the caller keeps a part equal to the canvas's live). */
  onEdit: (part: BriefPart, text: string) => void
  onRevert: (part: BriefPart) => void
}

/**
 * One part of the 伝達シート: its label, its text as an editable field on screen and as plain text
 * on paper (the field never prints), 「編集済み」 with 「キャンバスの内容に戻す」 once edited, and a
 * warning when the canvas has changed since, with what the canvas says now.
 */
export function BriefPartField({
  view,
  label,
  canvasChanged,
  onEdit,
  onRevert,
}: BriefPartFieldProps) {
  const t = useT()
  const { part } = view
  const labelId = useId()
  const stateId = useId()
  const edited = view.edited !== null
  const field = useCommittedText(
    view.text,
    (text) => {
      onEdit(part, text.trimEnd())
    },
    // As in every other field: Enter finishes the part, Shift+Enter starts a new line, and the
    // Enter that accepts an IME conversion does neither.
    { multiline: true },
  )
  const empty = view.text.trim() === ''

  return (
    <section
      className={`brief-part brief-part--${part}${empty ? ' brief-part--empty' : ''}`}
      data-part={part}
      data-edited={edited ? 'true' : 'false'}
      aria-labelledby={labelId}
    >
      <div className="brief-part__head">
        <h3 className="brief-part__label" id={labelId}>
          {label}
        </h3>
        {edited ? (
          <span className="brief-badge brief-badge--edited" id={stateId}>
            <span aria-hidden="true">✎</span> {t.briefEdited}
          </span>
        ) : (
          <span className="brief-badge brief-badge--live" id={stateId}>
            <span aria-hidden="true">⇄</span> {t.briefFollows}
          </span>
        )}
      </div>
      <div className="brief-part__body">
        {edited ? (
          <div className="brief-part__state">
            <button
              type="button"
              className="button button--ghost button--small brief-part__revert"
              title={t.briefRevertHint(label)}
              onClick={() => {
                field.revert()
                onRevert(part)
              }}
            >
              <span aria-hidden="true">↺</span> {t.briefRevert}
            </button>
          </div>
        ) : null}
        {edited ? (
          <div
            className={canvasChanged ? 'brief-part__changed' : 'brief-part__compare'}
            role={canvasChanged ? 'status' : undefined}
          >
            {canvasChanged ? (
              <p>
                <strong>
                  <span aria-hidden="true">! </span>
                  {t.briefCanvasChanged}
                </strong>{' '}
                {t.briefCanvasChangedHint}
              </p>
            ) : null}
            <details className="brief-part__now" open={canvasChanged || undefined}>
              <summary>{t.briefCanvasNow}</summary>
              <p className="brief-part__now-text">
                {view.generated.trim() === '' ? t.briefCanvasNowEmpty : view.generated}
              </p>
            </details>
          </div>
        ) : null}
        <textarea
          {...field.bind}
          className="field field--multiline brief-part__field"
          aria-labelledby={labelId}
          aria-describedby={stateId}
          placeholder={t.briefHint(part)}
          title={t.briefKeysHint}
          aria-keyshortcuts="Enter Shift+Enter"
          maxLength={LIMITS.longTextChars}
          spellCheck={false}
          rows={part === 'title' ? 1 : 2}
        />
        <BriefLines className="brief-part__print" text={view.text} />
      </div>
    </section>
  )
}
