import { useState } from 'react'
import { errorRefOf } from '../../../../shared/errors/appError'
import { errorRef, workshopFileErrorRef } from '../../../../shared/errors/errorCodes'
import type { OpenedFile, OpenedFileEntry } from '../../../../shared/host/hostApi'
import type { MergeChoice, RecordKey } from '../../../../shared/merge/previewMerge'
import { LIMITS } from '../../../../shared/model/limits'
import { useAppServices } from '../../../session/appServices'
import { useT } from '../../../i18n/useT'
import { hostErrorRef } from '../../../stores/hostErrors'
import type { ImportOutcome, PreparedImport } from '../../../stores/workshopImport'
import type { ImportDialogState } from './ImportDialog'

/** Extensions offered when opening a workshop file (.json: older exports and backups). */
export const WORKSHOP_FILE_EXTENSIONS = ['taneboard', 'json']

/**
 * 「ファイルから取り込む」: pick a file, read and check it, show the preview; on 取り込む, merge.
 * `onImported` gets what happened (e.g. to open what came in, or focus the workshop's card).
 */
export function useImportFlow(onImported: (outcome: ImportOutcome) => void) {
  const t = useT()
  const { host, imports, notices } = useAppServices()
  const [state, setState] = useState<ImportDialogState | null>(null)
  const [busy, setBusy] = useState(false)

  /** Reads and checks a file's text, then shows its preview, or why it cannot be imported. */
  const showPreview = async (file: OpenedFile) => {
    const result = await imports.prepare(file.content, file.name)
    setState(
      result.ok
        ? { phase: 'preview', prepared: result.prepared }
        : { phase: 'error', fileName: file.name, message: result.error },
    )
  }

  const start = async () => {
    if (busy) return
    setBusy(true)
    try {
      let file
      try {
        file = await host.openFile({
          extensions: WORKSHOP_FILE_EXTENSIONS,
          maxBytes: LIMITS.snapshotBytes,
        })
      } catch (error) {
        const cause = hostErrorRef(error)
        setState({
          phase: 'error',
          fileName: '',
          // Over the size cap: the file's own refusal (Electron says EFBIG, the browser host
          // refuses with the same cap).
          message:
            cause?.code === 'host.tooLarge'
              ? workshopFileErrorRef('tooLarge')
              : (cause ?? t.importFailed),
        })
        return
      }
      if (!file) return
      await showPreview(file)
    } catch (error) {
      console.error('TaneBoard: reading a workshop file failed', error)
      setState({ phase: 'error', fileName: '', message: t.importFailed })
    } finally {
      setBusy(false)
    }
  }

  /** A file opened from the file manager (a double-clicked .taneboard): the same preview. */
  const open = async (file: OpenedFileEntry) => {
    if (busy) return
    setBusy(true)
    try {
      if ('problem' in file) {
        setState({
          phase: 'error',
          fileName: file.name,
          message:
            file.problem === 'tooLarge'
              ? workshopFileErrorRef('tooLarge')
              : errorRef('host.fileReadFailed'),
        })
        return
      }
      await showPreview(file)
    } catch (error) {
      console.error('TaneBoard: reading an opened workshop file failed', error)
      setState({ phase: 'error', fileName: file.name, message: t.importFailed })
    } finally {
      setBusy(false)
    }
  }

  const apply = async (
    prepared: PreparedImport,
    choices: Partial<Record<RecordKey, MergeChoice>>,
  ) => {
    if (busy) return
    setBusy(true)
    try {
      const outcome = await imports.apply(prepared, choices)
      setState(null)
      onImported(outcome)
    } catch (error) {
      console.error('TaneBoard: importing a workshop file failed', error)
      notices.getState().push({ tone: 'error', message: errorRefOf(error) ?? t.importFailed })
    } finally {
      setBusy(false)
    }
  }

  return {
    state,
    busy,
    start,
    open,
    apply,
    cancel: () => {
      setState(null)
    },
  }
}
