import { useEffect, useState } from 'react'
import type { AppInfo } from '../../shared/host/hostApi'
import { useT } from '../i18n/useT'
import { useAppServices } from '../session/appServices'

interface DataLocationNoteProps {
  /** Only the warning of a browser-only page (the screen names the folder itself). */
  warningOnly?: boolean
}

/**
 * Where the workshops' second copy and backups are kept: the folder (browser mode served by
 * `npm run web`, the desktop app), or, when the page runs with no such server, an honest warning
 * that everything lives only in this browser profile and this exact origin.
 */
export function DataLocationNote({ warningOnly = false }: DataLocationNoteProps) {
  const t = useT()
  const { host } = useAppServices()
  const [info, setInfo] = useState<AppInfo | null>(null)
  useEffect(() => {
    let live = true
    host.getAppInfo().then(
      (next) => {
        if (live) setInfo(next)
      },
      () => undefined,
    )
    return () => {
      live = false
    }
  }, [host])
  if (!info) return null
  if (info.host === 'browser' && info.storage !== 'disk') {
    return (
      <section className="data-location data-location--warning" aria-labelledby="data-only-here">
        <h2 id="data-only-here" className="data-location__title">
          <span aria-hidden="true">⚠ </span>
          {t.dataBrowserOnlyTitle}
        </h2>
        <p>{t.dataBrowserOnlyBody(window.location.origin)}</p>
      </section>
    )
  }
  if (warningOnly) return null
  return (
    <p className="data-location">
      <span className="data-location__label">{t.dataLocationLabel}</span>{' '}
      <code className="data-location__path">{info.dataLocation}</code>
    </p>
  )
}
