import { useT } from '../i18n/useT'
import { routeHref } from '../navigation/useRoute'

/** The screen for an address whose workshop is not there (deleted, or a stale link). */
export function WorkshopMissing() {
  const t = useT()
  return (
    <main className="screen screen--center">
      <div className="message-card" role="alert">
        <p>{t.workshopMissing}</p>
        <a className="button button--primary" href={routeHref({ name: 'home' })}>
          {t.backToHome}
        </a>
      </div>
    </main>
  )
}

/** The screen while a workshop opens. */
export function WorkshopLoading() {
  const t = useT()
  return (
    <main className="screen screen--center" aria-busy="true">
      <p className="loading">{t.loading}</p>
    </main>
  )
}
