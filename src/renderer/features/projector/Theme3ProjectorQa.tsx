import type { WorkshopDoc } from '../../../shared/model/workshopDoc'
import { canvasQas } from '../../../shared/theme3/theme3Queries'
import { useT } from '../../i18n/useT'
import { useShrinkToFit } from './theme3ShrinkToFit'

/** The questions a municipal officer will likely ask, with the table's answers. */
export function Theme3ProjectorQa({
  doc,
  canvasId,
  fitKey,
}: {
  doc: WorkshopDoc
  canvasId: string
  fitKey: string
}) {
  const t = useT()
  const qas = canvasQas(doc, canvasId).filter(
    (q) => q.question.trim() !== '' || q.answer.trim() !== '',
  )
  const box = useShrinkToFit<HTMLDivElement>(
    `${fitKey}/${qas.map((q) => `${q.question}\n${q.answer}`).join('\n')}`,
  )
  return (
    <section className="pj3-panel" aria-label={t.t3pjQaTitle} data-testid="pj3-qa">
      <h2 className="pj3-panel__title">{t.t3pjQaTitle}</h2>
      <div className="pj3-panel__body" ref={box}>
        {qas.length === 0 ? (
          <p className="pj3-empty">{t.t3pjNoQa}</p>
        ) : (
          <ol className="pj3-qas">
            {qas.map((qa) => (
              <li key={qa.id} className="pj3-qa">
                <p className="pj3-qa__q">
                  <span className="pj3-qa__mark">{t.t3pjQuestion}</span>
                  {qa.question}
                </p>
                <p className="pj3-qa__a">
                  <span className="pj3-qa__mark pj3-qa__mark--a">{t.t3pjAnswer}</span>
                  {qa.answer.trim() === '' ? t.t3pjNoAnswer : qa.answer}
                </p>
              </li>
            ))}
          </ol>
        )}
      </div>
    </section>
  )
}
