import { LIMITS } from '../../../shared/model/limits'
import { addOutcome, deleteOutcome, updateOutcome } from '../../../shared/theme2/measureOps'
import { topicOutcomes } from '../../../shared/theme2/theme2Queries'
import { useWorkshopStore } from '../../session/appServices'
import { useT } from '../../i18n/useT'
import { CommitTextField } from '../../ui/CommitTextField'
import { useTheme2 } from './Theme2Context'

/** 問5: 期待値 (what should change) and 指標 (how it will be measured), row by row. */
export function OutcomeSection({ topicId }: { topicId: string }) {
  const t = useT()
  const { apply, remove } = useTheme2()
  const doc = useWorkshopStore((s) => s.doc)
  const outcomes = doc ? topicOutcomes(doc, topicId) : []

  const add = () => {
    if (apply((d, ctx) => addOutcome(d, topicId, {}, ctx)).length === 0) return
    requestAnimationFrame(() => {
      const fields = document.querySelectorAll<HTMLElement>('[data-focus="t2-expectation"]')
      fields[fields.length - 1]?.focus()
    })
  }

  return (
    <section className="t2-panel t2-outcomes" aria-labelledby={`t2-outcomes-${topicId}`}>
      <h2 id={`t2-outcomes-${topicId}`} className="t2-panel__title">
        {t.theme2Outcomes}
      </h2>
      <table className="t2-outcome-table">
        <thead>
          <tr>
            <th scope="col">{t.theme2Expectation}</th>
            <th scope="col">{t.theme2Indicator}</th>
            <th scope="col">
              <span className="visually-hidden">{t.theme2Delete}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {outcomes.map((o, i) => (
            <tr key={o.id}>
              <td>
                <CommitTextField
                  multiline
                  value={o.expectation}
                  label={`${t.theme2OutcomeRow(i + 1)} ${t.theme2Expectation}`}
                  maxLength={LIMITS.noteTextChars}
                  focusKey="t2-expectation"
                  onCommit={(expectation) => {
                    apply((d) => updateOutcome(d, o.id, { expectation }))
                  }}
                />
              </td>
              <td>
                <CommitTextField
                  multiline
                  value={o.indicator}
                  label={`${t.theme2OutcomeRow(i + 1)} ${t.theme2Indicator}`}
                  maxLength={LIMITS.noteTextChars}
                  onCommit={(indicator) => {
                    apply((d) => updateOutcome(d, o.id, { indicator }))
                  }}
                />
              </td>
              <td>
                <button
                  type="button"
                  className="button button--small button--danger"
                  aria-label={`${t.theme2Delete}：${t.theme2OutcomeRow(i + 1)}`}
                  onClick={() => {
                    remove((d, ctx) => deleteOutcome(d, o.id, ctx), t.theme2OutcomeDeleted)
                  }}
                >
                  {t.theme2Delete}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button" className="button button--small" onClick={add}>
        {t.theme2OutcomeAdd}
      </button>
    </section>
  )
}
