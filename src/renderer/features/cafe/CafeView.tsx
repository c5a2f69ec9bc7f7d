import { useCallback, useEffect, useMemo } from 'react'
import { cafeBoard, type CafeSection } from '../../../shared/cafe/cafeBoard'
import { addCafeComment, addCafeLike, removeCafeReaction } from '../../../shared/cafe/cafeOps'
import type { CafeTarget } from '../../../shared/model/schemas'
import { useAppServices, useWorkshopStore } from '../../session/appServices'
import type { GroupThemeViewProps } from '../../shell/GroupThemeScreen'
import { useT } from '../../i18n/useT'
import { undoNotice } from '../../stores/undoNotice'
import { CafeHeader } from './CafeHeader'
import { CafeItemCard, type CafeActions } from './CafeItemCard'

/**
 * The host table's outputs, theme by theme, each with its 「いいね」 and the visitors' comments
 * (shown apart, under 「訪問者からのコメント」). Every reaction is one edit of its own with a
 * notice to take it back; the table's records are never changed.
 */
export function CafeView({ workshopId, groupId }: GroupThemeViewProps) {
  const t = useT()
  const services = useAppServices()
  const doc = useWorkshopStore((s) => s.doc)
  const groupName = doc?.groups[groupId]?.name ?? ''
  const view = useMemo(() => (doc ? cafeBoard(doc, groupId) : null), [doc, groupId])

  useEffect(() => {
    document.title = `${groupName.trim() || t.groupName} ${t.cafeTitle} – ${t.appName}`
  }, [groupName, t])

  const notify = useCallback(
    (undoId: number | null, message: string) => {
      services.notices.getState().push(undoNotice(services.workshop, undoId, message))
    },
    [services],
  )
  const actions = useMemo<CafeActions>(
    () => ({
      like: (target: CafeTarget) => {
        const undoId = services.workshop.getState().apply((d, ctx) => addCafeLike(d, target, ctx))
        if (undoId !== null) notify(undoId, t.cafeLiked)
      },
      comment: (target: CafeTarget, text: string, author: string) => {
        const undoId = services.workshop
          .getState()
          .apply((d, ctx) => addCafeComment(d, target, text, author, ctx))
        if (undoId !== null) notify(undoId, t.cafeCommentAdded)
        return undoId !== null
      },
      remove: (reactionId: string) => {
        const undoId = services.workshop
          .getState()
          .apply((d, ctx) => removeCafeReaction(d, reactionId, ctx))
        if (undoId !== null) notify(undoId, t.cafeCommentRemoved)
      },
    }),
    [services, notify, t],
  )

  const sectionTitle = (section: CafeSection) =>
    section.themeId === 'theme1'
      ? t.cafeSectionTheme1
      : section.themeId === 'theme2'
        ? t.cafeSectionTheme2
        : t.cafeSectionTheme3

  return (
    <div className="screen cafe-screen">
      <CafeHeader workshopId={workshopId} groupId={groupId} groupName={groupName} />
      <main className="cafe-main" aria-label={t.cafeTitle}>
        <p className="cafe-lead">
          {t.cafeLead}
          {view ? (
            <span className="cafe-totals" data-testid="cafe-totals">
              {t.cafeTotals(view.likes, view.comments)}
            </span>
          ) : null}
        </p>
        {view?.sections.map((section) => (
          <section
            key={section.themeId}
            className="cafe-section"
            aria-label={sectionTitle(section)}
          >
            <h2 className="cafe-section__title">{sectionTitle(section)}</h2>
            {section.items.length === 0 ? (
              <p className="cafe-section__empty">{t.cafeSectionEmpty}</p>
            ) : (
              <ul className="cafe-items">
                {section.items.map((item) => (
                  <CafeItemCard
                    key={`${item.target.type}:${item.target.id}`}
                    item={item}
                    actions={actions}
                  />
                ))}
              </ul>
            )}
          </section>
        ))}
      </main>
    </div>
  )
}
