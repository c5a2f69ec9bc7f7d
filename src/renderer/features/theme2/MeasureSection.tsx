import { useId, useState } from 'react'
import { addMeasure } from '../../../shared/theme2/measureOps'
import { liveCause, liveTopic } from '../../../shared/theme2/theme2Edit'
import { topicCauses, topicMeasures } from '../../../shared/theme2/theme2Queries'
import { useWorkshopStore } from '../../session/appServices'
import { useT } from '../../i18n/useT'
import { MeasureForm } from './MeasureForm'
import { MeasureRow } from './MeasureRow'
import { useTheme2 } from './Theme2Context'

/**
 * Step ④, 問4: countermeasures for the main cause (or another cause the table picks), each with
 * whom it targets. Step ⑤ places them on 効果 × 実現可能性 and marks the adopted ones.
 */
export function MeasureSection({ topicId }: { topicId: string }) {
  const t = useT()
  const { apply } = useTheme2()
  const selectId = useId()
  const doc = useWorkshopStore((s) => s.doc)
  const [picked, setPicked] = useState<string | null>(null)
  const topic = doc ? liveTopic(doc, topicId) : undefined
  if (!doc || !topic) return null
  const causes = topicCauses(doc, topicId)
  const pickedLive = picked !== null && liveCause(doc, picked)?.topicId === topicId
  const causeId = pickedLive ? picked : topic.mainCauseId
  const measures = topicMeasures(doc, topicId)
  const causeTextOf = (id: string | null) =>
    id === null ? null : (doc.causes[id]?.text ?? null) || t.boardEmptyNote

  return (
    <section className="t2-panel t2-measures" aria-labelledby={`t2-measures-${topicId}`}>
      <h3 id={`t2-measures-${topicId}`} className="t2-panel__title visually-hidden">
        {t.theme2Measures}
      </h3>
      <div className="t2-measures__cause">
        <label htmlFor={selectId}>{t.theme2MeasuresFor}</label>
        <select
          id={selectId}
          className="field"
          value={causeId ?? ''}
          onChange={(event) => {
            setPicked(event.target.value || null)
          }}
        >
          <option value="">―</option>
          {causes.map((c) => (
            <option key={c.id} value={c.id}>
              {c.id === topic.mainCauseId ? `★${t.theme2MainCause}：` : ''}
              {c.text || t.boardEmptyNote}
            </option>
          ))}
        </select>
      </div>
      {causeId === null ? <p className="t2-empty">{t.theme2MeasuresEmpty}</p> : null}
      <MeasureForm
        onAdd={(text, target) =>
          apply((d, ctx) => addMeasure(d, topicId, causeId, text, target, ctx)).length > 0
        }
      />
      <ul className="t2-measure-list">
        {measures.map((m) => (
          <MeasureRow
            key={m.id}
            measure={m}
            causeText={m.causeId === causeId ? null : causeTextOf(m.causeId)}
          />
        ))}
      </ul>
    </section>
  )
}
