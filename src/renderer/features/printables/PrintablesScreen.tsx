import '../../styles/printables.css'
import { useEffect, useMemo, useState } from 'react'
import type { LanJoinInfo } from '../../../shared/host/lanHostApi'
import { buildNameCards } from '../../../shared/printables/nameCards'
import { buildRosterSheet } from '../../../shared/printables/rosterSheet'
import { buildTableSheets } from '../../../shared/printables/tableSheet'
import { useT } from '../../i18n/useT'
import { usePrintablesT, type PrintablesMessages } from './printablesMessages'
import { routeHref } from '../../navigation/useRoute'
import { useAppServices } from '../../session/appServices'
import { useOpenedWorkshop } from '../../session/useOpenedWorkshop'
import { PrintButton } from '../../ui/PrintButton'
import { WorkshopLoading, WorkshopMissing } from '../../ui/WorkshopStatus'
import { NameCardsView } from './NameCardsView'
import { RosterSheetView } from './RosterSheetView'
import { TableSheetsView } from './TableSheetsView'

export type PrintableKind = 'roster' | 'tableSheets' | 'nameCards'

interface PrintablesScreenProps {
  workshopId: string
  kind: PrintableKind
}

const ROUTE_OF = {
  roster: 'printRoster',
  tableSheets: 'printTableSheets',
  nameCards: 'printNameCards',
} as const
const KINDS = ['roster', 'tableSheets', 'nameCards'] as const

/**
 * 印刷物 (#/w/<id>/print/roster, …/print/tables, …/print/cards): what the organiser prints
 * before the day, each screen its own A4 print preview — the 名簿 and グループ用の資料 (one page
 * per table, report L7164-7167) and 名札 (L7211). When this workshop is shared on the LAN, each
 * table's page carries its join QR code and code. Contact details are never on the table sheets
 * or name cards; the 名簿 has them only when the organiser ticks 「連絡先も載せる」 (off on every
 * visit), and then says so on each page.
 */
export function PrintablesScreen({ workshopId, kind }: PrintablesScreenProps) {
  const t = useT()
  const p = usePrintablesT()
  const { host } = useAppServices()
  const { status, doc } = useOpenedWorkshop(workshopId)
  const [join, setJoin] = useState<LanJoinInfo | null>(null)
  const tableSheets = useMemo(() => (doc ? buildTableSheets(doc) : null), [doc])
  const nameCards = useMemo(() => (doc ? buildNameCards(doc) : []), [doc])
  const [withContact, setWithContact] = useState(false)
  const rosterSheet = useMemo(
    () => (doc ? buildRosterSheet(doc, { withContact }) : null),
    [doc, withContact],
  )
  const label = kindLabel(kind, p)

  useEffect(() => {
    let live = true
    host
      .lanState()
      .then((state) => {
        const shared = state.sharing && state.join?.workshopId === workshopId
        if (live) setJoin(shared ? state.join : null)
      })
      .catch(() => {
        if (live) setJoin(null)
      })
    return () => {
      live = false
    }
  }, [host, workshopId])

  useEffect(() => {
    if (doc) document.title = `${doc.workshop.title} ${label} – ${t.appName}`
  }, [doc, label, t])

  if (status === 'missing') return <WorkshopMissing />
  if (!doc || !tableSheets || !rosterSheet) return <WorkshopLoading />

  const empty =
    kind === 'roster'
      ? rosterSheet.total === 0
        ? p.printablesNoPeople
        : null
      : tableSheets.sheets.length === 0
        ? p.printablesNoGroups
        : kind === 'nameCards' && nameCards.length === 0
          ? p.printablesNoMembers
          : null
  const fileLabel = kind === 'roster' ? p.rosterFileName(withContact) : label

  return (
    <main className="screen printables-screen print-sheet-screen" data-workshop-id={workshopId}>
      <header className="app-header printables-header">
        <a
          className="button button--ghost app-header__back"
          href={routeHref({
            name: 'workshop',
            workshopId,
            section: kind === 'roster' ? 'roster' : 'groups',
          })}
        >
          <span aria-hidden="true">←</span> {p.printablesBack}
        </a>
        <div className="printables-header__titles">
          <h1 className="printables-header__title">{p.printablesTitle}</h1>
          <p className="printables-header__sub">
            {kind === 'roster'
              ? p.printRosterLead
              : kind === 'tableSheets'
                ? p.printTableSheetsLead
                : p.printNameCardsLead}
          </p>
        </div>
        <nav className="printables-header__kinds" aria-label={p.printablesKinds}>
          {KINDS.map((each) => (
            <a
              key={each}
              className={each === kind ? 'theme-nav__link is-current' : 'theme-nav__link'}
              href={routeHref({ name: ROUTE_OF[each], workshopId })}
              aria-current={each === kind ? 'page' : undefined}
            >
              {kindLabel(each, p)}
            </a>
          ))}
        </nav>
        <div className="app-header__tools">
          {kind === 'roster' && !empty ? (
            <label
              className="check-chip printables-header__contact"
              title={p.rosterWithContactHint}
            >
              <input
                type="checkbox"
                checked={withContact}
                onChange={(event) => {
                  setWithContact(event.target.checked)
                }}
              />
              {p.rosterWithContact}
            </label>
          ) : null}
          {empty ? null : (
            <PrintButton
              label={p.printablesPrint}
              hint={p.printablesPrintHint}
              failedMessage={p.printablesPrintFailed}
              landscape={kind === 'roster' && withContact}
              suggestedName={() => [doc.workshop.title.trim(), fileLabel].filter(Boolean).join('_')}
            />
          )}
        </div>
      </header>
      {empty ? (
        <p className="printables__empty" role="status">
          {empty}
        </p>
      ) : kind === 'roster' ? (
        <RosterSheetView sheet={rosterSheet} />
      ) : kind === 'tableSheets' ? (
        <TableSheetsView sheets={tableSheets} join={join} />
      ) : (
        <NameCardsView cards={nameCards} />
      )}
    </main>
  )
}

function kindLabel(kind: PrintableKind, p: PrintablesMessages): string {
  switch (kind) {
    case 'roster':
      return p.printRoster
    case 'tableSheets':
      return p.printTableSheets
    case 'nameCards':
      return p.printNameCards
  }
}
