import { LIMITS } from '../../../shared/model/limits'
import { applyWorksheetEdit, type WorksheetField } from '../../../shared/theme2/worksheet'
import { CommitTextField } from '../../ui/CommitTextField'
import { useTheme2 } from './Theme2Context'

interface WorksheetCellProps {
  topicId: string
  field: WorksheetField
  value: string
  label: string
  multiline?: boolean
}

/** One cell of the 問1-問5 sheet: edits the map's data (an empty row creates its record). */
export function WorksheetCell({
  topicId,
  field,
  value,
  label,
  multiline = true,
}: WorksheetCellProps) {
  const { apply } = useTheme2()
  return (
    <CommitTextField
      multiline={multiline}
      value={value}
      label={label}
      maxLength={LIMITS.noteTextChars}
      className="t2-sheet__field"
      onCommit={(text) => {
        apply((d, ctx) => applyWorksheetEdit(d, topicId, field, text, ctx))
      }}
    />
  )
}
