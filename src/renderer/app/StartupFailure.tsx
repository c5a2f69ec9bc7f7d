import '../styles/tokens.css'
import '../styles/base.css'
import '../styles/fatal.css'

/**
 * Shown when the app cannot open its storage at all. Says what happened, that the files on disk
 * were not touched, and what to do; the technical detail stays behind 詳細.
 */
export function StartupFailure({ error }: { error: unknown }) {
  const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error)
  return (
    <main className="fatal" role="alert">
      <h1>タネボードを起動できませんでした</h1>
      <p>
        保存領域を開けませんでした。バックアップのファイルには手を加えていません。アプリを閉じて、もう一度開いてください。
        繰り返し表示される場合は、下の詳細を添えて担当者にお知らせください。
      </p>
      <p lang="en">TaneBoard could not open its storage. Your backup files were not touched.</p>
      <details>
        <summary>詳細</summary>
        <pre>{detail}</pre>
      </details>
    </main>
  )
}
