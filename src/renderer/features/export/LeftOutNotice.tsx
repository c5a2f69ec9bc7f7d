import type { LeftOutGroup } from '../../../shared/export/exportTypes'
import { useT } from '../../i18n/useT'

interface LeftOutNoticeProps {
  leftOut: readonly LeftOutGroup[]
  /** A group kept in has a theme with nothing written (its pages are left out too). */
  emptyThemes: boolean
  includeEmpty: boolean
  onIncludeEmpty: (include: boolean) => void
}

/**
 * Says which groups the PDF, slides and CSV leave out and why (nothing written in the chosen
 * themes), and lets the user put them in on purpose.
 */
export function LeftOutNotice({
  leftOut,
  emptyThemes,
  includeEmpty,
  onIncludeEmpty,
}: LeftOutNoticeProps) {
  const t = useT()
  return (
    <div className="export-left-out">
      {!includeEmpty && leftOut.length > 0 && (
        <p className="export-left-out__text" role="status">
          {t.exportLeftOut(leftOut.length, leftOut.map((g) => g.groupName).join('、'))}
        </p>
      )}
      {!includeEmpty && emptyThemes && (
        <p className="export-left-out__text">{t.exportLeftOutThemes}</p>
      )}
      <label className="export-choice">
        <input
          type="checkbox"
          checked={includeEmpty}
          onChange={(event) => {
            onIncludeEmpty(event.target.checked)
          }}
        />
        {t.exportIncludeEmpty}
      </label>
    </div>
  )
}
