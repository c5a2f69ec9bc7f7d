import { useId } from 'react'
import type { BriefPartView } from '../../../shared/theme3/brief'
import { BriefLines } from '../BriefLines'

/**
 * One part of a 伝達シート as read, not edited (the 引き継ぎ資料): its label and its text, laid
 * out as the printed sheet (brief.css), on screen and on paper alike.
 */
export function BriefPartText({ view, label }: { view: BriefPartView; label: string }) {
  const labelId = useId()
  const empty = view.text.trim() === ''
  return (
    <section
      className={`brief-part brief-part--${view.part}${empty ? ' brief-part--empty' : ''}`}
      data-part={view.part}
      aria-labelledby={labelId}
    >
      <div className="brief-part__head">
        <h3 className="brief-part__label" id={labelId}>
          {label}
        </h3>
      </div>
      <div className="brief-part__body">
        <BriefLines className="brief-part__print brief-part__text" text={view.text} />
      </div>
    </section>
  )
}
