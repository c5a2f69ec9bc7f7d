import { useDroppable } from '@dnd-kit/core'
import type { ReactNode } from 'react'

interface SeatingColumnProps {
  /** 'pool' or a group's id. */
  id: string
  title: string
  count: string
  targeted: boolean
  className?: string
  /** Under the title: balance badges, 「なぜこのグループ？」. */
  extra?: ReactNode
  empty: string
  items: { key: string; node: ReactNode }[]
}

/** The pool or one group: a drop target for the pointer drag and the keyboard move. */
export function SeatingColumn({
  id,
  title,
  count,
  targeted,
  className,
  extra,
  empty,
  items,
}: SeatingColumnProps) {
  const { setNodeRef, isOver } = useDroppable({ id })
  return (
    <section
      ref={setNodeRef}
      className={['seating-col', className ?? '', targeted || isOver ? 'seating-col--target' : '']
        .join(' ')
        .trim()}
      aria-label={title}
      data-seat-id={id}
    >
      <header className="seating-col__header">
        <h3 className="seating-col__title">{title}</h3>
        <span className="count-badge">{count}</span>
      </header>
      {extra}
      {items.length === 0 ? (
        <p className="empty-hint seating-col__empty">{empty}</p>
      ) : (
        <ul className="seating-col__people">
          {items.map((item) => (
            <li key={item.key}>{item.node}</li>
          ))}
        </ul>
      )}
    </section>
  )
}
