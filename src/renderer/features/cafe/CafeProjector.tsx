import '../../styles/projector.css'
import '../../styles/cafe.css'
import { useEffect, useMemo } from 'react'
import { cafeBoard, type CafeSection } from '../../../shared/cafe/cafeBoard'
import { routeHref } from '../../navigation/useRoute'
import { useT } from '../../i18n/useT'
import { ProjectorFrame, ProjectorMessage } from '../../shell/ProjectorFrame'
import { frameKeyAction, isCommandKey, useKeyActions } from '../../shell/projectorKeys'
import { toggleFullScreen } from '../../shell/useFollowedWorkshop'
import { useProjectedBoard } from '../../shell/useProjectedBoard'

interface CafeProjectorProps {
  workshopId: string
  groupId: string
}

/** Body text: this share of the screen height (32px at 1080), times the chosen size. */
const TEXT_SHARE = 0.03

/**
 * 投影 of a table's ワールドカフェ: its outputs with the 「いいね」 count and, apart, the visitors'
 * comments, for the room or the table's own screen; read-only, following edits made in other
 * windows and devices (a visitor's いいね on the table's laptop shows here within a second).
 */
export function CafeProjector({ workshopId, groupId }: CafeProjectorProps) {
  const board = useProjectedBoard(workshopId, groupId, 'theme1')
  const { doc, status, group, scale, stepScale, height } = board
  const t = useT()
  const view = useMemo(() => (doc && group ? cafeBoard(doc, groupId) : null), [doc, group, groupId])

  useEffect(() => {
    if (group) document.title = `${group.name} ${t.cafeTitle} – ${t.appName}`
  }, [group, t])

  useKeyActions(
    (event) => (isCommandKey(event) ? frameKeyAction(event.key) : null),
    (action) => {
      if (action.type === 'scale') stepScale(action.direction)
      else toggleFullScreen()
    },
  )

  const sectionTitle = (section: CafeSection) =>
    section.themeId === 'theme1'
      ? t.cafeSectionTheme1
      : section.themeId === 'theme2'
        ? t.cafeSectionTheme2
        : t.cafeSectionTheme3

  let body
  if (status === 'missing' || (status === 'ready' && doc && (!group || group.deletedAt))) {
    body = <ProjectorMessage alert>{t.cafeProjectorMissing}</ProjectorMessage>
  } else if (!view) {
    body = <ProjectorMessage>{t.cafeProjectorLoading}</ProjectorMessage>
  } else {
    body = view.sections
      .filter((section) => section.items.length > 0)
      .map((section) => (
        <section key={section.themeId} className="pjc-section" aria-label={sectionTitle(section)}>
          <h2 className="pjc-section__title">{sectionTitle(section)}</h2>
          <ul className="pjc-items">
            {section.items.map((item) => (
              <li
                key={`${item.target.type}:${item.target.id}`}
                className="pjc-item"
                data-target={`${item.target.type}:${item.target.id}`}
              >
                <div className="pjc-item__own">
                  <p className="pjc-item__title">
                    {item.title.trim() === '' ? t.cafeUntitled : item.title}
                  </p>
                  {item.lines.map((line) => (
                    <p key={line.label} className="pjc-item__line">
                      <span className="pjc-item__label">{line.label}</span>
                      {line.text}
                    </p>
                  ))}
                </div>
                <p className="pjc-item__likes" data-testid="pjc-likes">
                  <span aria-hidden="true">♥ </span>
                  {t.cafeLikes(item.likes)}
                </p>
                {item.comments.length > 0 ? (
                  <ul className="pjc-comments" aria-label={t.cafeVisitorsHeading}>
                    {item.comments.map((comment) => (
                      <li key={comment.id} className="pjc-comment">
                        {comment.text}
                        {comment.author !== '' ? (
                          <span className="pjc-comment__author"> ― {comment.author}</span>
                        ) : null}
                      </li>
                    ))}
                  </ul>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ))
  }

  return (
    <ProjectorFrame
      board={{ ...board, themeTitle: view ? t.cafeTotals(view.likes, view.comments) : '' }}
      className="pj-root pjc-root"
      testId="cafe-projector"
      data={{ 'data-view': 'cafe' }}
      fontSize={Math.max(14, Math.round(height * TEXT_SHARE * scale))}
      heading={group?.name}
      themeLabel={t.cafeTitle}
      text={{
        smaller: t.cafePjSmaller,
        larger: t.cafePjLarger,
        fontSize: t.cafePjFontSize,
        fullScreen: t.cafePjFullScreen,
        close: t.cafePjClose,
        toolbar: t.cafePjToolbar,
      }}
      keysHelp={t.cafeProjectorKeysHelp}
      tools={null}
      closeTo={routeHref({ name: 'cafe', workshopId, groupId })}
      mainClassName="pjc-main"
    >
      {body}
    </ProjectorFrame>
  )
}
