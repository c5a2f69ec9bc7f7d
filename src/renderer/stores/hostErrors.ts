/**
 * A Japanese sentence for a failed host write. Electron's errors cross IPC as text that starts
 * with the errno name ('ENOSPC: …', wrapped in "Error invoking remote method …"); the browser host
 * throws Japanese messages of its own, which are passed on as they are.
 */
export const HOST_ERROR_TEXT = {
  noSpace: 'ディスクの空き容量が足りません。',
  noPermission: '保存先に書き込む権限がありません。',
  tooLarge: 'データが大きすぎます。',
} as const

export function hostErrorText(error: unknown): string {
  const message = error instanceof Error ? error.message : typeof error === 'string' ? error : ''
  if (/\b(ENOSPC|EDQUOT)\b/.test(message)) return HOST_ERROR_TEXT.noSpace
  if (/\b(EACCES|EPERM|EROFS)\b/.test(message)) return HOST_ERROR_TEXT.noPermission
  if (/\bEFBIG\b/.test(message)) return HOST_ERROR_TEXT.tooLarge
  return /[\u3040-\u30ff\u4e00-\u9fff]/.test(message) ? message : ''
}
