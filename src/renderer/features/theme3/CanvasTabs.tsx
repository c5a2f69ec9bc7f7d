import { useState } from 'react'
import { useShallow } from 'zustand/react/shallow'
import { createCanvas } from '../../../shared/theme3/canvasOps'
import { canvasView, liveCanvas } from '../../../shared/theme3/theme3Queries'
import { useWorkshopStore } from '../../session/appServices'
import { useT } from '../../i18n/useT'
import { ThemeTabs } from '../../shell/ThemeTabs'
import { ToggleButton } from '../../ui/ToggleButton'
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

  const tabs = canvasIds.map((id, i) => {
    const text = shown[i * 2] || t.theme3UntitledCanvas
    const source = shown[i * 2 + 1] ?? 'typed'
    const gone = source === 'topicDeleted' || source === 'topicMissing'
    return {
      id,
      text,
      title: gone ? `${text}（${t.theme3TopicDeletedMark}）` : text,
      mark: gone ? <span className="t3-tab__gone">{t.theme3TopicDeletedMark}</span> : null,
      data: { 'data-canvas-tab': id },
    }
  })

  return (
    <ThemeTabs
      label={t.theme3Canvases}
      classes={{ bar: 't3-tabs', row: 't3-tabs__row', tab: 't3-tab' }}
      tabs={tabs}
      currentId={canvasId}
      onSelect={onSelect}
      tools={
        <>
          <ToggleButton
            on={adding === 'topic'}
            onToggle={() => {
              toggle('topic')
            }}
          >
            {t.theme3FromTopic}
          </ToggleButton>
          <ToggleButton
            on={adding === 'typed'}
            onToggle={() => {
              toggle('typed')
            }}
          >
            ＋ {t.theme3NewCanvas}
          </ToggleButton>
        </>
      }
    >
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
    </ThemeTabs>
  )
}
