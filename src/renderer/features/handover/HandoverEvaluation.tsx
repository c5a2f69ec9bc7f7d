import { handoverSurvey, MUNICIPALITY_MIN_PEOPLE } from '../../../shared/handover/handoverSurvey'
import type { WorkshopDoc } from '../../../shared/model/workshopDoc'
import { SECTION_TITLES } from '../../../shared/survey/surveyBuiltIn'
import { itemShortLabel } from '../../../shared/survey/surveyImport'
import { surveyItems } from '../../../shared/survey/surveyOps'
import { READING_BY_SCALE } from '../../../shared/survey/surveyReadings'
import {
  percentText,
  SURVEY_CHANGES,
  type ChangeCounts,
  type SurveyResults,
} from '../../../shared/survey/surveyResults'
import { useLang } from '../../i18n/useT'
import { useHandoverT } from './handoverMessages'

interface HandoverEvaluationProps {
  doc: WorkshopDoc
  /** The municipality's key ('' for the people without one: no figures of its own). */
  placeKey: string
  place: string
}

/** 「6（75.0%）」: a count with its share of the denominator. */
function share(count: number, counts: ChangeCounts): string {
  return `${count}（${percentText(count, counts.total)}）`
}

/**
 * The evaluation page of a 引き継ぎ資料: the survey's up / stay / down per rated item for everyone
 * and, from MUNICIPALITY_MIN_PEOPLE people on, for the municipality's own people, each with its
 * denominator (計), and the report's reading of up and down.
 */
export function HandoverEvaluation({ doc, placeKey, place }: HandoverEvaluationProps) {
  const h = useHandoverT()
  const lang = useLang()
  const survey = handoverSurvey(doc, placeKey)
  const items = surveyItems(doc)
  const overall = survey.overall
  const local = survey.local
  const localRow = (itemId: string, results: SurveyResults | null) =>
    results?.items.find((r) => r.item.id === itemId)?.counts.all

  return (
    <article className="handover-page handover-eval print-sheet" aria-label={h.evalHeading}>
      <h2 className="handover-page__title">{h.evalHeading}</h2>
      {overall === null ? (
        <p>{h.evalNone}</p>
      ) : (
        <>
          <p className="handover-eval__lead">{h.evalLead}</p>
          <p className="handover-eval__people">
            {h.evalPeople(overall.people.all)}
            {placeKey !== '' ? `、${h.evalPeopleLocal(place, survey.localPeople)}` : ''}
          </p>
          {placeKey !== '' && local === null ? (
            <p className="handover-eval__hidden">
              {h.evalLocalHidden(place, survey.localPeople, MUNICIPALITY_MIN_PEOPLE)}
            </p>
          ) : null}
          {(['fiveStep', 'fourStep'] as const).map((scale) => {
            const rows = overall.items.filter((r) => r.item.scale === scale)
            if (rows.length === 0) return null
            return (
              <section key={scale} className="handover-eval__section">
                <h3 className="handover-page__heading">{SECTION_TITLES[scale][lang]}</h3>
                <table className="handover-table handover-eval__table">
                  <thead>
                    <tr>
                      <th scope="col">{h.evalItem}</th>
                      <th scope="col">{h.evalWho}</th>
                      {SURVEY_CHANGES.map((c) => (
                        <th key={c} scope="col">
                          {c}
                        </th>
                      ))}
                      <th scope="col">{h.evalTotal}</th>
                    </tr>
                  </thead>
                  {rows.map(({ item, counts }) => {
                    const lines = [{ who: h.evalAll, c: counts.all }]
                    const mine = localRow(item.id, local)
                    if (mine) lines.push({ who: place, c: mine })
                    return (
                      <tbody key={item.id} className="handover-eval__item">
                        {lines.map(({ who, c }, k) => (
                          <tr key={who}>
                            {k === 0 ? (
                              <th scope="rowgroup" rowSpan={lines.length}>
                                <span className="handover-eval__label">
                                  {itemShortLabel(item, items)}
                                </span>{' '}
                                {item.text}
                              </th>
                            ) : null}
                            <th scope="row" className="handover-eval__who">
                              {who}
                            </th>
                            {SURVEY_CHANGES.map((change) => (
                              <td key={change}>{share(c[change], c)}</td>
                            ))}
                            <td>{c.total}</td>
                          </tr>
                        ))}
                      </tbody>
                    )
                  })}
                </table>
                <p className="handover-eval__reading">
                  <strong>{h.evalReading}</strong> {READING_BY_SCALE[scale]}
                </p>
              </section>
            )
          })}
        </>
      )}
    </article>
  )
}
