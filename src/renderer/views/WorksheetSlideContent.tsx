import type { WorksheetPart } from '../../shared/export/exportTypes'

/**
 * The 問1-問5 worksheet on a slide or page, laid out as the participants' paper sheet: each
 * question as a band, then its rows (label, one cell or two under their column headings). The
 * words are the export's own (a Japanese document whatever the UI language).
 */
export function WorksheetSlideContent({ parts }: { parts: readonly WorksheetPart[] }) {
  return (
    <table className="plenary-sheet">
      <colgroup>
        <col className="plenary-sheet-labelcol" />
        <col />
        <col />
      </colgroup>
      {parts.map((part) => (
        <tbody key={part.key}>
          <tr>
            <th colSpan={3} className="plenary-sheet-q" scope="colgroup">
              {part.number}
              {part.question}
            </th>
          </tr>
          {part.columns.length > 0 && (
            <tr className="plenary-sheet-cols">
              <td />
              {part.columns.map((column) => (
                <th key={column} scope="col">
                  {column}
                </th>
              ))}
            </tr>
          )}
          {part.rows.map((row) => (
            <tr key={row.key}>
              <th scope="row" className="plenary-sheet-label">
                {row.label}
              </th>
              {row.cells.map((cell, i) => (
                <td key={String(i)} colSpan={row.cells.length === 1 ? 2 : 1}>
                  {cell}
                </td>
              ))}
            </tr>
          ))}
          {part.more > 0 && (
            <tr>
              <td colSpan={3} className="plenary-aside">
                {`ほか${String(part.more)}件（テーマ2のページに一覧）`}
              </td>
            </tr>
          )}
        </tbody>
      ))}
    </table>
  )
}
