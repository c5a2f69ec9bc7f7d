import { LIMITS } from '../../../shared/model/limits'
import type { Measure } from '../../../shared/model/schemas'
import { deleteMeasure, updateMeasure } from '../../../shared/theme2/measureOps'
import { useT } from '../../i18n/useT'
import { CommitTextField } from '../../ui/CommitTextField'
import { useTheme2 } from './Theme2Context'

interface MeasureRowProps {
  measure: Measure
  /** The cause it is attached to, when it is not the cause being worked on. */
  causeText: string | null
}

/** One countermeasure on step ④: its text, 誰に対する対策, delete (and 採用 when chosen on ⑤). */
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
      {measure.chosen ? (
        <span className="t2-measure__chosen">
          <span aria-hidden="true">✓</span> {t.theme2MeasureChosen}
        </span>
      ) : null}
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
