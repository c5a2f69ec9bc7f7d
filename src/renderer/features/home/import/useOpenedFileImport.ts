import { useEffect } from 'react'
import { useStore } from 'zustand'
import type { OpenedFileEntry } from '../../../../shared/host/hostApi'
import { useAppServices } from '../../../session/appServices'
import type { ImportDialogState } from './ImportDialog'

/**
 * The import preview of each file opened from the file manager (a double-clicked `.taneboard`),
 * one after another: the next one once the dialog is closed.
 */
export function useOpenedFileImport(flow: {
  state: ImportDialogState | null
  busy: boolean
  open: (file: OpenedFileEntry) => Promise<void>
}): void {
  const { openedFiles } = useAppServices()
  const next = useStore(openedFiles, (s) => s.waiting[0])
  const idle = flow.state === null && !flow.busy
  const { open } = flow
  useEffect(() => {
    // Only the file still first in line (an effect run twice never takes two).
    if (!next || !idle || openedFiles.getState().waiting[0] !== next) return
    openedFiles.getState().shift()
    void open(next)
  }, [next, idle, open, openedFiles])
}
