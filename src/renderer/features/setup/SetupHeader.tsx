import { routeHref } from '../../navigation/useRoute'
import { formatDate } from '../../i18n/format'
import { LanguageSwitch } from '../../i18n/LanguageSwitch'
import { useLang, useT } from '../../i18n/useT'
import type { Workshop } from '../../../shared/model/schemas'
import type { SaveStatus } from '../../stores/storeTypes'
import { UndoRedoButtons } from '../../ui/UndoRedoButtons'
import { SaveStatusBadge } from '../../ui/SaveStatusBadge'
import { AnnexButton } from '../../ui/AnnexButton'

interface SetupHeaderProps {
  workshop: Workshop
  saveStatus: SaveStatus
  canUndo: boolean
  canRedo: boolean
  onUndo: () => void
  onRedo: () => void
}

/** Back to the list, the workshop's name and date, undo/redo and the save state. */
export function SetupHeader({
  workshop,
  saveStatus,
  canUndo,
  canRedo,
  onUndo,
  onRedo,
}: SetupHeaderProps) {
  const t = useT()
  const lang = useLang()
  const meta = [formatDate(workshop.date, lang), workshop.venue].filter(Boolean).join('　')
  return (
    <header className="app-header app-header--setup">
      <a className="button button--ghost app-header__back" href={routeHref({ name: 'home' })}>
        <span aria-hidden="true">←</span> {t.backToHome}
      </a>
      <div className="app-header__title-block">
        <h1 className="app-header__title">{workshop.title.trim() || t.untitled}</h1>
        {meta ? <p className="app-header__meta">{meta}</p> : null}
      </div>
      <div className="app-header__tools">
        <a
          className="button button--primary"
          href={routeHref({ name: 'console', workshopId: workshop.id })}
          title={t.consoleOpenHint}
        >
          {t.consoleOpen}
        </a>
        <a
          className="button"
          href={routeHref({ name: 'export', workshopId: workshop.id })}
          title={t.exportOpenHint}
        >
          {t.exportOpen}
        </a>
        <a
          className="button"
          href={routeHref({ name: 'survey', workshopId: workshop.id })}
          title={t.surveyOpenHint}
        >
          {t.surveyOpen}
        </a>
        <a
          className="button"
          href={routeHref({ name: 'handover', workshopId: workshop.id })}
          title={t.handoverOpenHint}
        >
          {t.handoverOpen}
        </a>
        <a
          className="button"
          href={routeHref({ name: 'backups', workshopId: workshop.id })}
          title={t.backupsOpenHint}
        >
          {t.backupsOpen}
        </a>
        <a
          className="button"
          href={routeHref({ name: 'tableFiles', workshopId: workshop.id })}
          title={t.tableFilesOpenHint}
        >
          {t.tableFilesOpen}
        </a>
        <AnnexButton />
        <UndoRedoButtons canUndo={canUndo} canRedo={canRedo} onUndo={onUndo} onRedo={onRedo} />
        <SaveStatusBadge status={saveStatus} />
        <LanguageSwitch />
      </div>
    </header>
  )
}
