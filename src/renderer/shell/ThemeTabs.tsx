import type { ReactNode } from 'react'

/** One tab: a topic (テーマ2) or a canvas (テーマ3). */
export interface ThemeTab {
  id: string
  text: string
  title: string
  /** Before the text (a タネ's mark). */
  icon?: ReactNode
  /** After the text (「削除済み」). */
  mark?: ReactNode
  /** Data attributes for the tests and the keyboard (data-canvas-tab). */
  data?: Record<`data-${string}`, string>
}

interface ThemeTabsProps {
  label: string
  /** The section's class, its row's, and a tab's (the text inside is `${tab}__text`). */
  classes: { bar: string; row: string; tab: string }
  tabs: readonly ThemeTab[]
  currentId: string | null
  onSelect: (id: string) => void
  /** At the end of the row: the ways to add one. */
  tools: ReactNode
  /** Under the row: what adds one (a picker, a field), or the empty board's hint. */
  children?: ReactNode
}

/** The records a theme board works on one at a time, as tabs, with the ways to add one. */
export function ThemeTabs({
  label,
  classes,
  tabs,
  currentId,
  onSelect,
  tools,
  children,
}: ThemeTabsProps) {
  return (
    <section className={classes.bar} aria-label={label}>
      <div className={classes.row}>
        {tabs.map((tab) => (
          <button
            key={tab.id}
            type="button"
            className={tab.id === currentId ? `${classes.tab} is-current` : classes.tab}
            aria-current={tab.id === currentId ? 'true' : undefined}
            title={tab.title}
            {...tab.data}
            onClick={() => {
              onSelect(tab.id)
            }}
          >
            {tab.icon}
            <span className={`${classes.tab}__text`}>{tab.text}</span>
            {tab.mark}
          </button>
        ))}
        <span className={`${classes.bar}__spacer`} />
        {tools}
      </div>
      {children}
    </section>
  )
}

/** The record a tab bar shows: the one picked while it exists, else the first. */
export function shownTab(ids: readonly string[], picked: string | null): string | null {
  return picked !== null && ids.includes(picked) ? picked : (ids[0] ?? null)
}
