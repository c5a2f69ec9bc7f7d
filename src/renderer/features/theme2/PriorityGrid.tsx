import {
  useId,
  useRef,
  useState,
  type KeyboardEvent,
  type PointerEvent,
  type ReactNode,
} from 'react'
import type { GridPoint } from '../../../shared/model/schemas'
import { useT } from '../../i18n/useT'
import { isComposing } from '../../ui/keyboard'
import { useTheme2 } from './Theme2Context'

export interface GridItem {
  id: string
  text: string
  grid: GridPoint | null
  /** Shown under the text, e.g. 「3票」 or 「採用」 (always text, never colour alone). */
  badge?: string
  marked?: boolean
}

interface PriorityGridProps {
  /** Accessible name of the grid, e.g. 優先度のマップ. */
  label: string
  xLabel: string
  yLabel: string
  items: readonly GridItem[]
  /** Places an item (x, y in [0, 1], y upwards) or takes it off (null). */
  onPlace: (id: string, point: GridPoint | null) => void
  /**
   * Keyboard: dx, dy steps (an unplaced item lands on the free spot nearest the middle).
   * Returns where the item is now, or null when nothing changed.
   */
  onNudge: (id: string, dx: number, dy: number) => GridPoint | null
  /** What a marked item is: the main cause, or a chosen countermeasure. */
  kind: 'causes' | 'measures'
  /** Under the items not placed yet, beside the square: the step's other work. */
  side?: ReactNode
}

interface Drag {
  id: string
  pointerId: number
  startX: number
  startY: number
  moved: boolean
  /** Where it would land, or null outside the square. */
  point: GridPoint | null
}

const ARROWS: Record<string, [number, number]> = {
  ArrowLeft: [-1, 0],
  ArrowRight: [1, 0],
  ArrowUp: [0, 1],
  ArrowDown: [0, -1],
}

const pct = (v: number) => `${String(Math.round(v * 100))}%`

/**
 * A square with two axes (x to the right, y upwards) and the items not placed yet beside it.
 * Pointer: drag an item onto the square. Keyboard: Enter on an unplaced item puts it on the free
 * spot nearest the middle; arrow keys move a placed one (Shift: 4 steps), Delete takes it off.
 * Announced. A card shows its whole text (wrapping; a very long one is cut after a few lines and
 * shown whole on hover and focus, and always whole to a screen reader).
 */
export function PriorityGrid({
  label,
  xLabel,
  yLabel,
  items,
  onPlace,
  onNudge,
  kind,
  side,
}: PriorityGridProps) {
  const t = useT()
  const { announce } = useTheme2()
  const square = useRef<HTMLDivElement>(null)
  const [drag, setDrag] = useState<Drag | null>(null)
  const hintId = useId()
  const placed = items.filter((i) => i.grid !== null)
  const unplaced = items.filter((i) => i.grid === null)
  const describe = (text: string, p: GridPoint) =>
    t.theme2Moved(text, `${xLabel} ${pct(p.x)}`, `${yLabel} ${pct(p.y)}`)

  const focusItem = (id: string) => {
    requestAnimationFrame(() => {
      square.current?.querySelector<HTMLElement>(`[data-grid-item="${id}"]`)?.focus()
    })
  }

  const pointAt = (clientX: number, clientY: number): GridPoint | null => {
    const rect = square.current?.getBoundingClientRect()
    if (!rect || rect.width === 0 || rect.height === 0) return null
    const x = (clientX - rect.left) / rect.width
    const y = 1 - (clientY - rect.top) / rect.height
    return x < 0 || x > 1 || y < 0 || y > 1 ? null : { x, y }
  }

  const pointer = {
    onPointerDown: (event: PointerEvent<HTMLButtonElement>, id: string) => {
      if (event.button !== 0) return
      event.currentTarget.setPointerCapture(event.pointerId)
      const start = { startX: event.clientX, startY: event.clientY }
      setDrag({ id, pointerId: event.pointerId, ...start, moved: false, point: null })
    },
    onPointerMove: (event: PointerEvent<HTMLButtonElement>) => {
      if (drag?.pointerId !== event.pointerId) return
      const moved =
        drag.moved || Math.hypot(event.clientX - drag.startX, event.clientY - drag.startY) > 4
      setDrag({ ...drag, moved, point: moved ? pointAt(event.clientX, event.clientY) : null })
    },
    onPointerUp: (event: PointerEvent<HTMLButtonElement>) => {
      if (drag?.pointerId !== event.pointerId) return
      setDrag(null)
      const point = drag.moved ? pointAt(event.clientX, event.clientY) : null
      const item = items.find((i) => i.id === drag.id)
      if (!point || !item) return
      onPlace(drag.id, point)
      announce(describe(item.text, point))
      focusItem(drag.id)
    },
    onPointerCancel: () => {
      setDrag(null)
    },
  }

  const handleKey = (event: KeyboardEvent<HTMLButtonElement>, item: GridItem) => {
    if (isComposing(event)) return
    if (item.grid === null) {
      if (event.key !== 'Enter' && event.key !== ' ') return
      event.preventDefault()
      const spot = onNudge(item.id, 0, 0)
      if (spot) {
        announce(
          t.theme2PlacedAt(item.text, `${xLabel} ${pct(spot.x)}`, `${yLabel} ${pct(spot.y)}`),
        )
      }
      focusItem(item.id)
      return
    }
    const arrow = ARROWS[event.key]
    if (arrow) {
      event.preventDefault()
      const step = event.shiftKey ? 4 : 1
      const next = onNudge(item.id, arrow[0] * step, arrow[1] * step)
      if (next) announce(describe(item.text, next))
    } else if (event.key === 'Delete' || event.key === 'Backspace') {
      event.preventDefault()
      onPlace(item.id, null)
      announce(t.theme2Unplaced1(item.text))
    }
  }

  const chip = (item: GridItem, where: 'grid' | 'list') => (
    <button
      key={item.id}
      type="button"
      className={[
        't2-chip',
        item.marked ? 't2-chip--marked' : '',
        drag?.id === item.id && drag.moved ? 'is-dragging' : '',
      ].join(' ')}
      style={
        where === 'grid' && item.grid
          ? { left: pct(item.grid.x), bottom: pct(item.grid.y) }
          : undefined
      }
      data-grid-item={where === 'grid' ? item.id : undefined}
      data-unplaced-item={where === 'list' ? item.id : undefined}
      aria-label={
        item.grid
          ? `${item.text}（${xLabel} ${pct(item.grid.x)}、${yLabel} ${pct(item.grid.y)}）`
          : item.text
      }
      title={item.text}
      aria-describedby={hintId}
      onPointerDown={(event) => {
        pointer.onPointerDown(event, item.id)
      }}
      onPointerMove={pointer.onPointerMove}
      onPointerUp={pointer.onPointerUp}
      onPointerCancel={pointer.onPointerCancel}
      onKeyDown={(event) => {
        handleKey(event, item)
      }}
    >
      <span className="t2-chip__text">{item.text || t.boardEmptyNote}</span>
      {item.badge ? <span className="t2-chip__badge">{item.badge}</span> : null}
    </button>
  )

  const ghost = drag?.moved && drag.point ? items.find((i) => i.id === drag.id) : undefined
  return (
    <div className={`t2-grid t2-grid--${kind}`} role="group" aria-label={label}>
      <p id={hintId} className="t2-hint">
        {t.theme2GridHint}
      </p>
      <div className="t2-grid__body">
        <div className="t2-grid__plot">
          <span className="t2-grid__y">{t.theme2AxisHigh(yLabel)} ↑</span>
          <div ref={square} className={ghost ? 't2-grid__square is-target' : 't2-grid__square'}>
            <span className="t2-grid__mid-x" aria-hidden="true" />
            <span className="t2-grid__mid-y" aria-hidden="true" />
            {placed.map((item) => chip(item, 'grid'))}
            {ghost && drag?.point ? (
              <span
                className="t2-chip t2-chip--ghost"
                style={{ left: pct(drag.point.x), bottom: pct(drag.point.y) }}
                aria-hidden="true"
              >
                {ghost.text}
              </span>
            ) : null}
          </div>
          <span className="t2-grid__x">→ {t.theme2AxisHigh(xLabel)}</span>
        </div>
        <div className="t2-grid__side">
          <h3 className="t2-grid__side-title">{t.theme2Unplaced}</h3>
          {unplaced.length === 0 ? <p className="t2-empty">{t.theme2UnplacedEmpty}</p> : null}
          <div className="t2-grid__unplaced">{unplaced.map((item) => chip(item, 'list'))}</div>
          {side}
        </div>
      </div>
    </div>
  )
}
