import { useState } from 'react'
import { useShallow } from 'zustand/react/shallow'
import { createCanvas } from '../../../shared/theme3/canvasOps'
import { canvasView, liveCanvas } from '../../../shared/theme3/theme3Queries'
import { useWorkshopStore } from '../../session/appServices'
import { useT } from '../../i18n/useT'
import { CanvasCapture } from './CanvasCapture'
import { TopicPicker } from './TopicPicker'
import { useTheme3 } from './Theme3Context'

interface CanvasTabsProps {
  canvasIds: readonly string[]
  canvasId: string | null
  onSelect: (canvasId: string) => void
}

type Adding = 'topic' | 'typed' | null

/**
 * The board's canvases as tabs (one per 地域課題; a linked one shows its テーマ2 topic live, marked
 * when the topic was deleted there), and the two ways to add one: from テーマ2, or typed.
 */
export function CanvasTabs({ canvasIds, canvasId, onSelect }: CanvasTabsProps) {
  const t = useT()
  const { boardId, apply } = useTheme3()
  const [adding, setAdding] = useState<Adding>(canvasIds.length === 0 ? 'topic' : null)
  // Flat strings (title, source) so that useShallow can compare them.
  const shown = useWorkshopStore(
    useShallow((s) =>
      canvasIds.flatMap((id) => {
        const canvas = s.doc ? liveCanvas(s.doc, id) : undefined
        if (!s.doc || !canvas) return ['', 'typed']
        const view = canvasView(s.doc, canvas)
        return [view.title, view.source]
      }),
    ),
  )

  const toggle = (mode: Adding) => {
    setAdding((old) => (old === mode ? null : mode))
  }
  const addTyped = (text: string) => {
    const id = apply((doc, ctx) => createCanvas(doc, boardId, text, ctx))[0]?.id
    if (!id) return false
    onSelect(id)
    setAdding(null)
    return true
  }

  return (
    <section className="t3-tabs" aria-label={t.theme3Canvases}>
      <div className="t3-tabs__row">
        {canvasIds.map((id, i) => {
          const text = shown[i * 2] || t.theme3UntitledCanvas
          const source = shown[i * 2 + 1] ?? 'typed'
          const gone = source === 'topicDeleted' || source === 'topicMissing'
          return (
            <button
              key={id}
              type="button"
              className={id === canvasId ? 't3-tab is-current' : 't3-tab'}
              aria-current={id === canvasId ? 'true' : undefined}
              title={gone ? `${text}（${t.theme3TopicDeletedMark}）` : text}
              data-canvas-tab={id}
              onClick={() => {
                onSelect(id)
              }}
            >
              <span className="t3-tab__text">{text}</span>
              {gone ? <span className="t3-tab__gone">{t.theme3TopicDeletedMark}</span> : null}
            </button>
          )
        })}
        <span className="t3-tabs__spacer" />
        <button
          type="button"
          className={adding === 'topic' ? 'button button--small is-on' : 'button button--small'}
          aria-expanded={adding === 'topic'}
          onClick={() => {
            toggle('topic')
          }}
        >
          {t.theme3FromTopic}
        </button>
        <button
          type="button"
          className={adding === 'typed' ? 'button button--small is-on' : 'button button--small'}
          aria-expanded={adding === 'typed'}
          onClick={() => {
            toggle('typed')
          }}
        >
          ＋ {t.theme3NewCanvas}
        </button>
      </div>
      {adding === 'topic' ? (
        <TopicPicker
          onPicked={(id) => {
            onSelect(id)
            setAdding(null)
          }}
        />
      ) : null}
      {adding === 'typed' ? (
        <CanvasCapture
          label={t.theme3NewCanvasLabel}
          placeholder={t.theme3NewCanvasPlaceholder}
          onSubmit={addTyped}
          onEscape={() => {
            setAdding(null)
          }}
          autoFocus
          name="canvas"
          className="t3-new-canvas"
        />
      ) : null}
    </section>
  )
}
