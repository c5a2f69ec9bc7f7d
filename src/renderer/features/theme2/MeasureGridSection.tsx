import { nudgeMeasure, placeMeasure, setChosen } from '../../../shared/theme2/measureOps'
import { axisLabel } from '../../../shared/theme2/presets'
import { liveTopic } from '../../../shared/theme2/theme2Edit'
import { topicMeasures } from '../../../shared/theme2/theme2Queries'
import { useWorkshopStore } from '../../session/appServices'
import { useLang, useT } from '../../i18n/useT'
import { AxisFields } from './AxisFields'
import { gridPointOf } from './gridPointOf'
import { PriorityGrid, type GridItem } from './PriorityGrid'
import { useTheme2 } from './Theme2Context'

/**
 * Step ⑤, 問4: the countermeasures on 効果 × 実現可能性 (labels editable), and the effective and
 * realistic ones marked 採用.
 */
export function MeasureGridSection({ topicId }: { topicId: string }) {
  const t = useT()
  const lang = useLang()
  const { apply } = useTheme2()
  const doc = useWorkshopStore((s) => s.doc)
  const topic = doc ? liveTopic(doc, topicId) : undefined
  if (!doc || !topic) return null
  const measures = topicMeasures(doc, topicId)
  const items: GridItem[] = measures.map((m) => ({
    id: m.id,
    text: m.text,
    grid: m.grid,
    badge: [m.chosen ? `✓${t.theme2MeasureChosen}` : '', m.target].filter(Boolean).join(' '),
    marked: m.chosen,
  }))

  return (
    <section className="t2-panel t2-measure-grid" aria-label={t.theme2MeasureGrid}>
      <PriorityGrid
        kind="measures"
        label={t.theme2MeasureGrid}
        xLabel={axisLabel(topic, 'measures', 'x', lang)}
        yLabel={axisLabel(topic, 'measures', 'y', lang)}
        items={items}
        onPlace={(id, point) => apply((d) => placeMeasure(d, id, point))}
        onNudge={(id, dx, dy) =>
          gridPointOf(
            apply((d) => nudgeMeasure(d, id, dx, dy)),
            id,
          )
        }
        side={
          <>
            <fieldset className="t2-chosen">
              <legend className="t2-grid__side-title">{t.theme2ChoseTitle}</legend>
              <p className="t2-hint">
                {measures.length === 0 ? t.theme2ChoseEmpty : t.theme2ChoseHint}
              </p>
              {measures.map((m) => (
                <label
                  key={m.id}
                  className={m.chosen ? 't2-chosen__row is-chosen' : 't2-chosen__row'}
                  data-chosen-measure={m.id}
                >
                  <input
                    type="checkbox"
                    checked={m.chosen}
                    onChange={(event) => {
                      const chosen = event.target.checked
                      apply((d) => setChosen(d, m.id, chosen))
                    }}
                  />
                  <span>{m.text || t.boardEmptyNote}</span>
                </label>
              ))}
            </fieldset>
            <details className="t2-axes-box">
              <summary>{t.theme2GridAxes}</summary>
              <AxisFields topicId={topicId} grid="measures" />
            </details>
          </>
        }
      />
    </section>
  )
}
