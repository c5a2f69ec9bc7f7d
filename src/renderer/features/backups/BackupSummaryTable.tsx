import {
  compareSummaries,
  type GroupCounts,
  type WorkshopSummary,
} from '../../../shared/backups/backupSummary'
import { useT } from '../../i18n/useT'

interface BackupSummaryTableProps {
  backup: WorkshopSummary
  current: WorkshopSummary
}

/** The counts shown, theme by theme, in the table's column order. */
const COLUMNS: readonly (keyof GroupCounts)[] = [
  'notes',
  'tane',
  'topics',
  'causes',
  'measures',
  'outcomes',
  'canvases',
  'canvasNotes',
  'questions',
  'briefEdits',
]

/**
 * What a backup holds, group by group and theme by theme, with the current number in brackets
 * where it differs: the facilitator sees what a restore brings back and what it takes away.
 */
export function BackupSummaryTable({ backup, current }: BackupSummaryTableProps) {
  const t = useT()
  const lines = compareSummaries(backup, current)
  if (lines.length === 0) return <p className="backup-summary__empty">{t.backupsSumNoGroups}</p>
  const heading: Record<keyof GroupCounts, string> = {
    notes: t.backupsSumNotes,
    tane: t.backupsSumTane,
    topics: t.backupsSumTopics,
    causes: t.backupsSumCauses,
    measures: t.backupsSumMeasures,
    outcomes: t.backupsSumOutcomes,
    canvases: t.backupsSumCanvases,
    canvasNotes: t.backupsSumCanvasNotes,
    questions: t.backupsSumQuestions,
    briefEdits: t.backupsSumBrief,
  }
  const theme = (key: keyof GroupCounts): string =>
    key === 'notes' || key === 'tane'
      ? t.backupsSumTheme1
      : key === 'canvases' || key === 'canvasNotes' || key === 'questions' || key === 'briefEdits'
        ? t.backupsSumTheme3
        : t.backupsSumTheme2
  return (
    <div className="backup-summary__scroll">
      <table className="backup-summary">
        <thead>
          <tr>
            <th scope="col" rowSpan={2}>
              {t.backupsSumGroup}
            </th>
            <th scope="colgroup" colSpan={2}>
              {t.backupsSumTheme1}
            </th>
            <th scope="colgroup" colSpan={4}>
              {t.backupsSumTheme2}
            </th>
            <th scope="colgroup" colSpan={4}>
              {t.backupsSumTheme3}
            </th>
          </tr>
          <tr>
            {COLUMNS.map((key) => (
              <th key={key} scope="col" aria-label={`${theme(key)} ${heading[key]}`}>
                {heading[key]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {lines.map((line) => (
            <tr
              key={line.groupId}
              className={line.backup === null ? 'backup-summary__row--gone' : undefined}
            >
              <th scope="row">
                {line.name}
                {line.backup === null ? (
                  <span className="backup-summary__status">{t.backupsSumOnlyNow}</span>
                ) : line.current === null ? (
                  <span className="backup-summary__status">{t.backupsSumOnlyBackup}</span>
                ) : null}
              </th>
              {COLUMNS.map((key) => {
                const then = line.backup?.[key] ?? 0
                const now = line.current?.[key] ?? 0
                const differs = then !== now
                return (
                  <td key={key} className={differs ? 'backup-summary__cell--differs' : undefined}>
                    {then}
                    {differs ? (
                      <span className="backup-summary__now">{t.backupsSumNow(now)}</span>
                    ) : null}
                  </td>
                )
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
