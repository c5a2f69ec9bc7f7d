import { useEffect, useId, useState } from 'react'
import { useShallow } from 'zustand/react/shallow'
import { LIMITS } from '../../../shared/model/limits'
import type { QaPrompt } from '../../../shared/model/schemas'
import { INAGI_PROMPTS } from '../../../shared/theme3/canvasLabels'
import { addInagiQuestions, addQa } from '../../../shared/theme3/canvasQaOps'
import { canvasQas } from '../../../shared/theme3/theme3Queries'
import { useWorkshopStore } from '../../session/appServices'
import { useLang, useT } from '../../i18n/useT'
import { QaItem } from './QaItem'
import { useTheme3 } from './Theme3Context'
import { qaPromptText } from './theme3Labels'

/** The prompt chips beside 「質問を追加」: the municipal officer's 「なぜそう考えるのか」 (L6339-6340). */
const CHIP_PROMPTS: readonly QaPrompt[] = ['reason']

/**
 * 「市町村担当者からの質問と答え」: the questions a municipal officer will likely ask about this
 * 地域課題 and the table's answers, started from 稲城市's three questions (資料3-6) and
 * 「なぜそう考えるのか」.
 */
export function QaPanel({ canvasId }: { canvasId: string }) {
  const t = useT()
  const lang = useLang()
  const { apply } = useTheme3()
  const headingId = useId()
  const qaIds = useWorkshopStore(
    useShallow((s) => (s.doc ? canvasQas(s.doc, canvasId).map((q) => q.id) : [])),
  )
  const inagiDone = useWorkshopStore((s) => {
    if (!s.doc) return true
    const have = new Set(canvasQas(s.doc, canvasId).map((q) => q.prompt))
    return INAGI_PROMPTS.every((p) => have.has(p))
  })
  const full = qaIds.length >= LIMITS.qasPerCanvas
  const [focusId, setFocusId] = useState<string | null>(null)

  useEffect(() => {
    if (!focusId) return
    const field = document.querySelector<HTMLElement>(`[data-focus="qa-question-${focusId}"]`)
    field?.focus()
    setFocusId(null)
  }, [focusId])

  const add = (prompt: QaPrompt | null) => {
    const added = apply((doc, ctx) => addQa(doc, canvasId, { prompt }, ctx))
    const id = added[0]?.id
    if (id) setFocusId(id)
  }

  return (
    <section className="t3-qa" aria-labelledby={headingId}>
      <h3 id={headingId} className="t3-qa__title">
        {t.theme3Qa}
      </h3>
      <p className="t3-qa__hint">{t.theme3QaHint}</p>
      <div className="t3-qa__actions">
        <button
          type="button"
          className="button button--small button--primary"
          title={inagiDone ? t.theme3InagiDone : t.theme3AddInagiHint}
          disabled={inagiDone || full}
          onClick={() => {
            const added = apply((doc, ctx) => addInagiQuestions(doc, canvasId, ctx))
            const id = added[0]?.id
            if (id) setFocusId(id)
          }}
        >
          {t.theme3AddInagi}
        </button>
        <button
          type="button"
          className="button button--small"
          disabled={full}
          onClick={() => {
            add(null)
          }}
        >
          {t.theme3AddQa}
        </button>
        {CHIP_PROMPTS.map((prompt) => (
          <button
            key={prompt}
            type="button"
            className="chip t3-qa__chip"
            disabled={full}
            aria-label={t.theme3AddPrompt(qaPromptText(prompt, lang))}
            onClick={() => {
              add(prompt)
            }}
          >
            ＋ {qaPromptText(prompt, lang)}
          </button>
        ))}
      </div>
      {qaIds.length === 0 ? <p className="t3-empty">{t.theme3QaEmpty}</p> : null}
      <ol className="t3-qa__list">
        {qaIds.map((id, i) => (
          <QaItem key={id} qaId={id} n={i + 1} last={i === qaIds.length - 1} />
        ))}
      </ol>
    </section>
  )
}
