import { INAGI_TAKEAWAY } from '../../../shared/theme3/canvasLabels'
import { useT } from '../../i18n/useT'

/**
 * No canvas yet: what to do, and the point of this theme in 稲城市's words (L6391-6392): not a
 * report of what happened, but the 地域課題のタネ.
 */
export function Theme3Empty() {
  const t = useT()
  return (
    <div className="t3-empty-state">
      <h2 className="t3-empty-state__title">{t.theme3EmptyTitle}</h2>
      <p className="t3-empty-state__text">{t.theme3EmptyHint}</p>
      <figure className="t3-takeaway">
        <figcaption className="t3-takeaway__label">{t.theme3PointLabel}</figcaption>
        <blockquote className="t3-takeaway__quote" lang="ja">
          {INAGI_TAKEAWAY}
        </blockquote>
      </figure>
    </div>
  )
}
