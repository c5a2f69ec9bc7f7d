import { useState } from 'react'
import { useAppServices } from '../session/appServices'
import { useT } from '../i18n/useT'
import { exportFileName, workshopFileText } from '../export/exportFiles'
import { usePrivacyGuard } from '../ui/privacy/usePrivacyGuard'

interface GroupFileButtonProps {
  workshopId: string
  groupId: string
  groupName: string
}

/**
 * 「このグループのファイルを書き出す」 on a group's card (setup → グループ, where its boards are
 * opened): the group's workshop file in one click, the same file (and the same name) as 書き出し → 研修会ファイル with only this group
 * chosen. It reads the true workshop with the drafts being typed, so nothing typed is missing.
 */
export function GroupFileButton({ workshopId, groupId, groupName }: GroupFileButtonProps) {
  const t = useT()
  const { host, notices, appVersion, session } = useAppServices()
  const [busy, setBusy] = useState(false)
  const name = groupName.trim() || t.groupName
  const guard = usePrivacyGuard(workshopId)

  const save = async () => {
    if (busy) return
    setBusy(true)
    try {
      const doc = await session.readTrue(workshopId, { drafts: true })
      const group = doc?.groups[groupId]
      if (!doc || !group || group.deletedAt !== null) throw new Error('the group is gone')
      const title = doc.workshop.title.trim() || t.untitled
      const result = await host.saveFile({
        suggestedName: exportFileName([title, group.name, t.workshopFileName], 'taneboard'),
        content: workshopFileText(doc, [groupId], appVersion, new Date().toISOString()),
        encoding: 'utf8',
        filters: [{ name: t.workshopFileFilter, extensions: ['taneboard'] }],
      })
      if (result.ok) {
        notices
          .getState()
          .push({ tone: 'success', message: t.groupFileSaved(name, result.location) })
      } else if (result.reason !== 'cancelled') {
        notices.getState().push({ tone: 'error', message: result.error })
      }
    } catch (error) {
      console.error('TaneBoard: saving the group file failed', error)
      notices.getState().push({ tone: 'error', message: t.exportFailed })
    } finally {
      setBusy(false)
    }
  }

  // The personal-information guard first (the file reads the workshop again, fixes included).
  const askGuard = async () => {
    if (busy) return
    const doc = await session.readTrue(workshopId, { drafts: true })
    if (doc) guard.check(doc, { groupIds: [groupId] }, () => void save())
    else void save()
  }

  return (
    <>
      <button
        type="button"
        className="button button--small"
        title={t.groupFileHint(name)}
        disabled={busy}
        aria-busy={busy}
        onClick={() => void askGuard()}
      >
        {t.groupFileButton}
      </button>
      {guard.dialog}
    </>
  )
}
