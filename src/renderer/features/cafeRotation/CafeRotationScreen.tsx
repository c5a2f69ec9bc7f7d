import '../../styles/runSheet.css'
import { useEffect, useMemo } from 'react'
import { errorText } from '../../../shared/errors/errorText'
import { cafeProblemRef } from '../../../shared/cafe/cafePlan'
import { useLang, useT } from '../../i18n/useT'
import { routeHref } from '../../navigation/useRoute'
import { useOpenedWorkshop } from '../../session/useOpenedWorkshop'
import { AnnexButton } from '../../ui/AnnexButton'
import { PrintButton } from '../../ui/PrintButton'
import { WorkshopLoading, WorkshopMissing } from '../../ui/WorkshopStatus'
import { cafeSetupOf } from '../../views/cafe/cafeRotationOf'
import { CafeRotationSheet } from '../../views/cafe/CafeRotationSheet'

interface CafeRotationScreenProps {
  workshopId: string
}

/**
 * ワールドカフェの席替え表 (#/w/<id>/cafe): every round's tables with their hosts and visitors, and
 * every member's way round, on A4 portrait to hand out. The screen is its own print preview.
 * When the settings allow no rotation it says why and what to change, and prints nothing.
 */
export function CafeRotationScreen({ workshopId }: CafeRotationScreenProps) {
  const t = useT()
  const lang = useLang()
  const { status, doc } = useOpenedWorkshop(workshopId)
  const setup = useMemo(() => (doc ? cafeSetupOf(doc, t.cafeUnnamed) : null), [doc, t])

  useEffect(() => {
    if (doc) document.title = `${doc.workshop.title} ${t.cafeSheetTitle} – ${t.appName}`
  }, [doc, t])

  if (status === 'missing') return <WorkshopMissing />
  if (!doc || !setup) return <WorkshopLoading />
  const { rotation } = setup

  return (
    <main className="screen print-sheet-screen" data-workshop-id={workshopId}>
      <header className="app-header cafe-sheet-header">
        <a
          className="button button--ghost app-header__back"
          href={routeHref({ name: 'console', workshopId })}
        >
          <span aria-hidden="true">←</span> {t.cafeSheetBack}
        </a>
        <div className="runsheet-header__titles">
          <h1 className="runsheet-header__title">{t.cafeSheetTitle}</h1>
          <p className="runsheet-header__sub">{t.cafeSheetLead}</p>
        </div>
        <div className="app-header__tools">
          <AnnexButton />
          {rotation.ok && (
            <PrintButton
              label={t.cafePrint}
              hint={t.cafeSheetPrintHint}
              failedMessage={t.cafeSheetPrintFailed}
              suggestedName={() =>
                [doc.workshop.title.trim(), t.cafeSheetTitle].filter(Boolean).join('_')
              }
            />
          )}
        </div>
      </header>
      {rotation.ok ? (
        <CafeRotationSheet
          title={doc.workshop.title}
          rotation={rotation}
          roundMinutes={setup.plan.roundMinutes}
          groupName={setup.groupName}
          memberName={setup.memberName}
        />
      ) : (
        <p className="cafe-sheet" role="alert">
          {t.cafeSheetNone} {errorText(cafeProblemRef(rotation.problem), lang)}
        </p>
      )}
    </main>
  )
}
