import { errorRefOf } from '../../shared/errors/appError'
import { errorRef, type ErrorRef } from '../../shared/errors/errorCodes'

/**
 * The error code of a failed host call, or undefined when it has none worth telling. The browser
 * host throws AppErrors, which carry their code. Electron's errors cross IPC as text only: the
 * main process's FileError puts the errno name first ('ENOSPC: …', wrapped in "Error invoking
 * remote method …"), so that name is the code on that wire.
 */
export function hostErrorRef(error: unknown): ErrorRef | undefined {
  const own = errorRefOf(error)
  if (own) return own
  const wire = error instanceof Error ? error.message : typeof error === 'string' ? error : ''
  if (/\b(ENOSPC|EDQUOT)\b/.test(wire)) return errorRef('host.noSpace')
  if (/\b(EACCES|EPERM|EROFS)\b/.test(wire)) return errorRef('host.noPermission')
  if (/\bEFBIG\b/.test(wire)) return errorRef('host.tooLarge')
  return undefined
}
