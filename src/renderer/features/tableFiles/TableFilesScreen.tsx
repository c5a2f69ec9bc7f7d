import '../../styles/tableFiles.css'
import { useEffect, useRef, useState, type DragEvent } from 'react'
import { errorRef } from '../../../shared/errors/errorCodes'
import type { OpenedFiles } from '../../../shared/host/hostApi'
import { LIMITS } from '../../../shared/model/limits'
import { workshopGroups } from '../../../shared/ops/groupOps'
import type { WorkshopDoc } from '../../../shared/model/workshopDoc'
import { errorRefOf } from '../../../shared/errors/appError'
import { exportFileName, tableFiles } from '../../export/exportFiles'
import { usePrivacyGuard } from '../../ui/privacy/usePrivacyGuard'
import { readPickedFiles } from '../../host/browserFiles'
import { useT } from '../../i18n/useT'
import { routeHref } from '../../navigation/useRoute'
import { useAppServices } from '../../session/appServices'
import { useOpenedWorkshop } from '../../session/useOpenedWorkshop'
import type { CollectionSummary } from '../../stores/tableCollection'
import { WorkshopLoading, WorkshopMissing } from '../../ui/WorkshopStatus'
import { CollectionSummaryView } from './CollectionSummaryView'
import { AnnexButton } from '../../ui/AnnexButton'

/** Extensions of a table's returned file (.json: older exports). */
const EXTENSIONS = ['taneboard', 'json']

interface TableFilesScreenProps {
  workshopId: string
}

/**
 * テーブル用ファイル (`#/w/<id>/tables`): the session without any network. 「テーブル用ファイルを一括作成」
 * writes one workshop file per group in one step; 「テーブルから集める」 merges the tables' files
 * back (a folder, several files, or files dropped here) with one summary and one 元に戻す.
 */
export function TableFilesScreen({ workshopId }: TableFilesScreenProps) {
  const t = useT()
  const { status, doc } = useOpenedWorkshop(workshopId)

  useEffect(() => {
    if (doc) document.title = `${doc.workshop.title} ${t.tableFilesOpen} – タネボード`
  }, [doc, t])

  if (status === 'missing') return <WorkshopMissing />
  if (!doc || status !== 'ready') return <WorkshopLoading />
  return <TableFilesView doc={doc} />
}

type Busy = 'create' | 'collect' | null

function TableFilesView({ doc }: { doc: WorkshopDoc }) {
  const t = useT()
  const { host, notices, appVersion, tables } = useAppServices()
  const [busy, setBusy] = useState<Busy>(null)
  const [summary, setSummary] = useState<CollectionSummary | null>(null)
  const [dragging, setDragging] = useState(false)
  const groups = workshopGroups(doc)
  const title = doc.workshop.title.trim() || t.untitled

  // The personal-information guard first; the files are made from the workshop as it is then.
  const guard = usePrivacyGuard(doc.workshop.id)
  const latest = useRef(doc)
  latest.current = doc

  const createFiles = async () => {
    if (busy !== null || groups.length === 0) return
    setBusy('create')
    try {
      const files = tableFiles(latest.current, appVersion, new Date().toISOString(), t.untitled)
      const bundleName = exportFileName([title, t.tableFilesOpen], 'zip').replace(/\.zip$/, '')
      const result = await host.saveFiles({
        bundleName,
        files: files.map(({ name, content }) => ({ name, content })),
      })
      if (result.ok) {
        notices
          .getState()
          .push({ tone: 'success', message: t.tableFilesCreated(files.length, result.location) })
      } else if (result.reason !== 'cancelled') {
        notices.getState().push({ tone: 'error', message: result.error })
      }
    } catch (error) {
      console.error('TaneBoard: creating the table files failed', error)
      notices
        .getState()
        .push({ tone: 'error', message: errorRefOf(error) ?? t.tableFilesCreateFailed })
    } finally {
      setBusy(null)
    }
  }

  const collect = async (pick: () => Promise<OpenedFiles | null>) => {
    if (busy !== null) return
    setBusy('collect')
    try {
      const opened = await pick()
      if (!opened) return
      if (opened.files.length === 0) {
        notices.getState().push({ tone: 'error', message: errorRef('collect.noFiles') })
        return
      }
      setSummary(await tables.collect(doc.workshop.id, opened.files, opened.omitted))
    } catch (error) {
      console.error('TaneBoard: collecting the table files failed', error)
      notices
        .getState()
        .push({ tone: 'error', message: errorRefOf(error) ?? t.tableFilesCollectFailed })
    } finally {
      setBusy(null)
    }
  }

  const pickWith = (mode: 'files' | 'folder') => () =>
    host.openFiles({ mode, extensions: EXTENSIONS, maxBytes: LIMITS.snapshotBytes })

  const onDrop = (event: DragEvent<HTMLElement>) => {
    event.preventDefault()
    setDragging(false)
    const dropped = Array.from(event.dataTransfer.files)
    void collect(() =>
      readPickedFiles(dropped, { extensions: EXTENSIONS, maxBytes: LIMITS.snapshotBytes }),
    )
  }

  return (
    <main className="screen table-files-screen" data-workshop-id={doc.workshop.id}>
      {guard.dialog}
      <header className="app-header">
        <a
          className="button button--ghost app-header__back"
          href={routeHref({ name: 'workshop', workshopId: doc.workshop.id, section: 'basics' })}
        >
          <span aria-hidden="true">←</span> {t.tableFilesBack}
        </a>
        <div className="table-files__titles">
          <h1 className="table-files__title">{title}</h1>
          <p className="table-files__sub">{t.tableFilesHeading}</p>
        </div>
        <div className="app-header__tools">
          <AnnexButton />
        </div>
      </header>
      <div className="table-files__body">
        <p className="table-files__intro">{t.tableFilesIntro}</p>
        <section className="table-files__step" aria-labelledby="table-files-create">
          <h2 id="table-files-create">{t.tableFilesCreateHeading}</h2>
          <p>{groups.length > 0 ? t.tableFilesCreateHint(groups.length) : t.tableFilesNoGroups}</p>
          <div className="table-files__actions">
            <button
              type="button"
              className="button button--primary"
              disabled={groups.length === 0 || busy !== null}
              onClick={() => {
                guard.check(doc, {}, () => void createFiles())
              }}
            >
              {t.tableFilesCreate}
            </button>
          </div>
        </section>
        <section
          className={`table-files__step table-files__drop${dragging ? ' is-dragging' : ''}`}
          aria-labelledby="table-files-collect"
          onDragOver={(event) => {
            event.preventDefault()
            setDragging(true)
          }}
          onDragLeave={() => {
            setDragging(false)
          }}
          onDrop={onDrop}
        >
          <h2 id="table-files-collect">{t.tableFilesCollectHeading}</h2>
          <p>{t.tableFilesCollectIntro}</p>
          <div className="table-files__actions">
            <button
              type="button"
              className="button button--primary"
              disabled={busy !== null}
              onClick={() => void collect(pickWith('folder'))}
            >
              {t.tableFilesCollectFolder}
            </button>
            <button
              type="button"
              className="button"
              disabled={busy !== null}
              onClick={() => void collect(pickWith('files'))}
            >
              {t.tableFilesCollectFiles}
            </button>
          </div>
          <p className="table-files__drop-hint">{t.tableFilesDrop}</p>
        </section>
        <p className="table-files__status" role="status">
          {busy === 'create'
            ? t.tableFilesCreating
            : busy === 'collect'
              ? t.tableFilesCollecting
              : ''}
        </p>
        {summary && <CollectionSummaryView summary={summary} />}
      </div>
    </main>
  )
}
