import { useId } from 'react'
import { LIMITS } from '../../../shared/model/limits'
import { liveTopic } from '../../../shared/theme2/theme2Edit'
import { TRIAL2_PRESET_TOPICS } from '../../../shared/theme2/presets'
import { topicView } from '../../../shared/theme2/theme2Queries'
import { deleteTopic, updateTopic, type TopicPatch } from '../../../shared/theme2/topicOps'
import { useWorkshopStore } from '../../session/appServices'
import { useLang, useT } from '../../i18n/useT'
import { sceneLabel } from '../../i18n/labels'
import { CommitTextField } from '../../ui/CommitTextField'
import { useTheme2 } from './Theme2Context'
import { TaneIcon } from '../../ui/TaneIcon'

/** Step ①, the topic itself: its テーマ (live from a タネ, or typed), 具体的な困りごと, 目指す姿. */
export function TopicFields({ topicId }: { topicId: string }) {
  const t = useT()
  const lang = useLang()
  const { apply, remove } = useTheme2()
  const doc = useWorkshopStore((s) => s.doc)
  const ids = { title: useId(), goal: useId(), concern: useId() }
  const topic = doc ? liveTopic(doc, topicId) : undefined
  if (!doc || !topic) return null
  const view = topicView(doc, topic)
  const patch = (p: TopicPatch) => {
    apply((d) => updateTopic(d, topicId, p))
  }
  const linked = view.source !== 'typed'
  const preset = TRIAL2_PRESET_TOPICS.find((p) => p.preset === topic.preset)

  return (
    <section className="t2-topic" aria-labelledby={ids.title}>
      <div className="t2-topic__head">
        {topic.label ? <span className="t2-topic__label">{topic.label}</span> : null}
        {linked ? (
          <span className="t2-tane__badge">
            <TaneIcon /> {t.theme2TaneLabel}
            {view.source === 'taneDeleted' ? `（${t.theme2TaneDeleted}）` : null}
            {view.source === 'tane' && !view.taneMarked ? `（${t.theme2TaneUnmarked}）` : null}
          </span>
        ) : null}
        {view.scenes.length > 0 ? (
          <span className="t2-tane__scenes">
            {view.scenes.map((scene) => sceneLabel(scene, lang)).join('・')}
          </span>
        ) : null}
        <span className="t2-topics__spacer" />
        <button
          type="button"
          className="button button--small button--danger"
          onClick={() => {
            remove((d, ctx) => deleteTopic(d, topicId, ctx), t.theme2TopicDeleted)
          }}
        >
          {t.theme2DeleteTopic}
        </button>
      </div>
      <label className="t2-field" htmlFor={ids.title}>
        <span className="t2-field__label">{t.theme2TopicTitle}</span>
        <CommitTextField
          id={ids.title}
          multiline
          value={view.title}
          placeholder={preset?.hint[lang]}
          maxLength={LIMITS.noteTextChars}
          className="t2-field__input t2-field__input--title"
          onCommit={(value) => {
            const title = linked && value === view.taneText ? '' : value
            patch({ title })
          }}
        />
      </label>
      <div className="t2-topic__row">
        <label className="t2-field" htmlFor={ids.concern}>
          <span className="t2-field__label">{t.theme2Concern}</span>
          <CommitTextField
            id={ids.concern}
            multiline
            value={topic.concern}
            placeholder={t.theme2ConcernHint}
            maxLength={LIMITS.noteTextChars}
            onCommit={(concern) => {
              patch({ concern })
            }}
          />
        </label>
        <label className="t2-field" htmlFor={ids.goal}>
          <span className="t2-field__label">{t.theme2Goal}</span>
          <CommitTextField
            id={ids.goal}
            multiline
            value={topic.goal}
            placeholder={t.theme2GoalHint}
            maxLength={LIMITS.noteTextChars}
            onCommit={(goal) => {
              patch({ goal })
            }}
          />
        </label>
      </div>
    </section>
  )
}
