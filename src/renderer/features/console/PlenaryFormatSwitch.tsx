import '../../styles/cafeRotation.css'
import { plenaryFormatOf, setPlenaryFormat } from '../../../shared/cafe/cafePlan'
import type { PlenaryFormat } from '../../../shared/model/schemas'
import type { WorkshopDoc } from '../../../shared/model/workshopDoc'
import { useT } from '../../i18n/useT'
import { plenaryTotalMinutes } from './plenarySlides'
import { useApplyEdit } from './useApplyEdit'

/**
 * 全体共有の方法: 発表 (each table in turn, the default) or ワールドカフェ (report L7290-7292).
 * Saved in the workshop (one undo step); choosing ワールドカフェ sets up its first plan.
 */
export function PlenaryFormatSwitch({ doc }: { doc: WorkshopDoc }) {
  const t = useT()
  const apply = useApplyEdit()
  const format = plenaryFormatOf(doc.workshop)
  const choose = (next: PlenaryFormat) => {
    apply((d) => setPlenaryFormat(d, next, plenaryTotalMinutes(d)))
  }
  const options: { format: PlenaryFormat; label: string }[] = [
    { format: 'talks', label: t.plenaryFormatPresentation },
    { format: 'cafe', label: t.plenaryFormatCafe },
  ]
  return (
    <div className="plenary-format" role="group" aria-label={t.plenaryFormat}>
      <span className="plenary-format__label">{t.plenaryFormat}</span>
      {options.map((option) => (
        <button
          key={option.format}
          type="button"
          aria-pressed={format === option.format}
          onClick={() => {
            choose(option.format)
          }}
        >
          {option.label}
        </button>
      ))}
      <span className="plenary-hint">{t.plenaryFormatHint}</span>
    </div>
  )
}
