import '../../styles/projector.css'
import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react'
import { boardOf } from '../../../shared/ops/groupOps'
import { cardFor, cardTitleLine } from '../../../shared/templates/themeCards'
import type { Topic } from '../../../shared/model/schemas'
import type { WorkshopDoc } from '../../../shared/model/workshopDoc'
import { boardTopics, topicView } from '../../../shared/theme2/theme2Queries'
import { buildWorksheet } from '../../../shared/theme2/worksheet'
import { useWorkshopStore } from '../../session/appServices'
import { routeHref } from '../../navigation/useRoute'
import { useLang } from '../../i18n/useT'
import { useFontScale } from './fontScale'
import { PROJECTOR_TEXT } from './projectorText'
import { Theme2MapSummary, Theme2WorksheetSummary } from './Theme2ProjectorSheets'
import { THEME2_PROJECTOR_TEXT, theme2ProjectorKeyAction } from './theme2ProjectorText'
import { useElementSize } from './useElementSize'
import { toggleFullScreen, useFollowedWorkshop } from '../../shell/useFollowedWorkshop'
import { closeProjector } from '../../shell/closeProjector'

interface Theme2ProjectorProps {
  workshopId: string
  groupId: string
}

/** Body text: this share of the screen height (32px at 1080), times the chosen size. */
const TEXT_SHARE = 0.03

/**
 * 投影 of テーマ2: one topic of a group's map for the room, read-only. The poster's header
 * 「Ａグループ」 and テーマ2 title, then one topic (←/→ or 1–9 switch, 「テーマ n / N」): its map in
 * brief, or W for the 問1–問5 worksheet. F full screen, + / − the text. Edits made in another
 * window appear within a second (crossWindowSync); nothing is ever written.
 */
export function Theme2Projector({ workshopId, groupId }: Theme2ProjectorProps) {
  const doc = useWorkshopStore((s) => s.doc)
  const status = useWorkshopStore((s) => s.status)
  const lang = useLang()
  const text = THEME2_PROJECTOR_TEXT[lang]
  const common = PROJECTOR_TEXT[lang]
  const [scale, stepScale] = useFontScale()
  const [picked, setPicked] = useState(0)
  const [sheet, setSheet] = useState(false)
  const rootRef = useRef<HTMLDivElement>(null)
  const size = useElementSize(rootRef)

  useFollowedWorkshop(workshopId)

  const group = doc?.groups[groupId]
  const boardId = doc && group && !group.deletedAt ? boardOf(doc, groupId, 'theme2')?.id : undefined
  const topics = useMemo(() => (doc && boardId ? boardTopics(doc, boardId) : []), [doc, boardId])
  const index = Math.min(picked, Math.max(0, topics.length - 1))
  const topic = topics[index]
  const variant = doc?.workshop.variant
  const themeTitle = useMemo(
    () => (variant ? cardTitleLine(cardFor(variant, 'theme2')) : ''),
    [variant],
  )

  useEffect(() => {
    if (group) document.title = `${group.name} ${text.theme2} – タネボード`
  }, [group, text])

  const count = topics.length
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented) return
      const action = theme2ProjectorKeyAction(event, count)
      if (!action) return
      event.preventDefault()
      switch (action.type) {
        case 'topic':
          setPicked(action.index)
          break
        case 'step':
          setPicked((p) => Math.min(Math.max(0, count - 1), Math.max(0, p + action.direction)))
          break
        case 'sheet':
          setSheet((s) => !s)
          break
        case 'scale':
          stepScale(action.direction)
          break
        case 'fullScreen':
          toggleFullScreen()
          break
      }
    }
    window.addEventListener('keydown', onKeyDown)
    return () => {
      window.removeEventListener('keydown', onKeyDown)
    }
  }, [count, stepScale])

  const close = () => {
    closeProjector(routeHref({ name: 'theme2', workshopId, groupId }))
  }

  const height = size.height || window.innerHeight
  let body: ReactNode
  if (status === 'missing' || (status === 'ready' && doc && !boardId)) {
    body = (
      <p className="pj-message" role="alert">
        {text.missing}
      </p>
    )
  } else if (!doc || !group) {
    body = <p className="pj-message">{text.loading}</p>
  } else if (!topic) {
    body = <p className="pj-message">{text.noTopics}</p>
  } else {
    const worksheet = sheet ? buildWorksheet(doc, topic.id) : null
    body = worksheet ? (
      <Theme2WorksheetSummary sheet={worksheet} text={text} />
    ) : (
      <Theme2MapSummary doc={doc} topic={topic} text={text} />
    )
  }

  const percent = Math.round(scale * 100)
  return (
    <div
      className="pj-root pj2-root"
      ref={rootRef}
      data-testid="theme2-projector"
      data-view={sheet ? 'sheet' : 'map'}
      style={{ fontSize: Math.max(14, Math.round(height * TEXT_SHARE * scale)) }}
    >
      <header className="pj-header">
        <div className="pj-header__titles">
          <h1 className="pj-header__group">{group?.name}</h1>
          {themeTitle && (
            <p className="pj-header__theme">
              <span className="pj-header__theme-label">{text.theme2}</span>
              {themeTitle}
            </p>
          )}
        </div>
        <div
          className="pj-toolbar"
          role="toolbar"
          aria-label={common.toolbar}
          title={text.keysHelp}
        >
          <div className="pj-toolbar__group" role="group" aria-label={common.fontSize(percent)}>
            <button
              type="button"
              className="pj-button"
              onClick={() => {
                stepScale(-1)
              }}
              aria-label={`${common.smaller} ${common.fontSize(percent)}`}
              aria-keyshortcuts="-"
              title="−"
            >
              {common.smaller}
            </button>
            <span className="pj-toolbar__value" aria-live="polite">
              {percent}%
            </span>
            <button
              type="button"
              className="pj-button"
              onClick={() => {
                stepScale(1)
              }}
              aria-label={`${common.larger} ${common.fontSize(percent)}`}
              aria-keyshortcuts="+"
              title="＋"
            >
              {common.larger}
            </button>
          </div>
          <button
            type="button"
            className="pj-button"
            aria-pressed={sheet}
            aria-keyshortcuts="W"
            title="W"
            onClick={() => {
              setSheet((s) => !s)
            }}
          >
            {sheet ? text.showMap : text.showSheet}
          </button>
          <button
            type="button"
            className="pj-button"
            onClick={toggleFullScreen}
            aria-keyshortcuts="F"
            title="F"
          >
            {common.fullScreen}
          </button>
          <button type="button" className="pj-button" onClick={close}>
            {common.close}
          </button>
        </div>
      </header>
      {topics.length > 0 && (
        <nav className="pj2-topics" aria-label={text.topics}>
          <span className="pj2-topics__count" data-testid="pj2-topic-count">
            {text.topicOf(index + 1, topics.length)}
          </span>
          {topics.map((t, i) => (
            <button
              key={t.id}
              type="button"
              className="pj2-topics__tab"
              aria-current={i === index ? 'true' : undefined}
              aria-keyshortcuts={i < 9 ? String(i + 1) : undefined}
              onClick={() => {
                setPicked(i)
              }}
            >
              {i < 9 && <span className="pj-key">{i + 1}</span>}
              {doc ? tabLabel(doc, t) : t.label}
            </button>
          ))}
        </nav>
      )}
      <main className="pj-main pj2-main">{body}</main>
    </div>
  )
}

/** A topic's tab: its label (「看取り（自宅）」), else the start of its テーマ. */
function tabLabel(doc: WorkshopDoc, topic: Topic): string {
  if (topic.label.trim()) return topic.label
  const title = topicView(doc, topic).title.trim()
  return title.length > 14 ? `${title.slice(0, 13)}…` : title
}
