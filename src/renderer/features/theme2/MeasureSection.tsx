import { useId, useState } from 'react'
import { addMeasure, nudgeMeasure, placeMeasure } from '../../../shared/theme2/measureOps'
import { axisLabel } from '../../../shared/theme2/presets'
import { liveCause, liveTopic } from '../../../shared/theme2/theme2Edit'
import { topicCauses, topicMeasures } from '../../../shared/theme2/theme2Queries'
import { useWorkshopStore } from '../../session/appServices'
import { useLang, useT } from '../../i18n/useT'
import { AxisFields } from './AxisFields'
import { MeasureForm } from './MeasureForm'
import { MeasureRow } from './MeasureRow'
import { PriorityGrid, type GridItem } from './PriorityGrid'
import { useTheme2 } from './Theme2Context'

/**
 * 問4 ④⑤: countermeasures for the main cause (or another cause the table picks), each with whom
 * it targets, placed on 効果 × 実現可能性, the chosen ones marked 採用.
 */
export function MeasureSection({ topicId }: { topicId: string }) {
  const t = useT()
  const lang = useLang()
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
  const items: GridItem[] = measures.map((m) => ({
    id: m.id,
    text: m.text,
    grid: m.grid,
    badge: [m.chosen ? `✓${t.theme2MeasureChosen}` : '', m.target].filter(Boolean).join(' '),
    marked: m.chosen,
  }))
  const causeTextOf = (id: string | null) =>
    id === null ? null : (doc.causes[id]?.text ?? null) || t.boardEmptyNote

  return (
    <section className="t2-panel t2-measures" aria-labelledby={`t2-measures-${topicId}`}>
      <h2 id={`t2-measures-${topicId}`} className="t2-panel__title">
        {t.theme2Measures}
      </h2>
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
      <h3 className="t2-panel__subtitle">{t.theme2MeasureGrid}</h3>
      <AxisFields topicId={topicId} grid="measures" />
      <PriorityGrid
        kind="measures"
        label={t.theme2MeasureGrid}
        xLabel={axisLabel(topic, 'measures', 'x', lang)}
        yLabel={axisLabel(topic, 'measures', 'y', lang)}
        items={items}
        onPlace={(id, point) => apply((d) => placeMeasure(d, id, point))}
        onNudge={(id, dx, dy) => apply((d) => nudgeMeasure(d, id, dx, dy))}
      />
    </section>
  )
}
