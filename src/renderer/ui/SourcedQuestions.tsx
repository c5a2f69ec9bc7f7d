import { questionsBySource } from '../../shared/annex/questionSources'
import type { ThemeCard } from '../../shared/templates/types'
import { useT } from '../i18n/useT'

interface SourcedQuestionsProps {
  card: Pick<ThemeCard, 'questions'>
  /** The list's class (each screen styles its own list). */
  className: string
}

/**
 * A card's facilitator 問い, each run of questions followed by where the report has them
 * (「出典：第5章（別添）ファシリテーションのポイント ４．(４) ② テーマ２に対して」).
 */
export function SourcedQuestions({ card, className }: SourcedQuestionsProps) {
  const t = useT()
  return (
    <>
      {questionsBySource(card).map((group, i) => (
        <div key={i} className="sourced-questions">
          <ul className={className}>
            {group.questions.map((question, j) => (
              <li key={j}>{question}</li>
            ))}
          </ul>
          {group.source ? (
            <p className="sourced-questions__source">{t.questionSource(group.source.section)}</p>
          ) : null}
        </div>
      ))}
    </>
  )
}
