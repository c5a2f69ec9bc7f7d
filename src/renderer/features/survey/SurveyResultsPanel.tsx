import { useId, useState } from 'react'
import type { SurveyAnswer, SurveyItem } from '../../../shared/model/schemas'
import { SECTION_TITLES } from '../../../shared/survey/surveyBuiltIn'
import { itemShortLabel } from '../../../shared/survey/surveyImport'
import { READING_BY_SCALE, READING_CAUTION } from '../../../shared/survey/surveyReadings'
import {
  freeTextAnswers,
  percentText,
  RESULT_GROUPS,
  type ResultGroup,
  type SurveyResults,
} from '../../../shared/survey/surveyResults'
import { POSITION_LABELS } from '../../../shared/survey/surveyTypes'
import { useLang, useT } from '../../i18n/useT'

/**
 * 結果: for the chosen 対象 (全体 or a 立場), per section a table of up / stay / down with 計 and
 * the shares, each row with a stacked bar (HTML, drawn by us: three widths need no chart
 * library, and the bar reads the same on screen, in print and for a screen reader through its
 * label); the report's reading of up and down beside each section; the free-text answers.
 */
export function SurveyResultsPanel({
  results,
  items,
  answers,
}: {
  results: SurveyResults<SurveyAnswer>
  items: readonly SurveyItem[]
  answers: readonly SurveyAnswer[]
}) {
  const t = useT()
  const lang = useLang()
  const headingId = useId()
  const [group, setGroup] = useState<ResultGroup>('all')
  const groupLabel = (g: ResultGroup) => (g === 'all' ? t.surveyGroupAll : POSITION_LABELS[g][lang])
  const free = items.filter((i) => i.scale === 'freeText')
  return (
    <section className="survey-panel survey-results" aria-labelledby={headingId}>
      <h2 id={headingId}>{t.surveyResultsHeading}</h2>
      {results.people.all === 0 ? (
        <p>{t.surveyResultsEmpty}</p>
      ) : (
        <>
          <div className="survey-groups" role="group" aria-label={t.surveyGroup}>
            {RESULT_GROUPS.filter((g) => g === 'all' || results.people[g] > 0).map((g) => (
              <button
                key={g}
                type="button"
                className={g === group ? 'button button--primary' : 'button'}
                aria-pressed={g === group}
                onClick={() => {
                  setGroup(g)
                }}
              >
                {`${groupLabel(g)}（${t.surveyPeople(results.people[g])}）`}
              </button>
            ))}
          </div>
          {(['fiveStep', 'fourStep'] as const).map((scale) => {
            const rows = results.items.filter((r) => r.item.scale === scale)
            if (rows.length === 0) return null
            return (
              <div key={scale} className="survey-section">
                <h3>{`${SECTION_TITLES[scale][lang]}（${groupLabel(group)}）`}</h3>
                <table className="survey-table">
                  <thead>
                    <tr>
                      <th scope="col">{t.surveyItemColumn}</th>
                      <th scope="col">up</th>
                      <th scope="col">stay</th>
                      <th scope="col">down</th>
                      <th scope="col">{t.surveyTotal}</th>
                      <th scope="col" className="survey-table__chart">
                        %
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {rows.map(({ item, counts }) => {
                      const c = counts[group]
                      const label = itemShortLabel(item, items)
                      const share = (n: number) => percentText(n, c.total)
                      return (
                        <tr key={item.id}>
                          <th scope="row">
                            <span className="survey-table__label">{label}</span> {item.text}
                          </th>
                          <td>{c.up}</td>
                          <td>{c.stay}</td>
                          <td>{c.down}</td>
                          <td>{c.total}</td>
                          <td className="survey-table__chart">
                            <StackedBar
                              label={t.surveyChartLabel(
                                label,
                                share(c.up),
                                share(c.stay),
                                share(c.down),
                                c.total,
                              )}
                              counts={c}
                            />
                          </td>
                        </tr>
                      )
                    })}
                  </tbody>
                </table>
                <aside className="survey-reading">
                  <h4>{t.surveyReading}</h4>
                  <p>{READING_BY_SCALE[scale]}</p>
                  {scale === 'fiveStep' ? <p>{READING_CAUTION}</p> : null}
                </aside>
              </div>
            )
          })}
        </>
      )}
      {free.length > 0 ? (
        <div className="survey-section">
          <h3>{t.surveyFreeTextHeading}</h3>
          {free.map((item) => {
            const list = freeTextAnswers(item.id, answers)
            return (
              <div key={item.id} className="survey-free">
                <h4>{item.text}</h4>
                {list.length === 0 ? (
                  <p>{t.surveyFreeTextEmpty}</p>
                ) : (
                  <ul>
                    {list.map(({ answer, text }) => (
                      <li key={answer.id}>
                        <span className="survey-free__who">
                          {`${answer.phase === 'pre' ? t.surveyPhasePre : t.surveyPhasePost}・${POSITION_LABELS[answer.position][lang]}`}
                        </span>
                        {text}
                      </li>
                    ))}
                  </ul>
                )}
              </div>
            )
          })}
        </div>
      ) : null}
    </section>
  )
}

function StackedBar({
  label,
  counts,
}: {
  label: string
  counts: { up: number; stay: number; down: number; total: number }
}) {
  const width = (n: number) => (counts.total > 0 ? `${(n / counts.total) * 100}%` : '0%')
  return (
    <div className="survey-bar" role="img" aria-label={label}>
      {(['up', 'stay', 'down'] as const).map((part) =>
        counts[part] > 0 ? (
          <span
            key={part}
            className={`survey-bar__part survey-bar__part--${part}`}
            style={{ width: width(counts[part]) }}
          >
            {percentText(counts[part], counts.total)}
          </span>
        ) : null,
      )}
    </div>
  )
}
