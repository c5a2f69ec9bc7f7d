import {
  ANNEX_AUTHOR,
  ANNEX_TITLE,
  MINDSET_POINTS,
  MINDSET_TABLE_TITLE,
} from '../../../shared/annex/facilitationAnnex'
import type { RunSheet, RunSheetRow } from '../../../shared/annex/runSheet'
import type { Workshop } from '../../../shared/model/schemas'
import { formatDate, formatRange } from '../../i18n/format'
import { useLang, useT } from '../../i18n/useT'

interface RunSheetViewProps {
  workshop: Workshop
  sheet: RunSheet
}

/** The 進行表 itself: the page on screen and on paper. */
export function RunSheetView({ workshop, sheet }: RunSheetViewProps) {
  const t = useT()
  const lang = useLang()
  const meta = [formatDate(workshop.date, lang), workshop.venue.trim()].filter(Boolean).join('　')
  return (
    <article
      className="runsheet print-view__page"
      aria-label={t.runSheetTitle}
      data-testid="runsheet"
    >
      <header className="runsheet__head">
        <h2 className="runsheet__title">
          {`${t.runSheetTitle}\u3000${workshop.title.trim() || t.untitled}`}
        </h2>
        <p className="runsheet__meta">
          {meta ? `${meta}\u3000` : ''}
          {t.runSheetDay(sheet.dayStart, sheet.dayEnd, sheet.totalMin)}
        </p>
      </header>
      <table className="runsheet__table">
        <thead>
          <tr>
            <th scope="col" className="runsheet__col-time">
              {t.runSheetTime}
            </th>
            <th scope="col" className="runsheet__col-item">
              {t.runSheetItem}
            </th>
            <th scope="col">{t.runSheetGuide}</th>
          </tr>
        </thead>
        <tbody>
          {sheet.rows.map((row) => (
            <RunSheetLine key={row.id} row={row} />
          ))}
        </tbody>
      </table>
      <section className="runsheet__mindset" aria-label={MINDSET_TABLE_TITLE}>
        <h3 className="runsheet__mindset-title">{MINDSET_TABLE_TITLE}</h3>
        <ol>
          {MINDSET_POINTS.map((point) => (
            <li key={point}>{point}</li>
          ))}
        </ol>
        <p className="runsheet__source">{t.annexSource(ANNEX_TITLE, ANNEX_AUTHOR)}</p>
      </section>
    </article>
  )
}

function RunSheetLine({ row }: { row: RunSheetRow }) {
  const t = useT()
  const hasGuide = row.points.length > 0 || row.questions.length > 0
  return (
    <tr className={hasGuide ? 'runsheet__row has-guide' : 'runsheet__row'}>
      <td className="runsheet__time">
        <span className="runsheet__range">{formatRange(row.start, row.end)}</span>
        <span className="runsheet__minutes">{t.runSheetMinutes(row.minutes)}</span>
      </td>
      <td className="runsheet__item">
        <span className="runsheet__item-name">{row.item}</span>
        {row.content ? <span className="runsheet__content">{row.content}</span> : null}
      </td>
      <td className="runsheet__guide">
        {row.cardLabel && row.cardDuration ? (
          <p className="runsheet__duration">
            {`${row.cardLabel}\u3000${row.cardDuration.split('\n').join(' ')}`}
          </p>
        ) : null}
        {row.points.length > 0 ? (
          <ul className="runsheet__points" aria-label={t.cardPoints}>
            {row.points.map((point) => (
              <li key={point}>{point}</li>
            ))}
          </ul>
        ) : null}
        {row.questions.map((group, i) => (
          <div key={i} className="runsheet__questions">
            <p className="runsheet__questions-label">{t.runSheetQuestions}</p>
            <ul>
              {group.questions.map((question) => (
                <li key={question}>{question}</li>
              ))}
            </ul>
            {group.source ? (
              <p className="runsheet__source">{t.questionSource(group.source.section)}</p>
            ) : null}
          </div>
        ))}
      </td>
    </tr>
  )
}
