import { errorRefOf } from '../../../shared/errors/appError'
import { parseWorkshopFile } from '../../../shared/files/workshopFile'
import { usePrivacyGuard } from '../../ui/privacy/usePrivacyGuard'
import '../../styles/workshopFiles.css'
import { useEffect, useMemo, useState } from 'react'
import { workshopSummary } from '../../../shared/backups/backupSummary'
import type { BackupInfo } from '../../../shared/host/hostApi'
import type { WorkshopDoc } from '../../../shared/model/workshopDoc'
import { useAppServices } from '../../session/appServices'
import { useOpenedWorkshop } from '../../session/useOpenedWorkshop'
import { WorkshopLoading, WorkshopMissing } from '../../ui/WorkshopStatus'
import { routeHref } from '../../navigation/useRoute'
import { formatBytes, formatDateTime } from '../../i18n/format'
import { useLang, useT } from '../../i18n/useT'
import { exportFileName } from '../../export/exportFiles'
import { ConfirmDialog } from '../../ui/ConfirmDialog'
import { DataLocationNote } from '../../ui/DataLocationNote'
import type { Notice } from '../../stores/storeTypes'
import { useBackupList } from './useBackupList'
import { transitionLabel } from './backupContent'
import { BackupSummaryTable } from './BackupSummaryTable'
import { AnnexButton } from '../../ui/AnnexButton'

interface BackupsScreenProps {
  workshopId: string
}

/**
 * バックアップ: the automatic backups of one workshop (newest first, with time, reason, content
 * and size), where they are kept, 「今すぐバックアップ」, and 「この時点に戻す」 (undoable).
 */
export function BackupsScreen({ workshopId }: BackupsScreenProps) {
  const t = useT()
  const { status, doc } = useOpenedWorkshop(workshopId)
  useEffect(() => {
    if (doc) document.title = `${doc.workshop.title} ${t.backupsHeading} – タネボード`
  }, [doc, t])
  if (status === 'missing') return <WorkshopMissing />
  if (!doc || status !== 'ready') return <WorkshopLoading />
  return <BackupsView doc={doc} />
}

function BackupsView({ doc }: { doc: WorkshopDoc }) {
  const t = useT()
  const lang = useLang()
  const { backups, backupScheduler, host, notices } = useAppServices()
  const workshopId = doc.workshop.id
  const list = useBackupList(backups, backupScheduler, workshopId)
  const [busy, setBusy] = useState(false)
  const [confirming, setConfirming] = useState<BackupInfo | null>(null)
  const title = doc.workshop.title.trim() || t.untitled
  const currentSummary = useMemo(() => workshopSummary(doc), [doc])
  const confirmingContent = confirming ? list.contents[confirming.backupId] : undefined
  const when = (info: BackupInfo) => formatDateTime(info.savedAt, lang, true)
  const push = (notice: Omit<Notice, 'id'>) => notices.getState().push(notice)
  const dismiss = (id: number) => {
    notices.getState().dismiss(id)
  }

  const privacy = usePrivacyGuard(workshopId)
  const guarded = async (work: () => Promise<void>) => {
    if (busy) return
    setBusy(true)
    try {
      await work()
    } finally {
      setBusy(false)
      await list.refresh()
    }
  }

  const backupNow = () =>
    guarded(async () => {
      try {
        await backups.backupNow(workshopId)
        push({ tone: 'success', message: t.backupsNowDone })
      } catch {
        // The scheduler's notice says why (disk full, no permission).
      }
    })

  const restore = (info: BackupInfo) =>
    guarded(async () => {
      try {
        const target = await backups.read(workshopId, info.backupId)
        const change = await backups.restoreTo(target)
        let noticeId = 0
        noticeId = push({
          tone: 'success',
          message: t.backupsRestored(when(info)),
          action: {
            label: t.undo,
            run: () => {
              dismiss(noticeId)
              backups.undoWrite(change).then(
                (kept) => {
                  push({
                    tone: 'info',
                    message: kept > 0 ? t.backupsRestoreUndoneKept(kept) : t.backupsRestoreUndone,
                  })
                  void list.refresh()
                },
                (error: unknown) => {
                  push({ tone: 'error', message: errorRefOf(error) ?? t.backupsRestoreFailed })
                },
              )
            },
          },
        })
      } catch (error) {
        console.error('TaneBoard: restoring a backup failed', error)
        push({ tone: 'error', message: errorRefOf(error) ?? t.backupsRestoreFailed })
      }
    })

  const writeBackupFile = (info: BackupInfo, content: string) =>
    guarded(async () => {
      try {
        const result = await host.saveFile({
          suggestedName: exportFileName(
            [title, t.backupsHeading, info.backupId.slice(0, 15)],
            'taneboard',
          ),
          content,
          encoding: 'utf8',
          filters: [{ name: t.workshopFileFilter, extensions: ['taneboard'] }],
        })
        if (result.ok) push({ tone: 'success', message: t.exportSaved(result.location) })
        else if (result.reason !== 'cancelled') push({ tone: 'error', message: result.error })
      } catch (error) {
        console.error('TaneBoard: saving a backup to a file failed', error)
        push({ tone: 'error', message: errorRefOf(error) ?? t.exportFailed })
      }
    })

  // The personal-information guard reads the backup first; a backup cannot be fixed here, so
  // its review only lists (fixes are made in the workshop, then exported again).
  const saveAs = (info: BackupInfo) =>
    guarded(async () => {
      try {
        const content = await host.readBackup({ workshopId, backupId: info.backupId })
        if (content === null) {
          push({ tone: 'error', message: t.backupsMissing })
          return
        }
        const parsed = parseWorkshopFile(content)
        const go = () => void writeBackupFile(info, content)
        if (parsed.ok) privacy.check(parsed.doc, { survey: true }, go, { fixable: false })
        else go()
      } catch (error) {
        console.error('TaneBoard: saving a backup to a file failed', error)
        push({ tone: 'error', message: errorRefOf(error) ?? t.exportFailed })
      }
    })

  return (
    <main className="screen backups-screen" data-workshop-id={workshopId}>
      {privacy.dialog}
      <header className="app-header backups-header">
        <a
          className="button button--ghost app-header__back"
          href={routeHref({ name: 'workshop', workshopId, section: 'basics' })}
        >
          <span aria-hidden="true">←</span> {t.backupsBack}
        </a>
        <div className="backups-header__titles">
          <h1 className="backups-header__title">{title}</h1>
          <p className="backups-header__sub">{t.backupsHeading}</p>
        </div>
        <div className="app-header__tools">
          <AnnexButton />
        </div>
      </header>
      <section className="backups-panel" aria-labelledby="backups-heading">
        <h2 id="backups-heading" className="visually-hidden">
          {t.backupsHeading}
        </h2>
        <p className="backups-intro">{t.backupsIntro}</p>
        <p className="backups-location">
          <span className="backups-location__label">{t.backupsLocation}</span>
          <code className="backups-location__path">{list.location}</code>
        </p>
        <DataLocationNote warningOnly />
        <div className="backups-actions">
          <button
            type="button"
            className="button button--primary"
            disabled={busy}
            onClick={() => void backupNow()}
          >
            {t.backupsNow}
          </button>
        </div>
        {list.status === 'loading' ? (
          <p className="backups-empty">{t.backupsLoading}</p>
        ) : list.status === 'failed' ? (
          <p className="backups-empty" role="alert">
            {t.backupsListFailed}
          </p>
        ) : list.backups.length === 0 ? (
          <p className="backups-empty">{t.backupsEmpty}</p>
        ) : (
          <table className="backups-table">
            <thead>
              <tr>
                <th scope="col">{t.backupsColTime}</th>
                <th scope="col">{t.backupsColReason}</th>
                <th scope="col">{t.backupsColContent}</th>
                <th scope="col">{t.backupsColSize}</th>
                <th scope="col">
                  <span className="visually-hidden">{t.backupsRestore}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {list.backups.map((info) => {
                const content = list.contents[info.backupId]
                return (
                  <tr key={info.backupId} data-backup-id={info.backupId}>
                    <th scope="row" className="backups-table__time">
                      {when(info)}
                    </th>
                    <td>
                      <BackupReasonCell
                        reason={t.backupReason(info.reason)}
                        at={transitionLabel(
                          t,
                          info.position,
                          content === undefined || content === 'unreadable' ? null : content.doc,
                        )}
                      />
                    </td>
                    <td>
                      {content === undefined
                        ? '…'
                        : content === 'unreadable'
                          ? t.backupsUnreadable
                          : t.backupsContent(content.groups, content.notes)}
                    </td>
                    <td className="backups-table__size">{formatBytes(info.bytes)}</td>
                    <td className="backups-table__actions">
                      <button
                        type="button"
                        className="button"
                        disabled={busy || content === 'unreadable'}
                        aria-label={`${when(info)} ${t.backupsRestore}`}
                        onClick={() => {
                          setConfirming(info)
                        }}
                      >
                        {t.backupsRestore}
                      </button>
                      <button
                        type="button"
                        className="button button--ghost"
                        disabled={busy}
                        aria-label={`${when(info)} ${t.backupsSaveAs}`}
                        onClick={() => void saveAs(info)}
                      >
                        {t.backupsSaveAs}
                      </button>
                    </td>
                  </tr>
                )
              })}
            </tbody>
          </table>
        )}
      </section>
      <ConfirmDialog
        open={confirming !== null}
        title={t.backupsConfirmTitle}
        body={confirming ? t.backupsConfirmBody(when(confirming)) : ''}
        confirmLabel={t.backupsConfirm}
        className="modal--wide"
        onCancel={() => {
          setConfirming(null)
        }}
        onConfirm={() => {
          const info = confirming
          setConfirming(null)
          if (info) void restore(info)
        }}
      >
        <section className="backup-summary__section" aria-label={t.backupsSummaryHeading}>
          <h3 className="backup-summary__heading">{t.backupsSummaryHeading}</h3>
          {confirmingContent === undefined ? (
            <p>{t.backupsSummaryReading}</p>
          ) : confirmingContent === 'unreadable' ? (
            <p role="alert">{t.backupsSummaryUnreadable}</p>
          ) : (
            <>
              <p className="backup-summary__note">{t.backupsSummaryNote}</p>
              <BackupSummaryTable backup={confirmingContent.summary} current={currentSummary} />
            </>
          )}
        </section>
      </ConfirmDialog>
    </main>
  )
}

/** The reason of a backup, and for a transition where the timetable went (「テーマ1 開始前」). */
function BackupReasonCell({ reason, at }: { reason: string; at: string | null }) {
  if (at === null) return <>{reason}</>
  return (
    <>
      <span className="backups-table__at">{at}</span>
      <span className="backups-table__reason">{reason}</span>
    </>
  )
}
