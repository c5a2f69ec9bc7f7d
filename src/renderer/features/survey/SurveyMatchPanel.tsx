import { useId, useState } from 'react'
import type { SurveyAnswer } from '../../../shared/model/schemas'
import type { WorkshopDoc } from '../../../shared/model/workshopDoc'
import type { SurveyMatch } from '../../../shared/survey/nameMatching'
import { pairSurveyAnswers } from '../../../shared/survey/surveyOps'
import { useT } from '../../i18n/useT'
import type { SurveyEditing } from './useSurveyEditing'

/**
 * 突合: how many were matched (and how), the duplicated names, and each post answer without a
 * pre answer with a choice of the unmatched pre answers to pair it with by hand; never a guess.
 */
export function SurveyMatchPanel({
  match,
  editing,
}: {
  doc: WorkshopDoc
  match: SurveyMatch<SurveyAnswer>
  editing: SurveyEditing
}) {
  const t = useT()
  const headingId = useId()
  const normalised = match.pairs.filter((p) => p.kind === 'normalised').length
  const manual = match.pairs.filter((p) => p.kind === 'manual')
  return (
    <section className="survey-panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{t.surveyMatchHeading}</h2>
      <p className="survey-panel__lead">{t.surveyMatchLead}</p>
      <ul className="survey-match__counts">
        <li>{t.surveyMatched(match.pairs.length)}</li>
        {normalised > 0 ? <li>{t.surveyMatchedNormalised(normalised)}</li> : null}
        {manual.length > 0 ? <li>{t.surveyMatchedManual(manual.length)}</li> : null}
      </ul>
      {match.duplicates.length > 0 ? (
        <div className="survey-match__list">
          <h3>{t.surveyDuplicates}</h3>
          <ul>
            {match.duplicates.map((d) => (
              <li key={d.key}>
                {[
                  ...d.pre.map((a) => `${a.name}（${t.surveyPhasePre}）`),
                  ...d.post.map((a) => `${a.name}（${t.surveyPhasePost}）`),
                ].join('、')}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {match.unmatchedPost.length > 0 ? (
        <div className="survey-match__list">
          <h3>{t.surveyUnmatchedPost}</h3>
          <ul>
            {match.unmatchedPost.map((post) => (
              <PairRow
                key={post.id}
                post={post}
                candidates={match.unmatchedPre}
                editing={editing}
              />
            ))}
          </ul>
        </div>
      ) : null}
      {match.unmatchedPre.length > 0 ? (
        <div className="survey-match__list">
          <h3>{t.surveyUnmatchedPre}</h3>
          <p>{match.unmatchedPre.map((a) => a.name || '—').join('、')}</p>
        </div>
      ) : null}
      {match.unmatchedPost.length === 0 && match.unmatchedPre.length === 0 ? (
        <p>{t.surveyNoUnmatched}</p>
      ) : null}
      {manual.length > 0 ? (
        <ul className="survey-match__manual">
          {manual.map((pair) => (
            <li key={pair.post.id}>
              {`${pair.post.name} ↔ ${pair.pre.name}`}
              <button
                type="button"
                className="button button--small"
                onClick={() => editing.apply((d) => pairSurveyAnswers(d, pair.post.id, null))}
              >
                {t.surveyUnpair(pair.post.name)}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  )
}

function PairRow({
  post,
  candidates,
  editing,
}: {
  post: SurveyAnswer
  candidates: readonly SurveyAnswer[]
  editing: SurveyEditing
}) {
  const t = useT()
  const [preId, setPreId] = useState('')
  const selectId = useId()
  return (
    <li className="survey-pair">
      <label htmlFor={selectId}>{t.surveyPairWith(post.name)}</label>
      <select
        id={selectId}
        value={preId}
        onChange={(e) => {
          setPreId(e.target.value)
        }}
      >
        <option value="">{t.surveyPairChoose}</option>
        {candidates.map((pre) => (
          <option key={pre.id} value={pre.id}>
            {pre.affiliation ? `${pre.name}（${pre.affiliation}）` : pre.name}
          </option>
        ))}
      </select>
      <button
        type="button"
        className="button"
        disabled={preId === ''}
        onClick={() => {
          const pre = candidates.find((c) => c.id === preId)
          const undoId = editing.apply((d) => pairSurveyAnswers(d, post.id, preId))
          editing.notifyUndoable(t.surveyPaired(post.name, pre?.name ?? ''), undoId)
        }}
      >
        {t.surveyPair}
      </button>
    </li>
  )
}
