import type { ExportReview } from '../../shared/export/exportTypes'

interface GroupReviewSlideProps {
  review: ExportReview
  /** Shown in the footer, e.g. 「9 / 9」 of the document. */
  position?: string
}

/**
 * A group's 講評メモ in the exports, after its slides: who commented (講師・アドバイザー) and what
 * they said, as typed at the console (line breaks kept). Drawn in the frame of the slides.
 */
export function GroupReviewSlide({ review, position }: GroupReviewSlideProps) {
  return (
    <article
      className="plenary-slide plenary-slide-full"
      aria-label={`${review.groupName} 講評`}
      data-slide-kind="groupReview"
      data-slide-key={review.key}
    >
      <header className="plenary-slide-head">
        <span className="plenary-slide-group">{review.groupName}</span>
        <span className="plenary-slide-title">講評</span>
      </header>
      <div className="plenary-slide-body plenary-review-page">
        {review.commentators.length > 0 && (
          <p className="plenary-review-who">講評：{review.commentators.join('・')}</p>
        )}
        {review.texts.map((text, i) => (
          <p key={`${String(i)}:${text.slice(0, 20)}`} className="plenary-review-memo">
            {text}
          </p>
        ))}
      </div>
      <footer className="plenary-slide-foot">
        <span>{review.groupName}</span>
        {position !== undefined && <span className="plenary-slide-pos">{position}</span>}
      </footer>
    </article>
  )
}
