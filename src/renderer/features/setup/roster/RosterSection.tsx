import { useState } from 'react'
import type { Participant } from '../../../../shared/model/schemas'
import { byOrder, live } from '../../../../shared/model/workshopDoc'
import { addCommentator, workshopCommentators } from '../../../../shared/plenary/reviewOps'
import { removeParticipants, rosterPeople, seatsOf } from '../../../../shared/roster/rosterOps'
import { positionLabel, qualificationLabel } from '../../../i18n/labels'
import { useLang, useT } from '../../../i18n/useT'
import { routeHref } from '../../../navigation/useRoute'
import type { SetupEditing } from '../setupTypes'
import { ExportRosterDialog } from './ExportRosterDialog'
import { ImportRosterDialog } from './ImportRosterDialog'
import { PersonDialog } from './PersonDialog'
import { kindLabel, useRosterT } from './rosterMessages'
import { RosterViews } from './RosterViews'

type Dialog =
  | { kind: 'add' }
  | { kind: 'edit'; person: Participant }
  | { kind: 'import' }
  | { kind: 'export' }
  | null

/** 参加者（名簿）: everyone registered (図表-76), with add, edit, remove, import and export. */
export function RosterSection(editing: SetupEditing) {
  const { doc, apply, notifyUndoable } = editing
  const t = useRosterT()
  const common = useT()
  const lang = useLang()
  const [dialog, setDialog] = useState<Dialog>(null)
  const people = rosterPeople(doc)
  const seats = seatsOf(doc)
  const groupNames = new Map(
    live(doc.groups)
      .sort(byOrder)
      .map((g) => [g.id, g.name]),
  )
  const trainees = people.filter((p) => p.kind === 'trainee').length
  const commentatorNames = new Set(workshopCommentators(doc).map((c) => c.name.trim()))
  const nameOf = (p: Participant) => p.name.trim() || t.unnamed

  const remove = (person: Participant) => {
    const undoId = apply((current, ctx) => removeParticipants(current, [person.id], ctx))
    notifyUndoable(t.removed(nameOf(person)), undoId)
  }
  const makeCommentator = (person: Participant) => {
    const undoId = apply((current, ctx) =>
      addCommentator(
        current,
        { name: person.name, role: 'lecturer', affiliation: person.affiliation },
        ctx,
      ),
    )
    notifyUndoable(t.commentatorAdded(nameOf(person)), undoId)
  }

  return (
    <section className="setup-section roster" aria-labelledby="roster-heading">
      <header className="section-header">
        <div className="section-header__row">
          <h2 id="roster-heading" className="section-title">
            {common.sectionRoster}
          </h2>
          <span className="section-count">{t.rosterCount(people.length, trainees)}</span>
        </div>
        <p className="section-lead">{t.rosterLead}</p>
        <RosterViews workshopId={doc.workshop.id} current="roster" />
      </header>

      <div className="section-actions roster__actions">
        <button
          type="button"
          className="button button--primary"
          onClick={() => {
            setDialog({ kind: 'import' })
          }}
        >
          {t.importRoster}
        </button>
        <button
          type="button"
          className="button"
          onClick={() => {
            setDialog({ kind: 'add' })
          }}
        >
          <span aria-hidden="true">＋</span> {t.addPerson}
        </button>
        <button
          type="button"
          className="button"
          disabled={people.length === 0}
          onClick={() => {
            setDialog({ kind: 'export' })
          }}
        >
          {t.exportRoster}
        </button>
        {people.length > 0 ? (
          <a
            className="button"
            href={routeHref({ name: 'printRoster', workshopId: doc.workshop.id })}
            title={t.printRosterHint}
          >
            {t.printRoster}
          </a>
        ) : null}
      </div>

      {people.length === 0 ? (
        <p className="empty-hint empty-hint--boxed">{t.rosterEmpty}</p>
      ) : (
        <div className="table-frame roster__frame">
          <table className="roster-table" aria-label={t.rosterTable}>
            <thead>
              <tr>
                <th scope="col">{t.colName}</th>
                <th scope="col">{t.colKind}</th>
                <th scope="col">{t.colPosition}</th>
                <th scope="col">{t.colAffiliationTitle}</th>
                <th scope="col">{t.colArea}</th>
                <th scope="col">{t.colYears}</th>
                <th scope="col">{t.colQualifications}</th>
                <th scope="col">{t.colContact}</th>
                <th scope="col">{t.colNotes}</th>
                <th scope="col">{t.colSeat}</th>
                <th scope="col">
                  <span className="visually-hidden">{t.colActions}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {people.map((person) => {
                const seat = seats.get(person.id)
                const quals = [
                  ...person.qualifications
                    .filter((q) => q !== 'その他' || !person.otherQualification.trim())
                    .map((q) => qualificationLabel(q, lang)),
                  ...(person.otherQualification.trim() ? [person.otherQualification.trim()] : []),
                ]
                const name = nameOf(person)
                return (
                  <tr key={person.id} data-person-id={person.id}>
                    <th scope="row" className="roster-table__name">
                      {name}
                    </th>
                    <td>{kindLabel(person.kind, t)}</td>
                    <td>{positionLabel(person.position, common)}</td>
                    <td>{[person.affiliation, person.title].filter((s) => s.trim()).join(' ')}</td>
                    <td>{[person.area, person.municipality].filter((s) => s.trim()).join('・')}</td>
                    <td className="roster-table__num">
                      {person.years === null ? '' : t.years(person.years)}
                    </td>
                    <td>{quals.join('、')}</td>
                    <td className="roster-table__contact">{person.contact}</td>
                    <td className="roster-table__notes">{person.notes}</td>
                    <td>
                      {seat
                        ? groupNames.get(seat) || common.groupName
                        : person.kind === 'trainee'
                          ? t.noSeat
                          : ''}
                    </td>
                    <td className="roster-table__actions">
                      <button
                        type="button"
                        className="button button--small"
                        aria-label={t.editOf(name)}
                        onClick={() => {
                          setDialog({ kind: 'edit', person })
                        }}
                      >
                        {t.edit}
                      </button>
                      {person.kind === 'lecturer' ? (
                        commentatorNames.has(person.name.trim()) ? (
                          <span className="count-badge">{t.isCommentator}</span>
                        ) : (
                          <button
                            type="button"
                            className="button button--small"
                            aria-label={t.asCommentatorOf(name)}
                            onClick={() => {
                              makeCommentator(person)
                            }}
                          >
                            {t.asCommentator}
                          </button>
                        )
                      ) : null}
                      <button
                        type="button"
                        className="button button--small button--danger"
                        aria-label={t.removeOf(name)}
                        onClick={() => {
                          remove(person)
                        }}
                      >
                        {t.remove}
                      </button>
                    </td>
                  </tr>
                )
              })}
            </tbody>
          </table>
        </div>
      )}

      <PersonDialog
        editing={editing}
        person={dialog?.kind === 'edit' ? dialog.person : null}
        open={dialog?.kind === 'add' || dialog?.kind === 'edit'}
        onClose={() => {
          setDialog(null)
        }}
      />
      <ImportRosterDialog
        editing={editing}
        open={dialog?.kind === 'import'}
        onClose={() => {
          setDialog(null)
        }}
      />
      <ExportRosterDialog
        doc={doc}
        open={dialog?.kind === 'export'}
        onClose={() => {
          setDialog(null)
        }}
      />
    </section>
  )
}
