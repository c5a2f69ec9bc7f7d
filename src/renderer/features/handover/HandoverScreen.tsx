import '../../styles/handover.css'
import { useEffect, useMemo, useState } from 'react'
import { flushSync } from 'react-dom'
import { buildHandover, type HandoverMunicipality } from '../../../shared/handover/handoverModel'
import { handoverRecords } from '../../../shared/handover/handoverRecords'
import type { WorkshopDoc } from '../../../shared/model/workshopDoc'
import { LanguageSwitch } from '../../i18n/LanguageSwitch'
import { useT } from '../../i18n/useT'
import { routeHref } from '../../navigation/useRoute'
import { useOpenedWorkshop } from '../../session/useOpenedWorkshop'
import { PrintButton } from '../../ui/PrintButton'
import { usePrivacyGuard } from '../../ui/privacy/usePrivacyGuard'
import { WorkshopLoading, WorkshopMissing } from '../../ui/WorkshopStatus'
import { HandoverDocument } from './HandoverDocument'
import { handoverFileName } from './handoverFileName'
import { HandoverList } from './HandoverList'
import { useHandoverT } from './handoverMessages'

/**
 * 市町村への引き継ぎ資料 (#/w/<id>/handover; issue 21 p5, report L11054): the municipalities of the
 * 名簿, each with the groups that include someone from it, and one A4 PDF each (cover, every
 * 伝達シート of those groups, the evaluation), printed after the personal-information guard. The
 * screen is its own print preview: the document shown is the one that prints.
 */
export function HandoverScreen({ workshopId }: { workshopId: string }) {
  const t = useT()
  const h = useHandoverT()
  const { status, doc } = useOpenedWorkshop(workshopId)
  useEffect(() => {
    if (doc)
      document.title = `${doc.workshop.title.trim() || t.untitled} ${h.handoverTitle} – ${t.appName}`
  }, [doc, t, h])
  if (status === 'missing') return <WorkshopMissing />
  if (!doc || status !== 'ready') return <WorkshopLoading />
  return <HandoverView doc={doc} />
}

function HandoverView({ doc }: { doc: WorkshopDoc }) {
  const t = useT()
  const h = useHandoverT()
  const handover = useMemo(() => buildHandover(doc), [doc])
  const guard = usePrivacyGuard(doc.workshop.id)
  const [shownKey, setShownKey] = useState<string | null>(null)
  const shown =
    handover.municipalities.find((m) => m.key === shownKey) ?? handover.municipalities[0] ?? null
  const placeOf = (entry: HandoverMunicipality) => entry.label || h.handoverUnnamed
  const title = doc.workshop.title.trim() || t.untitled

  const printButton = (entry: HandoverMunicipality) => (
    <PrintButton
      label={h.handoverPrint}
      hint={h.handoverPrintHint(placeOf(entry))}
      failedMessage={h.handoverPrintFailed}
      suggestedName={() => handoverFileName(h.handoverFileName, placeOf(entry), title)}
      beforePrint={(print) => {
        // The row's document is the one on screen (and so on paper) before anything prints.
        flushSync(() => {
          setShownKey(entry.key)
        })
        guard.check(doc, { records: handoverRecords(doc, entry) }, print)
      }}
    />
  )

  return (
    <main className="screen handover-screen print-sheet-screen" data-workshop-id={doc.workshop.id}>
      <header className="app-header handover-header">
        <a
          className="button button--ghost app-header__back"
          href={routeHref({ name: 'workshop', workshopId: doc.workshop.id, section: 'basics' })}
        >
          <span aria-hidden="true">←</span> {h.handoverBack}
        </a>
        <div className="app-header__title-block">
          <h1 className="app-header__title">{h.handoverTitle}</h1>
          <p className="app-header__meta">{title}</p>
        </div>
        <div className="app-header__tools">
          <LanguageSwitch />
        </div>
      </header>
      <div className="handover-body">
        <div className="handover-intro">
          <p>{h.handoverLead}</p>
          <p className="handover-intro__why">{h.handoverWhy}</p>
        </div>
        {handover.problem ? (
          <div className="handover-problem" role="status">
            <p>{h.handoverProblem[handover.problem]}</p>
            <a
              className="button"
              href={routeHref({ name: 'workshop', workshopId: doc.workshop.id, section: 'roster' })}
            >
              {h.handoverToRoster}
            </a>
          </div>
        ) : null}
        {handover.municipalities.length > 0 ? (
          <HandoverList
            handover={handover}
            shownKey={shown?.key ?? null}
            placeOf={placeOf}
            onShow={(entry) => {
              setShownKey(entry.key)
            }}
            printButton={printButton}
          />
        ) : null}
        {guard.dialog}
      </div>
      {shown ? <HandoverDocument doc={doc} entry={shown} place={placeOf(shown)} /> : null}
    </main>
  )
}
