import type { Messages } from '../../i18n/messages.ja'
import { useT } from '../../i18n/useT'
import { useUserText } from '../../i18n/userText'
import type { CollectedLine, CollectionSummary } from '../../stores/tableCollection'

/** What happened to one file, in words. */
function resultText(line: CollectedLine, t: Messages, text: ReturnType<typeof useUserText>) {
  if (line.status === 'refused') return t.tableFilesRefused(text(line.error))
  if (line.status === 'unchanged') return t.tableFilesUnchanged
  const parts = [
    line.added > 0 ? t.tableFilesAdded(line.added) : '',
    line.updated > 0 ? t.tableFilesUpdated(line.updated) : '',
    line.deleted > 0 ? t.tableFilesDeleted(line.deleted) : '',
    line.conflicts > 0 ? t.tableFilesConflicts(line.conflicts, line.copies) : '',
  ].filter((part) => part !== '')
  return parts.length > 0 ? parts.join('・') : t.tableFilesUnchanged
}

/** 「集めた結果」: one line per file (its groups, what it added or changed, or why it was refused). */
export function CollectionSummaryView({ summary }: { summary: CollectionSummary }) {
  const t = useT()
  const text = useUserText()
  const { lines } = summary
  const refused = lines.filter((line) => line.status === 'refused').length
  const merged = lines.length - refused
  return (
    <section className="table-files__summary" aria-labelledby="table-files-summary">
      <h2 id="table-files-summary">{t.tableFilesSummaryHeading(lines.length)}</h2>
      <p>{t.tableFilesTotals(merged, refused)}</p>
      <table className="table-files__table">
        <thead>
          <tr>
            <th scope="col">{t.tableFilesColFile}</th>
            <th scope="col">{t.tableFilesColGroups}</th>
            <th scope="col">{t.tableFilesColResult}</th>
          </tr>
        </thead>
        <tbody>
          {lines.map((line, index) => (
            <tr
              key={`${String(index)}:${line.fileName}`}
              className={line.status === 'refused' ? 'is-refused' : undefined}
            >
              <th scope="row">{line.fileName}</th>
              <td>{line.groupNames.join('、')}</td>
              <td>{resultText(line, t, text)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {summary.omitted > 0 && (
        <p className="table-files__omitted">{t.tableFilesOmitted(summary.omitted)}</p>
      )}
    </section>
  )
}
