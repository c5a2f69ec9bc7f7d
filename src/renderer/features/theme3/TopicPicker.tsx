import { createCanvasFromTopic } from '../../../shared/theme3/canvasOps'
import { topicCandidates } from '../../../shared/theme3/theme3Queries'
import { useWorkshopStore } from '../../session/appServices'
import { useT } from '../../i18n/useT'
import { useTheme3 } from './Theme3Context'

interface TopicPickerProps {
  onPicked: (canvasId: string) => void
}

/**
 * The group's テーマ2 topics (地域課題), to make a canvas for: linked, not copied (the canvas
 * shows the topic's wording live). A topic that already has a canvas is marked, still offered.
 */
export function TopicPicker({ onPicked }: TopicPickerProps) {
  const t = useT()
  const { boardId, apply } = useTheme3()
  const doc = useWorkshopStore((s) => s.doc)
  const candidates = doc ? topicCandidates(doc, boardId) : []

  if (candidates.length === 0) return <p className="t3-empty">{t.theme3TopicNone}</p>
  return (
    <ul className="t3-topic-list" aria-label={t.theme3FromTopic}>
      {candidates.map(({ topic, title, canvasIds }) => {
        const text = title || t.theme2UntitledTopic
        return (
          <li key={topic.id} className={canvasIds.length > 0 ? 't3-topic is-used' : 't3-topic'}>
            <span className="t3-topic__badge">{t.theme3TopicLabel}</span>
            <span className="t3-topic__text">{text}</span>
            {canvasIds.length > 0 ? (
              <span className="t3-topic__used" title={t.theme3TopicUsedHint}>
                <span aria-hidden="true">✓</span> {t.theme3TopicUsed}
              </span>
            ) : null}
            <button
              type="button"
              className={
                canvasIds.length > 0
                  ? 'button button--small'
                  : 'button button--small button--primary'
              }
              aria-label={`${t.theme3Pick}：${text}`}
              onClick={() => {
                const id = apply((d, ctx) => createCanvasFromTopic(d, boardId, topic.id, ctx))[0]
                  ?.id
                if (id) onPicked(id)
              }}
            >
              {t.theme3Pick}
            </button>
          </li>
        )
      })}
    </ul>
  )
}
