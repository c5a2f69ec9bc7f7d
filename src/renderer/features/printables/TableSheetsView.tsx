import type { LanJoinInfo } from '../../../shared/host/lanHostApi'
import type {
  TableRole,
  TableSheet,
  TableSheets,
  TableSheetTheme,
} from '../../../shared/printables/tableSheet'
import { formatDate } from '../../i18n/format'
import { positionLabel } from '../../i18n/labels'
import type { Messages } from '../../i18n/messages.ja'
import { useLang, useT } from '../../i18n/useT'
import { usePrintablesT } from './printablesMessages'
import { QrCode } from '../../ui/QrCode'

interface TableSheetsViewProps {
  sheets: TableSheets
  /** The LAN session's join entries when this workshop is shared: each sheet gets its QR code. */
  join: LanJoinInfo | null
}

export function roleText(roles: readonly TableRole[], t: Messages): string {
  return roles.map((role) => (role === 'moderator' ? t.colModerator : t.colScribe)).join('・')
}

/** グループ用の資料: one A4 page per table, on screen as a page preview. */
export function TableSheetsView({ sheets, join }: TableSheetsViewProps) {
  const t = useT()
  const lang = useLang()
  const meta = [formatDate(sheets.date, lang), sheets.venue.trim()].filter(Boolean).join('　')
  return (
    <div className="printables__pages">
      {sheets.sheets.map((sheet) => (
        <TablePage
          key={sheet.groupId}
          sheet={sheet}
          title={sheets.title.trim() || t.untitled}
          meta={meta}
          rows={sheets.rows}
          themes={sheets.themes}
          join={join?.groups.find((g) => g.groupId === sheet.groupId) ?? null}
        />
      ))}
    </div>
  )
}

interface TablePageProps {
  sheet: TableSheet
  title: string
  meta: string
  rows: TableSheets['rows']
  themes: TableSheetTheme[]
  join: { url: string; code: string } | null
}

function TablePage({ sheet, title, meta, rows, themes, join }: TablePageProps) {
  const t = useT()
  const p = usePrintablesT()
  const groupName = sheet.groupName.trim() || t.groupName
  return (
    <article className="print-page table-sheet" aria-label={groupName}>
      <header className="table-sheet__head">
        <div className="table-sheet__titles">
          <p className="table-sheet__workshop">{title}</p>
          {meta ? <p className="table-sheet__meta">{meta}</p> : null}
          <h2 className="table-sheet__group">{groupName}</h2>
        </div>
        {join ? (
          <figure className="table-sheet__join">
            <QrCode className="table-sheet__qr" value={join.url} label={p.tableSheetJoin} />
            <figcaption>
              {p.tableSheetJoin}
              <br />
              <strong>{p.tableSheetJoinCode(join.code)}</strong>
            </figcaption>
          </figure>
        ) : null}
      </header>

      <section aria-label={p.tableSheetMembers}>
        <h3 className="table-sheet__heading">{p.tableSheetMembers}</h3>
        <table className="table-sheet__members">
          <thead>
            <tr>
              <th scope="col" className="table-sheet__col-role">
                {p.tableSheetRole}
              </th>
              <th scope="col">{p.tableSheetName}</th>
              <th scope="col" className="table-sheet__col-position">
                {p.tableSheetPosition}
              </th>
              <th scope="col">{p.tableSheetAffiliation}</th>
            </tr>
          </thead>
          <tbody>
            {sheet.members.length === 0 ? (
              <tr>
                <td colSpan={4}>{p.tableSheetNoMembers}</td>
              </tr>
            ) : (
              sheet.members.map((member) => (
                <tr key={member.id}>
                  <td className="table-sheet__role">{roleText(member.roles, t)}</td>
                  <td className="table-sheet__name">{member.name}</td>
                  <td>{positionLabel(member.position, t)}</td>
                  <td>{member.affiliation}</td>
                </tr>
              ))
            )}
          </tbody>
        </table>
      </section>

      <div className="table-sheet__columns">
        <section aria-label={p.tableSheetDay}>
          <h3 className="table-sheet__heading">{p.tableSheetDay}</h3>
          <ol className="table-sheet__day">
            {rows.map((row, index) => (
              <li key={index} className={row.themeId ? 'is-group-work' : undefined}>
                <span className="table-sheet__time">{`${row.start}–${row.end}`}</span>
                <span>{row.item}</span>
              </li>
            ))}
          </ol>
        </section>
        <section aria-label={p.tableSheetThemes}>
          <h3 className="table-sheet__heading">{p.tableSheetThemes}</h3>
          {themes.map((theme) => (
            <div key={theme.themeId} className="table-sheet__theme">
              <p className="table-sheet__theme-title">
                <span className="table-sheet__theme-label">{theme.label}</span>
                <span>{theme.title}</span>
              </p>
              {theme.subtitle ? <p className="table-sheet__subtitle">{theme.subtitle}</p> : null}
              <ul className="table-sheet__questions">
                {theme.questions.map((question) => (
                  <li key={question}>{question}</li>
                ))}
              </ul>
            </div>
          ))}
        </section>
      </div>
    </article>
  )
}
