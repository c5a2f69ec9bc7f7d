import '../../styles/printView.css'
import '../../styles/runSheet.css'
import { useEffect, useMemo } from 'react'
import { buildRunSheet } from '../../../shared/annex/runSheet'
import { timetableRows } from '../../../shared/ops/timetableOps'
import { useT } from '../../i18n/useT'
import { routeHref } from '../../navigation/useRoute'
import { useOpenedWorkshop } from '../../session/useOpenedWorkshop'
import { AnnexButton } from '../../ui/AnnexButton'
import { WorkshopLoading, WorkshopMissing } from '../../ui/WorkshopStatus'
import { RunSheetPrintButton } from './RunSheetPrintButton'
import { RunSheetView } from './RunSheetView'

interface RunSheetScreenProps {
  workshopId: string
}

/**
 * 進行表 (#/w/<id>/runsheet): the day on A4 paper for whoever runs the group work: every
 * timetable row with its times, the card's 【ポイント】 and the facilitator's 問い with their
 * sources, and 表１ at the end. The screen is its own print preview (print CSS: A4 portrait,
 * a row never split across pages).
 */
export function RunSheetScreen({ workshopId }: RunSheetScreenProps) {
  const t = useT()
  const { status, doc } = useOpenedWorkshop(workshopId)
  const sheet = useMemo(
    () =>
      doc ? buildRunSheet(timetableRows(doc), doc.workshop.dayStart, doc.workshop.variant) : null,
    [doc],
  )

  useEffect(() => {
    if (doc) document.title = `${doc.workshop.title} ${t.runSheetTitle} – ${t.appName}`
  }, [doc, t])

  if (status === 'missing') return <WorkshopMissing />
  if (!doc || !sheet) return <WorkshopLoading />

  return (
    <main className="screen runsheet-screen print-view" data-workshop-id={workshopId}>
      <header className="app-header runsheet-header print-view__header">
        <a
          className="button button--ghost app-header__back"
          href={routeHref({ name: 'console', workshopId })}
        >
          <span aria-hidden="true">←</span> {t.runSheetBack}
        </a>
        <div className="runsheet-header__titles">
          <h1 className="runsheet-header__title">{t.runSheetTitle}</h1>
          <p className="runsheet-header__sub">{t.runSheetLead}</p>
        </div>
        <div className="app-header__tools">
          <AnnexButton />
          <RunSheetPrintButton title={doc.workshop.title} />
        </div>
      </header>
      <RunSheetView workshop={doc.workshop} sheet={sheet} />
    </main>
  )
}
