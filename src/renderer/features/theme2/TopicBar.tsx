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
import { TaneIcon } from '../../ui/TaneIcon'

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
    const created = { id: '' }
    const ok = apply((doc, ctx) => {
      const records = createTopic(doc, boardId, text, ctx)
      created.id = records[0]?.id ?? ''
      return records
    })
    if (ok && created.id) {
      onSelect(created.id)
      setAdding(null)
    }
    return ok
  }

  return (
    <section className="t2-topics" aria-label={t.theme2Topics}>
      <div className="t2-topics__tabs">
        {topicIds.map((id, i) => {
          const text = shown[i * 2] || t.theme2UntitledTopic
          const tane = (shown[i * 2 + 1] ?? 'typed') !== 'typed'
          return (
            <button
              key={id}
              type="button"
              className={id === topicId ? 't2-topic-tab is-current' : 't2-topic-tab'}
              aria-current={id === topicId ? 'true' : undefined}
              title={text}
              onClick={() => {
                onSelect(id)
              }}
            >
              {tane ? <TaneIcon /> : null}
              <span className="t2-topic-tab__text">{text}</span>
            </button>
          )
        })}
        <span className="t2-topics__spacer" />
        <button
          type="button"
          className={adding === 'tane' ? 'button button--small is-on' : 'button button--small'}
          aria-expanded={adding === 'tane'}
          onClick={() => {
            toggle('tane')
          }}
        >
          {t.theme2FromTane}
        </button>
        <button
          type="button"
          className={adding === 'typed' ? 'button button--small is-on' : 'button button--small'}
          aria-expanded={adding === 'typed'}
          onClick={() => {
            toggle('typed')
          }}
        >
          {t.theme2NewTopic}
        </button>
        {halfDay ? (
          <button
            type="button"
            className="button button--small"
            title={t.theme2PresetHint}
            onClick={() => {
              if (apply((doc, ctx) => applyTrial2Preset(doc, boardId, ctx))) setAdding(null)
            }}
          >
            {t.theme2Preset}
          </button>
        ) : null}
      </div>
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
    </section>
  )
}
