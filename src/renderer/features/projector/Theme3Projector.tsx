import '../../styles/projector.css'
import '../../styles/theme3Projector.css'
import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react'
import { boardOf } from '../../../shared/ops/groupOps'
import { cardFor, cardTitleLine } from '../../../shared/templates/themeCards'
import { boardCanvases, canvasView } from '../../../shared/theme3/theme3Queries'
import { useWorkshopStore } from '../../session/appServices'
import { routeHref } from '../../navigation/useRoute'
import { useLang, useT } from '../../i18n/useT'
import { useFontScale } from './fontScale'
import { PROJECTOR_TEXT } from './projectorText'
import { theme3ProjectorKeyAction, type Theme3ProjectorView } from './theme3ProjectorKeys'
import { Theme3ProjectorBrief } from './Theme3ProjectorBrief'
import { Theme3ProjectorCanvas } from './Theme3ProjectorCanvas'
import { Theme3ProjectorQa } from './Theme3ProjectorQa'
import { Theme3ProjectorToolbar } from './Theme3ProjectorToolbar'
import { useElementSize } from './useElementSize'
import { toggleFullScreen, useFollowedWorkshop } from '../../shell/useFollowedWorkshop'
import { closeProjector } from '../../shell/closeProjector'

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
  const doc = useWorkshopStore((s) => s.doc)
  const status = useWorkshopStore((s) => s.status)
  const t = useT()
  const lang = useLang()
  const common = PROJECTOR_TEXT[lang]
  const [scale, stepScale] = useFontScale()
  const [picked, setPicked] = useState(0)
  const [view, setView] = useState<Theme3ProjectorView>('canvas')
  const rootRef = useRef<HTMLDivElement>(null)
  const size = useElementSize(rootRef)

  useFollowedWorkshop(workshopId)

  const group = doc?.groups[groupId]
  const boardId = doc && group && !group.deletedAt ? boardOf(doc, groupId, 'theme3')?.id : undefined
  const canvases = useMemo(
    () => (doc && boardId ? boardCanvases(doc, boardId).map((c) => canvasView(doc, c)) : []),
    [doc, boardId],
  )
  const index = Math.min(picked, Math.max(0, canvases.length - 1))
  const current = canvases[index]
  const variant = doc?.workshop.variant
  const themeTitle = useMemo(
    () => (variant ? cardTitleLine(cardFor(variant, 'theme3')) : ''),
    [variant],
  )

  useEffect(() => {
    if (group) document.title = `${group.name} ${t.t3pjTheme3} – ${t.appName}`
  }, [group, t])

  const count = canvases.length
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented) return
      const action = theme3ProjectorKeyAction(event, count)
      if (!action) return
      event.preventDefault()
      switch (action.type) {
        case 'canvas':
          setPicked(action.index)
          break
        case 'step':
          setPicked((p) => Math.min(Math.max(0, count - 1), Math.max(0, p + action.direction)))
          break
        case 'view':
          setView(action.view)
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
    closeProjector(routeHref({ name: 'theme3', workshopId, groupId }))
  }

  const height = size.height || window.innerHeight
  const fitKey = `${String(size.width)}x${String(height)}@${String(scale)}`
  let body: ReactNode
  if (status === 'missing' || (status === 'ready' && doc && !boardId)) {
    body = (
      <p className="pj-message" role="alert">
        {t.t3pjMissing}
      </p>
    )
  } else if (!doc || !group) {
    body = <p className="pj-message">{t.t3pjLoading}</p>
  } else if (!current) {
    body = <p className="pj-message">{t.t3pjNoCanvas}</p>
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
    <div
      className="pj-root pj3-root"
      ref={rootRef}
      data-testid="theme3-projector"
      data-view={view}
      style={{ fontSize: Math.max(14, Math.round(height * TEXT_SHARE * scale)) }}
    >
      <header className="pj-header">
        <div className="pj-header__titles">
          <h1 className="pj-header__group">{group?.name}</h1>
          {themeTitle && (
            <p className="pj-header__theme">
              <span className="pj-header__theme-label">{t.t3pjTheme3}</span>
              {themeTitle}
            </p>
          )}
        </div>
        <Theme3ProjectorToolbar
          common={common}
          scale={scale}
          view={view}
          onScale={stepScale}
          onView={setView}
          onClose={close}
        />
      </header>
      {canvases.length > 1 && (
        <nav className="pj2-topics" aria-label={t.t3pjCanvases}>
          <span className="pj2-topics__count" data-testid="pj3-canvas-count">
            {t.t3pjCanvasOf(index + 1, canvases.length)}
          </span>
          {canvases.map((c, i) => (
            <button
              key={c.canvas.id}
              type="button"
              className="pj2-topics__tab"
              aria-current={i === index ? 'true' : undefined}
              aria-keyshortcuts={i < 9 ? String(i + 1) : undefined}
              onClick={() => {
                setPicked(i)
              }}
            >
              {i < 9 && <span className="pj-key">{i + 1}</span>}
              {c.title.length > TAB_CHARS ? `${c.title.slice(0, TAB_CHARS - 1)}…` : c.title}
            </button>
          ))}
        </nav>
      )}
      <main className="pj-main pj3-main">{body}</main>
    </div>
  )
}
