import '../../styles/surveyReport.css'
import type { ReportRow, ReportSection, SurveyReport } from '../../../shared/survey/surveyReport'
import { SURVEY_CHANGES, type ResultGroup } from '../../../shared/survey/surveyResults'
import { POSITION_LABELS } from '../../../shared/survey/surveyTypes'
import type { Messages } from '../../i18n/messages.ja'
import { useLang, useT, type Lang } from '../../i18n/useT'
import { ChangeBars, ChangeLegend } from './ChangeBars'

export function groupLabel(t: Messages, lang: Lang, group: ResultGroup): string {
  return group === 'all' ? t.surveyGroupAll : POSITION_LABELS[group][lang]
}

const share = (p: number | null) => (p === null ? '–' : `${p.toFixed(1)}%`)

/**
 * The survey's results as a printed report (A4 portrait; the アンケート screen's PDF, and the
 * evaluation page of the hand-over): the denominators, what up / stay / down mean, per section
 * the report's reading beside its items, per item a table of up / stay / down per group (全体,
 * each 立場) with counts and shares and the same as stacked bars, then the free-text answers per
 * item (事前・事後 and 立場, never a name). Text only, never HTML.
 */
export function SurveyReportView({
  report,
  title,
  meta,
}: {
  report: SurveyReport
  /** The workshop's title. */
  title: string
  /** The date (and venue) line. */
  meta: string
}) {
  const t = useT()
  const lang = useLang()
  return (
    <article className="survey-report print-sheet" aria-label={t.surveyPrintTitle}>
      <header className="survey-report__head">
        <p className="survey-report__workshop">{title}</p>
        <h1 className="survey-report__title">{t.surveyPrintTitle}</h1>
        {meta ? <p className="survey-report__meta">{meta}</p> : null}
        <ul className="survey-report__counts">
          <li>
            <strong>{t.surveyReportMatched(report.people.all)}</strong>
            {report.groups.length > 1
              ? `（${report.groups
                  .filter((g) => g !== 'all')
                  .map((g) => t.surveyReportByGroup(groupLabel(t, lang, g), report.people[g]))
                  .join('、')}）`
              : null}
          </li>
          <li>{t.surveyReportAnswered(report.answered.pre, report.answered.post)}</li>
          {report.unmatched.pre + report.unmatched.post > 0 ? (
            <li>{t.surveyReportUnmatched(report.unmatched.pre, report.unmatched.post)}</li>
          ) : null}
          <li>{t.surveyReportDenominator}</li>
        </ul>
      </header>
      <section className="survey-report__definition" aria-label={t.surveyReportDefinition}>
        <h2>{t.surveyReportDefinition}</h2>
        <p>{report.definition}</p>
        <p>{report.general}</p>
        <ChangeLegend label={t.surveyReportLegend} />
      </section>
      {report.people.all === 0 ? (
        <p className="survey-report__empty">{t.surveyReportNoMatch}</p>
      ) : (
        report.sections.map((section) => (
          <ReportSectionView key={section.scale} section={section} groups={report.groups} />
        ))
      )}
      {report.freeText.length > 0 ? (
        <section className="survey-report__section">
          <h2>{t.surveyReportFreeText}</h2>
          {report.freeText.map((item) => (
            <div key={item.itemId} className="survey-report__free">
              <h3>
                <span className="survey-report__label">{item.label}</span>
                {item.text}
              </h3>
              {item.answers.length === 0 ? (
                <p>{t.surveyReportFreeEmpty}</p>
              ) : (
                <ul>
                  {item.answers.map((a) => (
                    <li key={a.id}>
                      <span className="survey-report__who">
                        {`${a.phase === 'pre' ? t.surveyPhasePre : t.surveyPhasePost}・${POSITION_LABELS[a.position][lang]}`}
                      </span>
                      {a.text}
                    </li>
                  ))}
                </ul>
              )}
            </div>
          ))}
        </section>
      ) : null}
    </article>
  )
}

function ReportSectionView({
  section,
  groups,
}: {
  section: ReportSection
  groups: readonly ResultGroup[]
}) {
  const t = useT()
  const lang = useLang()
  return (
    <section className="survey-report__section">
      <h2>{section.title[lang]}</h2>
      <aside className="survey-report__reading">
        <h3>{t.surveyReportReading}</h3>
        {section.readings.map((reading) => (
          <p key={reading}>{reading}</p>
        ))}
      </aside>
      {section.rows.map((row) => (
        <ReportItem key={row.itemId} row={row} groups={groups} />
      ))}
    </section>
  )
}

/** One item: its table (counts and shares per group) and its stacked bars side by side. */
export function ReportItem({ row, groups }: { row: ReportRow; groups: readonly ResultGroup[] }) {
  const t = useT()
  const lang = useLang()
  const chartLabel = t.surveyReportChart(
    row.label,
    groups
      .map((g) => {
        const c = row.counts[g]
        return t.surveyReportChartGroup(
          groupLabel(t, lang, g),
          t.surveyReportCount(c.up, share(c.percent.up)),
          t.surveyReportCount(c.stay, share(c.percent.stay)),
          t.surveyReportCount(c.down, share(c.percent.down)),
          c.total,
        )
      })
      .join('、'),
  )
  return (
    <div className="survey-report__item">
      <h3>
        <span className="survey-report__label">{row.label}</span>
        {row.text}
      </h3>
      <div className="survey-report__figures">
        <table className="survey-report__table">
          <thead>
            <tr>
              <th scope="col">{t.surveyReportGroup}</th>
              {SURVEY_CHANGES.map((part) => (
                <th key={part} scope="col">
                  {part}
                </th>
              ))}
              <th scope="col">{t.surveyReportPeople}</th>
            </tr>
          </thead>
          <tbody>
            {groups.map((g) => {
              const c = row.counts[g]
              return (
                <tr key={g}>
                  <th scope="row">{groupLabel(t, lang, g)}</th>
                  {SURVEY_CHANGES.map((part) => (
                    <td key={part}>
                      {c[part]}
                      <span className="survey-report__share">{share(c.percent[part])}</span>
                    </td>
                  ))}
                  <td>{c.total}</td>
                </tr>
              )
            })}
          </tbody>
        </table>
        <ChangeBars
          label={chartLabel}
          rows={groups.map((g) => ({ label: groupLabel(t, lang, g), counts: row.counts[g] }))}
        />
      </div>
    </div>
  )
}
