import { LIMITS } from '../../../shared/model/limits'
import type { Measure } from '../../../shared/model/schemas'
import { deleteMeasure, setChosen, updateMeasure } from '../../../shared/theme2/measureOps'
import { useT } from '../../i18n/useT'
import { CommitTextField } from '../../ui/CommitTextField'
import { useTheme2 } from './Theme2Context'

interface MeasureRowProps {
  measure: Measure
  /** The cause it is attached to, when it is not the cause being worked on. */
  causeText: string | null
}

/** One countermeasure: its text, 誰に対する対策, 採用 and delete. */
export function MeasureRow({ measure, causeText }: MeasureRowProps) {
  const t = useT()
  const { apply, remove } = useTheme2()
  const name = measure.text || t.boardEmptyNote
  return (
    <li
      className={measure.chosen ? 't2-measure is-chosen' : 't2-measure'}
      data-measure-id={measure.id}
    >
      <CommitTextField
        multiline
        value={measure.text}
        label={t.theme2MeasureTextOf(name)}
        maxLength={LIMITS.noteTextChars}
        className="t2-measure__text"
        onCommit={(text) => {
          apply((d) => updateMeasure(d, measure.id, { text }))
        }}
      />
      <CommitTextField
        value={measure.target}
        label={t.theme2MeasureTargetOf(name)}
        placeholder={t.theme2MeasureTarget}
        maxLength={LIMITS.shortTextChars}
        className="t2-measure__target"
        onCommit={(target) => {
          apply((d) => updateMeasure(d, measure.id, { target }))
        }}
      />
      <label className="t2-measure__chosen">
        <input
          type="checkbox"
          checked={measure.chosen}
          onChange={(event) => {
            const chosen = event.target.checked
            apply((d) => setChosen(d, measure.id, chosen))
          }}
        />
        {measure.chosen ? <span aria-hidden="true">✓</span> : null} {t.theme2MeasureChosen}
      </label>
      <button
        type="button"
        className="button button--small button--danger"
        aria-label={`${t.theme2MeasureDelete}：${name}`}
        onClick={() => {
          remove((d, ctx) => deleteMeasure(d, measure.id, ctx), t.theme2MeasureDeleted)
        }}
      >
        {t.theme2Delete}
      </button>
      {causeText !== null ? <p className="t2-measure__cause">← {causeText}</p> : null}
    </li>
  )
}
