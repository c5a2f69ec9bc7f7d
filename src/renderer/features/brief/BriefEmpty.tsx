import { routeHref } from '../../navigation/useRoute'
import { useT } from '../../i18n/useT'

/** No canvas on the board yet: what the sheet is made from, and the way to the canvas. */
export function BriefEmpty({ workshopId, groupId }: { workshopId: string; groupId: string }) {
  const t = useT()
  return (
    <div className="brief-empty" data-testid="brief-empty">
      <h2 className="brief-empty__title">{t.briefNoCanvasTitle}</h2>
      <p className="brief-empty__hint">{t.briefNoCanvasHint}</p>
      <a
        className="button button--primary"
        href={routeHref({ name: 'theme3', workshopId, groupId })}
      >
        {t.briefOpenCanvas}
      </a>
    </div>
  )
}
