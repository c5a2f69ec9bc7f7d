import { useState } from 'react'
import { useShallow } from 'zustand/react/shallow'
import { applyTrial2Preset, createTopic } from '../../../shared/theme2/topicOps'
import { liveTopic } from '../../../shared/theme2/theme2Edit'
import { topicView } from '../../../shared/theme2/theme2Queries'
import { useWorkshopStore } from '../../session/appServices'
import { useT } from '../../i18n/useT'
import { CaptureInput } from './CaptureInput'
import { TanePicker } from './TanePicker'
import { useTheme2 } from './Theme2Context'
import { ThemeTabs } from '../../shell/ThemeTabs'
import { TaneIcon } from '../../ui/TaneIcon'
import { ToggleButton } from '../../ui/ToggleButton'

interface TopicBarProps {
  topicIds: readonly string[]
  topicId: string | null
  onSelect: (topicId: string) => void
}

type Adding = 'tane' | 'typed' | null

/** The board's topics as tabs, and the ways to add one: a タネ, typed, the 試行② preset. */
export function TopicBar({ topicIds, topicId, onSelect }: TopicBarProps) {
  const t = useT()
  const { boardId, apply } = useTheme2()
  const [adding, setAdding] = useState<Adding>(topicIds.length === 0 ? 'tane' : null)
  const halfDay = useWorkshopStore((s) => s.doc?.workshop.variant === 'halfDay')
  // Flat strings (label + title, and a タネ flag) so that useShallow can compare them.
  const shown = useWorkshopStore(
    useShallow((s) =>
      topicIds.flatMap((id) => {
        const topic = s.doc ? liveTopic(s.doc, id) : undefined
        if (!s.doc || !topic) return ['', '']
        const view = topicView(s.doc, topic)
        return [[topic.label, view.title].filter(Boolean).join(' '), view.source]
      }),
    ),
  )

  const toggle = (mode: Adding) => {
    setAdding((old) => (old === mode ? null : mode))
  }

  const addTyped = (text: string) => {
    const changed = apply((doc, ctx) => createTopic(doc, boardId, text, ctx))
    const id = changed[0]?.id
    if (id) {
      onSelect(id)
      setAdding(null)
    }
    return changed.length > 0
  }

  const tabs = topicIds.map((id, i) => {
    const text = shown[i * 2] || t.theme2UntitledTopic
    const tane = (shown[i * 2 + 1] ?? 'typed') !== 'typed'
    return { id, text, title: text, icon: tane ? <TaneIcon /> : null }
  })

  return (
    <ThemeTabs
      label={t.theme2Topics}
      classes={{ bar: 't2-topics', row: 't2-topics__tabs', tab: 't2-topic-tab' }}
      tabs={tabs}
      currentId={topicId}
      onSelect={onSelect}
      tools={
        <>
          <ToggleButton
            on={adding === 'tane'}
            onToggle={() => {
              toggle('tane')
            }}
          >
            {t.theme2FromTane}
          </ToggleButton>
          <ToggleButton
            on={adding === 'typed'}
            onToggle={() => {
              toggle('typed')
            }}
          >
            {t.theme2NewTopic}
          </ToggleButton>
          {halfDay ? (
            <button
              type="button"
              className="button button--small"
              title={t.theme2PresetHint}
              onClick={() => {
                if (apply((doc, ctx) => applyTrial2Preset(doc, boardId, ctx)).length > 0) {
                  setAdding(null)
                }
              }}
            >
              {t.theme2Preset}
            </button>
          ) : null}
        </>
      }
    >
      {topicIds.length === 0 && adding === null ? (
        <p className="t2-empty">{t.theme2TopicsEmpty}</p>
      ) : null}
      {adding === 'tane' ? (
        <TanePicker
          onPicked={(id) => {
            onSelect(id)
            setAdding(null)
          }}
        />
      ) : null}
      {adding === 'typed' ? (
        <CaptureInput
          label={t.theme2NewTopicLabel}
          placeholder={t.theme2NewTopicLabel}
          onSubmit={addTyped}
          onEscape={() => {
            setAdding(null)
          }}
          autoFocus
          name="topic"
        />
      ) : null}
    </ThemeTabs>
  )
}
