import type { WorkshopDoc } from '../../../shared/model/workshopDoc'
import type { TimetableKind } from '../../../shared/model/schemas'
import {
  SUMMARY_EXAMPLE_TITLE,
  SUMMARY_PURPOSE_TITLE,
  SUMMARY_REVIEW_TITLE,
} from '../../../shared/plenary/summaryTexts'
import { useT } from '../../i18n/useT'
import { ProjectLink } from '../../shell/ProjectLink'

interface PlenaryDecksProps {
  doc: WorkshopDoc
  /** The timetable row this is shown for: the 総括 row also lists the deck's parts. */
  rowKind?: TimetableKind
}

/** The two decks, the 総括 deck first (on the 総括 row; the 共有用ボード first elsewhere). */
const DECKS = [
  {
    route: 'summaryProjector',
    testId: 'project-summary',
    label: 'summaryProject',
    hint: 'summaryProjectHint',
  },
  {
    route: 'sharedBoardProjector',
    testId: 'project-shared-board',
    label: 'sharedBoardProject',
    hint: 'sharedBoardProjectHint',
  },
] as const

/**
 * The console's way to the 共有用ボード and the 総括 deck: each opens in the projector window
 * (reusing it), live while the tables work. On the timer's 全体共有 and 総括 rows and on the
 * 全体共有 tab.
 */
export function PlenaryDecks({ doc, rowKind }: PlenaryDecksProps) {
  const t = useT()
  const workshopId = doc.workshop.id
  const summaryRow = rowKind === 'summary'
  return (
    <section
      className="timer-card plenary-decks"
      aria-label={summaryRow ? t.summaryHeading : t.plenaryDecksHeading}
      data-testid="plenary-decks"
    >
      <p className="timer-card__label">{summaryRow ? t.summaryHeading : t.plenaryDecksHeading}</p>
      {summaryRow && (
        <>
          <p className="plenary-decks__lead">{t.summaryLead}</p>
          <ol className="plenary-decks__parts" aria-label={t.summaryPages}>
            <li>{SUMMARY_PURPOSE_TITLE}</li>
            <li>{SUMMARY_REVIEW_TITLE}（共有用ボード）</li>
            <li>{SUMMARY_EXAMPLE_TITLE}（稲城市）</li>
          </ol>
        </>
      )}
      <p className="plenary-decks__links">
        {(summaryRow ? DECKS : [...DECKS].reverse()).map((deck) => (
          <ProjectLink
            key={deck.route}
            route={{ name: deck.route, workshopId }}
            title={t[deck.hint]}
            testId={deck.testId}
          >
            {t[deck.label]}
          </ProjectLink>
        ))}
      </p>
    </section>
  )
}
