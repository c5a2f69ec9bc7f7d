import type { GridAxes } from '../../../shared/model/schemas'
import { axisLabel, type Theme2Grid } from '../../../shared/theme2/presets'
import { liveTopic } from '../../../shared/theme2/theme2Edit'
import { updateTopic } from '../../../shared/theme2/topicOps'
import { LIMITS } from '../../../shared/model/limits'
import { useWorkshopStore } from '../../session/appServices'
import { useLang, useT } from '../../i18n/useT'
import { CommitTextField } from '../../ui/CommitTextField'
import { useTheme2 } from './Theme2Context'

/** The two axis labels of a topic's grid; a blank label goes back to the default. */
export function AxisFields({ topicId, grid }: { topicId: string; grid: Theme2Grid }) {
  const t = useT()
  const lang = useLang()
  const { apply } = useTheme2()
  const topic = useWorkshopStore((s) => (s.doc ? liveTopic(s.doc, topicId) : undefined))
  if (!topic) return null
  const field = (axis: keyof GridAxes, name: string) => (
    <label className="t2-axis">
      <span className="t2-field__label">{name}</span>
      <CommitTextField
        value={axisLabel(topic, grid, axis, lang)}
        maxLength={LIMITS.labelChars}
        onCommit={(value) => {
          const key = grid === 'causes' ? 'causeAxes' : 'measureAxes'
          apply((d) => updateTopic(d, topicId, { [key]: { [axis]: value } }))
        }}
      />
    </label>
  )
  return (
    <div className="t2-axes">
      {field('x', t.theme2AxisX)}
      {field('y', t.theme2AxisY)}
    </div>
  )
}
