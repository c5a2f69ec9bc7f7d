import { useId } from 'react'
import { LIMITS } from '../../../shared/model/limits'
import { liveTopic } from '../../../shared/theme2/theme2Edit'
import { updateTopic } from '../../../shared/theme2/topicOps'
import { useWorkshopStore } from '../../session/appServices'
import { useT } from '../../i18n/useT'
import { CommitTextField } from '../../ui/CommitTextField'
import { useTheme2 } from './Theme2Context'

/** Step ⑤'s conclusion: the 地域課題 in one line, what テーマ3 goes on with. */
export function StatementField({ topicId }: { topicId: string }) {
  const t = useT()
  const { apply } = useTheme2()
  const id = useId()
  const hintId = useId()
  const statement = useWorkshopStore((s) => (s.doc ? liveTopic(s.doc, topicId)?.statement : null))
  if (statement === null || statement === undefined) return null
  return (
    <section className="t2-panel t2-statement">
      <label className="t2-panel__title" htmlFor={id}>
        {t.theme2Statement}
      </label>
      <p id={hintId} className="t2-hint">
        {t.theme2StatementHint}
      </p>
      <CommitTextField
        id={id}
        value={statement}
        describedBy={hintId}
        maxLength={LIMITS.noteTextChars}
        onCommit={(value) => {
          apply((d) => updateTopic(d, topicId, { statement: value }))
        }}
      />
    </section>
  )
}
