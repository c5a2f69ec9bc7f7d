import { Suspense, useEffect, useState, type ReactNode } from 'react'
import { useT } from '../i18n/useT'

/** A screen's chunk usually arrives within this; only a slower load shows the loading line. */
export const SCREEN_LOADING_DELAY_MS = 400

/**
 * While a lazily loaded screen's chunk arrives: an empty page at first (no flash for a fast
 * load from disk), then after SCREEN_LOADING_DELAY_MS a calm 「画面を読み込んでいます…」.
 */
export function ScreenLoading() {
  const t = useT()
  const [shown, setShown] = useState(false)
  useEffect(() => {
    const timer = setTimeout(() => {
      setShown(true)
    }, SCREEN_LOADING_DELAY_MS)
    return () => {
      clearTimeout(timer)
    }
  }, [])
  return (
    <main className="screen screen--center" aria-busy="true">
      {shown ? (
        <p className="loading" role="status">
          {t.screenLoading}
        </p>
      ) : null}
    </main>
  )
}

/** The boundary every lazily loaded screen is rendered in (app/screens.ts). */
export function ScreenSuspense({ children }: { children: ReactNode }) {
  return <Suspense fallback={<ScreenLoading />}>{children}</Suspense>
}
