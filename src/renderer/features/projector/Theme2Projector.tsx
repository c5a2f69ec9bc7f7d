import '../../styles/projector.css'
import { useEffect, useMemo, useState, type ReactNode } from 'react'
import type { Topic } from '../../../shared/model/schemas'
import type { WorkshopDoc } from '../../../shared/model/workshopDoc'
import { boardTopics, topicView } from '../../../shared/theme2/theme2Queries'
import { buildWorksheet } from '../../../shared/theme2/worksheet'
import { routeHref } from '../../navigation/useRoute'
import { useLang } from '../../i18n/useT'
import { PROJECTOR_TEXT } from './projectorText'
import { Theme2MapSummary, Theme2WorksheetSummary } from './Theme2ProjectorSheets'
import { THEME2_PROJECTOR_TEXT, theme2ProjectorKeyAction } from './theme2ProjectorText'
import { ProjectorFrame, ProjectorMessage, ProjectorPages } from '../../shell/ProjectorFrame'
import { runPagedFrameAction, useKeyActions } from '../../shell/projectorKeys'
import { useProjectedBoard } from '../../shell/useProjectedBoard'

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
  const board = useProjectedBoard(workshopId, groupId, 'theme2')
  const { doc, status, group, boardId, scale, stepScale, height } = board
  const lang = useLang()
  const text = THEME2_PROJECTOR_TEXT[lang]
  const common = PROJECTOR_TEXT[lang]
  const [picked, setPicked] = useState(0)
  const [sheet, setSheet] = useState(false)
  const topics = useMemo(() => (doc && boardId ? boardTopics(doc, boardId) : []), [doc, boardId])
  const index = Math.min(picked, Math.max(0, topics.length - 1))
  const topic = topics[index]

  useEffect(() => {
    if (group) document.title = `${group.name} ${text.theme2} – タネボード`
  }, [group, text])

  const count = topics.length
  useKeyActions(
    (event) => theme2ProjectorKeyAction(event, count),
    (action) => {
      if (action.type === 'topic') setPicked(action.index)
      else if (action.type === 'sheet') setSheet((s) => !s)
      else runPagedFrameAction(action, { count, setPicked, stepScale })
    },
  )

  let body: ReactNode
  if (status === 'missing' || (status === 'ready' && doc && !boardId)) {
    body = <ProjectorMessage alert>{text.missing}</ProjectorMessage>
  } else if (!doc || !group) {
    body = <ProjectorMessage>{text.loading}</ProjectorMessage>
  } else if (!topic) {
    body = <ProjectorMessage>{text.noTopics}</ProjectorMessage>
  } else {
    const worksheet = sheet ? buildWorksheet(doc, topic.id) : null
    body = worksheet ? (
      <Theme2WorksheetSummary sheet={worksheet} text={text} />
    ) : (
      <Theme2MapSummary doc={doc} topic={topic} text={text} />
    )
  }

  return (
    <ProjectorFrame
      board={board}
      className="pj-root pj2-root"
      testId="theme2-projector"
      data={{ 'data-view': sheet ? 'sheet' : 'map' }}
      fontSize={Math.max(14, Math.round(height * TEXT_SHARE * scale))}
      heading={group?.name}
      themeLabel={text.theme2}
      text={common}
      keysHelp={text.keysHelp}
      tools={
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
      }
      closeTo={routeHref({ name: 'theme2', workshopId, groupId })}
      nav={
        topics.length > 0 && (
          <ProjectorPages
            label={text.topics}
            count={text.topicOf(index + 1, topics.length)}
            countTestId="pj2-topic-count"
            pages={topics.map((t) => ({ id: t.id, label: doc ? tabLabel(doc, t) : t.label }))}
            index={index}
            onPick={setPicked}
          />
        )
      }
      mainClassName="pj-main pj2-main"
    >
      {body}
    </ProjectorFrame>
  )
}

/** A topic's tab: its label (「看取り（自宅）」), else the start of its テーマ. */
function tabLabel(doc: WorkshopDoc, topic: Topic): string {
  if (topic.label.trim()) return topic.label
  const title = topicView(doc, topic).title.trim()
  return title.length > 14 ? `${title.slice(0, 13)}…` : title
}
