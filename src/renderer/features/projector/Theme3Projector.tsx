import '../../styles/projector.css'
import '../../styles/theme3Projector.css'
import { useEffect, useMemo, useState, type ReactNode } from 'react'
import { boardCanvases, canvasView } from '../../../shared/theme3/theme3Queries'
import { routeHref } from '../../navigation/useRoute'
import { useLang, useT } from '../../i18n/useT'
import { PROJECTOR_TEXT } from './projectorText'
import { theme3ProjectorKeyAction, type Theme3ProjectorView } from './theme3ProjectorKeys'
import { Theme3ProjectorBrief } from './Theme3ProjectorBrief'
import { Theme3ProjectorCanvas } from './Theme3ProjectorCanvas'
import { Theme3ProjectorQa } from './Theme3ProjectorQa'
import { Theme3ProjectorViews } from './Theme3ProjectorViews'
import { ProjectorFrame, ProjectorMessage, ProjectorPages } from '../../shell/ProjectorFrame'
import { runPagedFrameAction, useKeyActions } from '../../shell/projectorKeys'
import { useProjectedBoard } from '../../shell/useProjectedBoard'

interface Theme3ProjectorProps {
  workshopId: string
  groupId: string
}

/** Body text: this share of the screen height (32px at 1080), times the chosen size. */
const TEXT_SHARE = 0.03
const TAB_CHARS = 14

/**
 * 投影 of テーマ3: one 地域課題 of a group at a time for the room, read-only. The 地域課題, then
 * its canvas (①事実・情報 ②そこから考えられること ③補足する情報・資料 ④伝え方・共有の方法, references
 * with their live text and a テーマ1/テーマ2 badge), or Q for the questions and answers, or B for the
 * 伝達シート. ←/→ or 1–9 switch canvases, F full screen, + / − the text. Edits made in another
 * window appear within a second (crossWindowSync); nothing is ever written.
 */
export function Theme3Projector({ workshopId, groupId }: Theme3ProjectorProps) {
  const board = useProjectedBoard(workshopId, groupId, 'theme3')
  const { doc, status, group, boardId, scale, stepScale, size, height } = board
  const t = useT()
  const lang = useLang()
  const common = PROJECTOR_TEXT[lang]
  const [picked, setPicked] = useState(0)
  const [view, setView] = useState<Theme3ProjectorView>('canvas')
  const canvases = useMemo(
    () => (doc && boardId ? boardCanvases(doc, boardId).map((c) => canvasView(doc, c)) : []),
    [doc, boardId],
  )
  const index = Math.min(picked, Math.max(0, canvases.length - 1))
  const current = canvases[index]

  useEffect(() => {
    if (group) document.title = `${group.name} ${t.t3pjTheme3} – ${t.appName}`
  }, [group, t])

  const count = canvases.length
  useKeyActions(
    (event) => theme3ProjectorKeyAction(event, count),
    (action) => {
      if (action.type === 'canvas') setPicked(action.index)
      else if (action.type === 'view') setView(action.view)
      else runPagedFrameAction(action, { count, setPicked, stepScale })
    },
  )

  const fitKey = `${String(size.width)}x${String(height)}@${String(scale)}`
  let body: ReactNode
  if (status === 'missing' || (status === 'ready' && doc && !boardId)) {
    body = <ProjectorMessage alert>{t.t3pjMissing}</ProjectorMessage>
  } else if (!doc || !group) {
    body = <ProjectorMessage>{t.t3pjLoading}</ProjectorMessage>
  } else if (!current) {
    body = <ProjectorMessage>{t.t3pjNoCanvas}</ProjectorMessage>
  } else {
    const canvasId = current.canvas.id
    body = (
      <>
        <section className="pj3-issue" aria-label={t.t3pjIssue}>
          <span className="pj3-issue__label">{t.t3pjIssue}</span>
          <p className="pj3-issue__title" data-testid="pj3-issue">
            {current.title.trim() === '' ? t.briefUntitled : current.title}
          </p>
        </section>
        {view === 'qa' ? (
          <Theme3ProjectorQa doc={doc} canvasId={canvasId} fitKey={fitKey} />
        ) : view === 'brief' ? (
          <Theme3ProjectorBrief doc={doc} canvasId={canvasId} lang={lang} fitKey={fitKey} />
        ) : (
          <Theme3ProjectorCanvas
            doc={doc}
            view={current}
            groupId={groupId}
            lang={lang}
            fitKey={fitKey}
          />
        )}
      </>
    )
  }

  return (
    <ProjectorFrame
      board={board}
      className="pj-root pj3-root"
      testId="theme3-projector"
      data={{ 'data-view': view }}
      fontSize={Math.max(14, Math.round(height * TEXT_SHARE * scale))}
      heading={group?.name}
      themeLabel={t.t3pjTheme3}
      text={common}
      keysHelp={t.t3pjKeysHelp}
      tools={<Theme3ProjectorViews view={view} onView={setView} />}
      closeTo={routeHref({ name: 'theme3', workshopId, groupId })}
      nav={
        canvases.length > 1 && (
          <ProjectorPages
            label={t.t3pjCanvases}
            count={t.t3pjCanvasOf(index + 1, canvases.length)}
            countTestId="pj3-canvas-count"
            pages={canvases.map((c) => ({
              id: c.canvas.id,
              label: c.title.length > TAB_CHARS ? `${c.title.slice(0, TAB_CHARS - 1)}…` : c.title,
            }))}
            index={index}
            onPick={setPicked}
          />
        )
      }
      mainClassName="pj-main pj3-main"
    >
      {body}
    </ProjectorFrame>
  )
}
