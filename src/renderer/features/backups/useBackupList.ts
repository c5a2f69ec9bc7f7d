import { useCallback, useEffect, useRef, useState } from 'react'
import type { BackupInfo } from '../../../shared/host/hostApi'
import type { BackupScheduler } from '../../stores/backupScheduler'
import type { WorkshopBackups } from '../../stores/workshopBackups'

import { backupContentOf, type BackupContent } from './backupContent'

/** What one backup holds, read for the list ('unreadable' if it cannot be read). */
export type BackupListContent = BackupContent | 'unreadable'

export interface BackupListState {
  status: 'loading' | 'ready' | 'failed'
  location: string
  backups: BackupInfo[]
  contents: Record<string, BackupListContent>
  refresh: () => Promise<void>
}

/**
 * The backups of one workshop, newest first, with what each holds (read one after another, each
 * once: a backup never changes), refreshed whenever this window writes a backup.
 */
export function useBackupList(
  backups: WorkshopBackups,
  scheduler: Pick<BackupScheduler, 'subscribe'>,
  workshopId: string,
): BackupListState {
  const [status, setStatus] = useState<BackupListState['status']>('loading')
  const [location, setLocation] = useState('')
  const [list, setList] = useState<BackupInfo[]>([])
  const [contents, setContents] = useState<Record<string, BackupListContent>>({})
  const known = useRef(new Set<string>())

  const refresh = useCallback(async () => {
    try {
      const result = await backups.list(workshopId)
      setLocation(result.location)
      setList(result.backups)
      setStatus('ready')
      for (const info of result.backups) {
        if (known.current.has(info.backupId)) continue
        known.current.add(info.backupId)
        let content: BackupListContent
        try {
          content = backupContentOf(await backups.read(workshopId, info.backupId))
        } catch {
          content = 'unreadable'
        }
        setContents((previous) => ({ ...previous, [info.backupId]: content }))
      }
    } catch (error) {
      console.error('TaneBoard: listing backups failed', error)
      setStatus('failed')
    }
  }, [backups, workshopId])

  useEffect(() => {
    void refresh()
    return scheduler.subscribe((info) => {
      if (info.workshopId === workshopId) void refresh()
    })
  }, [refresh, scheduler, workshopId])

  return { status, location, backups: list, contents, refresh }
}
