// Where the Electron runtime (the binary `npm start` runs) is, and what to tell a person when it
// is missing. Plain functions over an injected file system; scripts/start-electron.mjs uses them.
import { join } from 'node:path'

/**
 * The Electron executable electron-vite would start, or why there is none. Follows the same rules
 * as electron-vite: ELECTRON_EXEC_PATH when set, else `dist/<path.txt>` in the electron package.
 * @param {{ electronDir: string, env: Record<string, string | undefined>,
 *   fs: { existsSync(path: string): boolean, readFileSync(path: string, encoding: 'utf8'): string } }} where
 * @returns {{ ok: true, path: string } | { ok: false, reason: 'execPathMissing' | 'notDownloaded' | 'binaryMissing', path: string }}
 */
export function electronBinaryStatus({ electronDir, env, fs }) {
  const execPath = env.ELECTRON_EXEC_PATH
  if (execPath) {
    return fs.existsSync(execPath)
      ? { ok: true, path: execPath }
      : { ok: false, reason: 'execPathMissing', path: execPath }
  }
  const pathFile = join(electronDir, 'path.txt')
  if (!fs.existsSync(pathFile)) return { ok: false, reason: 'notDownloaded', path: pathFile }
  const executable = join(electronDir, 'dist', fs.readFileSync(pathFile, 'utf8').trim())
  return fs.existsSync(executable)
    ? { ok: true, path: executable }
    : { ok: false, reason: 'binaryMissing', path: executable }
}

/** The first line of a failed download's output that says why (never its stack trace). */
export function downloadFailureCause(output) {
  const lines = String(output)
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !/^at\s/.test(line) && !/^Downloading Electron/i.test(line))
  const cause = lines.find((line) =>
    /error|enotfound|econn|etimedout|eai_again|\b\d{3}\b/i.test(line),
  )
  return (cause ?? lines[0] ?? '').slice(0, 300)
}

/** A network failure said in Japanese, the technical line kept in brackets. */
function explainCause(cause) {
  return /fetch failed|ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|timed out/i.test(cause)
    ? `インターネット（または ELECTRON_MIRROR の取得先）に接続できませんでした（${cause}）`
    : cause
}

/**
 * What a person reads when the Electron runtime is missing and could not be fetched: what
 * happened and what to do, in Japanese first, then English. No stack trace.
 * @param {{ reason: string, path: string, electronVersion: string, cause?: string }} problem
 */
export function missingElectronMessage({ reason, path, electronVersion, cause }) {
  const what =
    reason === 'execPathMissing'
      ? `環境変数 ELECTRON_EXEC_PATH が指す Electron の実行ファイルがありません: ${path}`
      : `デスクトップアプリの実行に必要な Electron ${electronVersion} の本体（実行ファイル）がこのパソコンにありません。`
  const download =
    reason === 'execPathMissing'
      ? []
      : [
          'インターネットから自動で取得しようとしましたが、できませんでした。',
          ...(cause ? [`  原因: ${explainCause(cause)}`] : []),
        ]
  return [
    '',
    'タネボードを起動できませんでした。',
    '',
    `【何が起きたか】${what}`,
    ...download,
    '',
    '【どうすればよいか】次のどれか一つを行ってください。',
    '  1. インターネットにつながる場所で一度だけ取得する（以後はネットワーク不要です）:',
    '       npx --no install-electron',
    '     そのあと、もう一度 npm start を実行してください。',
    '  2. プロキシや社内のミラーを使う場合は、取得先を指定してから 1. を行う:',
    '       ELECTRON_MIRROR=https://（ミラーのアドレス）/  （Windows では set ELECTRON_MIRROR=…）',
    '  3. Electron を使わずにブラウザで使う（Chrome または Edge）:',
    '       npm run web',
    '     表示された http://127.0.0.1:4173/ を開きます。',
    ...(reason === 'execPathMissing'
      ? ['  または、ELECTRON_EXEC_PATH を正しい場所に直すか、設定を外してください。']
      : []),
    '',
    'In English: the Electron runtime is missing and could not be downloaded. While online, run',
    '"npx --no install-electron" once (set ELECTRON_MIRROR for a mirror), or use "npm run web".',
    '',
  ].join('\n')
}
