import type {
  RosterSectionKind,
  RosterSheet,
  RosterSheetPerson,
} from '../../../shared/printables/rosterSheet'
import { formatDate } from '../../i18n/format'
import { positionLabel, qualificationLabel } from '../../i18n/labels'
import { useLang, useT } from '../../i18n/useT'
import { usePrintablesT, type PrintablesMessages } from './printablesMessages'
import { roleText } from './TableSheetsView'

/**
 * 名簿: one flowing A4 document (not fixed pages: a long roster takes what pages it needs). The
 * column headings (and, with the 連絡先, the personal-data notice) are the table's head, which
 * the printer repeats on every page; no row is cut across pages (printables.css).
 */
export function RosterSheetView({ sheet }: { sheet: RosterSheet }) {
  const t = useT()
  const p = usePrintablesT()
  const lang = useLang()
  const meta = [formatDate(sheet.date, lang), sheet.venue].filter(Boolean).join('　')
  const groups = sheet.sections.filter((s) => s.kind === 'group').length
  const columns = sheet.withContact ? 9 : 8
  // Each section's first running number (No. runs 1…N through the whole roster).
  const firstNumbers = sheet.sections.map((_, index) =>
    sheet.sections.slice(0, index).reduce((n, s) => n + s.people.length, 1),
  )
  return (
    <div className="printables__pages">
      <article
        className={sheet.withContact ? 'roster-sheet roster-sheet--contact' : 'roster-sheet'}
        aria-label={p.rosterSheetTitle}
      >
        <header className="roster-sheet__head">
          <div>
            <p className="roster-sheet__workshop">{sheet.title || t.untitled}</p>
            {meta ? <p className="roster-sheet__meta">{meta}</p> : null}
          </div>
          <h2 className="roster-sheet__title">{p.rosterSheetTitle}</h2>
          <p className="roster-sheet__counts">
            {p.rosterSheetCounts(sheet.total, sheet.trainees, groups)}
          </p>
        </header>
        <p className={sheet.withContact ? 'roster-sheet__personal' : 'roster-sheet__no-contact'}>
          {sheet.withContact ? p.rosterSheetPersonal : p.rosterSheetNoContact}
        </p>
        <table className="roster-sheet__table">
          <thead>
            {sheet.withContact ? (
              <tr>
                <th colSpan={columns} className="roster-sheet__running-notice">
                  {p.rosterSheetRunningNotice}
                </th>
              </tr>
            ) : null}
            <tr>
              <th scope="col" className="roster-sheet__col-no">
                {p.rosterColNo}
              </th>
              <th scope="col" className="roster-sheet__col-role">
                {p.rosterColRole}
              </th>
              <th scope="col" className="roster-sheet__col-name">
                {p.rosterColName}
              </th>
              <th scope="col" className="roster-sheet__col-position">
                {p.rosterColPosition}
              </th>
              <th scope="col">{p.rosterColAffiliation}</th>
              <th scope="col" className="roster-sheet__col-area">
                {p.rosterColArea}
              </th>
              <th scope="col" className="roster-sheet__col-years">
                {p.rosterColYears}
              </th>
              <th scope="col" className="roster-sheet__col-quals">
                {p.rosterColQualifications}
              </th>
              {sheet.withContact ? (
                <th scope="col" className="roster-sheet__col-contact">
                  {p.rosterColContact}
                </th>
              ) : null}
            </tr>
          </thead>
          {sheet.sections.map((section, sectionIndex) => (
            <tbody key={section.key} className="roster-sheet__section">
              <tr className="roster-sheet__section-head">
                <th colSpan={columns} scope="rowgroup">
                  <span className="roster-sheet__section-name">
                    {sectionTitle(section.kind, section.groupName, p, t.groupName)}
                  </span>
                  <span className="roster-sheet__section-count">
                    {p.rosterSectionCount(section.people.length)}
                  </span>
                </th>
              </tr>
              {section.people.length === 0 ? (
                <tr>
                  <td colSpan={columns} className="roster-sheet__empty">
                    {p.rosterSectionEmpty}
                  </td>
                </tr>
              ) : (
                section.people.map((person, index) => (
                  <PersonRow
                    key={person.id}
                    person={person}
                    number={(firstNumbers[sectionIndex] ?? 1) + index}
                    withContact={sheet.withContact}
                  />
                ))
              )}
            </tbody>
          ))}
        </table>
      </article>
    </div>
  )
}

function PersonRow({
  person,
  number,
  withContact,
}: {
  person: RosterSheetPerson
  number: number
  withContact: boolean
}) {
  const t = useT()
  const p = usePrintablesT()
  const lang = useLang()
  const qualifications = [
    ...person.qualifications.map((q) => qualificationLabel(q, lang)),
    ...(person.otherQualification ? [person.otherQualification] : []),
  ]
  const places = [person.area, person.municipality].filter(Boolean)
  return (
    <tr className={person.roles.length > 0 ? 'has-role' : undefined}>
      <td className="roster-sheet__no">{number}</td>
      <td className="roster-sheet__role">
        {person.roles.length > 0 ? (
          <span className="roster-sheet__role-mark">{roleText(person.roles, t)}</span>
        ) : null}
      </td>
      <th scope="row" className="roster-sheet__name">
        {person.name || p.rosterUnnamed}
      </th>
      <td className="roster-sheet__position">{positionLabel(person.position, t)}</td>
      <td>{[person.affiliation, person.title].filter(Boolean).join(' ')}</td>
      <td>
        {places.map((place, index) => (
          <span key={index}>
            {index > 0 ? '・' : null}
            <span className="roster-sheet__place">{place}</span>
          </span>
        ))}
      </td>
      <td className="roster-sheet__years">
        {person.years === null ? '' : p.rosterYears(person.years)}
      </td>
      <td>{qualifications.join('、')}</td>
      {withContact ? <td className="roster-sheet__contact">{person.contact}</td> : null}
    </tr>
  )
}

function sectionTitle(
  kind: RosterSectionKind,
  groupName: string,
  p: PrintablesMessages,
  unnamedGroup: string,
): string {
  switch (kind) {
    case 'group':
      return groupName || unnamedGroup
    case 'unassigned':
      return p.rosterSectionUnassigned
    case 'lecturer':
      return p.rosterSectionLecturer
    case 'observer':
      return p.rosterSectionObserver
    case 'auditor':
      return p.rosterSectionAuditor
  }
}
