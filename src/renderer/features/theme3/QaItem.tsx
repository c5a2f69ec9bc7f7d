import { LIMITS } from '../../../shared/model/limits'
import { deleteQa, moveQa, updateQa } from '../../../shared/theme3/canvasQaOps'
import { INAGI_PROMPTS } from '../../../shared/theme3/canvasLabels'
import { useWorkshopStore } from '../../session/appServices'
import { useT } from '../../i18n/useT'
import { CommitTextField } from '../../ui/CommitTextField'
import { useTheme3 } from './Theme3Context'

interface QaItemProps {
  qaId: string
  /** Its number in the list, from 1. */
  n: number
  last: boolean
}

/**
 * One question and its answer: both fields commit like the setup's (Enter or leaving the field,
 * never the IME's Enter; Shift+Enter breaks the line), ↑ ↓ to reorder, 削除 with 元に戻す.
 */
export function QaItem({ qaId, n, last }: QaItemProps) {
  const t = useT()
  const { apply, remove } = useTheme3()
  const qa = useWorkshopStore((s) => s.doc?.canvasQas[qaId])
  if (!qa || qa.deletedAt !== null) return null
  const inagi = qa.prompt !== null && INAGI_PROMPTS.includes(qa.prompt)

  const move = (direction: 'up' | 'down') => {
    apply((doc) => moveQa(doc, qaId, direction))
  }

  return (
    <li className="t3-qa-item" data-qa-id={qaId}>
      <div className="t3-qa-item__head">
        <span className="t3-qa-item__number">{t.theme3Question(n)}</span>
        {inagi ? <span className="t3-qa-item__mark">{t.theme3InagiMark}</span> : null}
        <span className="t3-qa-item__spacer" />
        <button
          type="button"
          className="button button--small button--ghost"
          aria-label={t.theme3QaUp(n)}
          title={t.theme3QaUp(n)}
          disabled={n === 1}
          onClick={() => {
            move('up')
          }}
        >
          <span aria-hidden="true">↑</span>
        </button>
        <button
          type="button"
          className="button button--small button--ghost"
          aria-label={t.theme3QaDown(n)}
          title={t.theme3QaDown(n)}
          disabled={last}
          onClick={() => {
            move('down')
          }}
        >
          <span aria-hidden="true">↓</span>
        </button>
        <button
          type="button"
          className="button button--small button--ghost t3-qa-item__delete"
          aria-label={t.theme3QaDelete(n)}
          title={t.theme3QaDelete(n)}
          onClick={() => {
            remove((doc, ctx) => deleteQa(doc, qaId, ctx), t.theme3QaDeleted)
          }}
        >
          {t.theme3Delete}
        </button>
      </div>
      <span className="t3-qa-item__label" aria-hidden="true">
        Q
      </span>
      <CommitTextField
        value={qa.question}
        label={t.theme3Question(n)}
        multiline
        maxLength={LIMITS.noteTextChars}
        placeholder={t.theme3QuestionPlaceholder}
        className="t3-qa-item__question"
        focusKey={`qa-question-${qaId}`}
        onCommit={(question) => {
          apply((doc) => updateQa(doc, qaId, { question }))
        }}
      />
      <span className="t3-qa-item__label t3-qa-item__label--a" aria-hidden="true">
        A
      </span>
      <CommitTextField
        value={qa.answer}
        label={t.theme3Answer(n)}
        multiline
        maxLength={LIMITS.longTextChars}
        placeholder={t.theme3AnswerPlaceholder}
        className="t3-qa-item__answer"
        focusKey={`qa-answer-${qaId}`}
        onCommit={(answer) => {
          apply((doc) => updateQa(doc, qaId, { answer }))
        }}
      />
    </li>
  )
}
