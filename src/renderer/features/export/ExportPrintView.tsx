import { deckPages } from '../../../shared/export/deckPages'
import type { ExportDeck } from '../../../shared/export/exportTypes'
import { GroupCoverSlide } from '../../views/GroupCoverSlide'
import { GroupReviewSlide } from '../../views/GroupReviewSlide'
import { PlenarySlideView } from '../../views/PlenarySlideView'
import { SummarySlideView } from '../../views/SummarySlideView'
import type { PageSize } from '../../export/exportFiles'

interface ExportPrintViewProps {
  deck: ExportDeck
  pageSize: PageSize
  label: string
}

/** Every page of the deck in order: each group's cover, then its slides. */
export function printPages(deck: ExportDeck) {
  return deckPages(deck)
}

/**
 * The PDF: one page per slide of the export model (each group's slides after its cover; then the
 * 共有用ボード or the 総括 when asked, drawn by SummarySlideView), drawn
 * by the plenary's slide view so that the PDF and the 全体共有 agree. Each page has a header
 * (研修会, グループ, テーマ, 開催日) and, in the slide's footer, its number over the whole
 * document. On screen it is the preview (the pages at the paper's proportions); in print only the
 * pages show, one per sheet (export.css).
 */
export function ExportPrintView({ deck, pageSize, label }: ExportPrintViewProps) {
  const pages = printPages(deck)
  const total = pages.length
  const { workshopTitle, dateText } = deck.title
  return (
    <div
      className={`export-pages export-pages--${pageSize.toLowerCase()}`}
      role="region"
      aria-label={label}
      data-page-size={pageSize}
    >
      {pages.map((page, i) => {
        const position = `${String(i + 1)} / ${String(total)}`
        const where =
          page.kind === 'cover'
            ? page.cover.groupName
            : page.kind === 'summary'
              ? page.page.title
              : page.kind === 'review'
                ? `${page.review.groupName}\u3000講評`
                : `${page.section.groupName}\u3000${page.section.themeLabel}`
        return (
          <section key={page.key} className="export-page" data-print-page={i + 1}>
            <header className="export-page-head">
              <span className="export-page-workshop">{workshopTitle}</span>
              <span className="export-page-where">{where}</span>
              {dateText !== '' && <span className="export-page-date">{dateText}</span>}
            </header>
            <div className="export-page-slide">
              {page.kind === 'cover' ? (
                <GroupCoverSlide cover={page.cover} position={position} />
              ) : page.kind === 'summary' ? (
                <SummarySlideView page={page.page} position={position} />
              ) : page.kind === 'review' ? (
                <GroupReviewSlide review={page.review} position={position} />
              ) : (
                <PlenarySlideView section={page.section} slide={page.slide} position={position} />
              )}
            </div>
          </section>
        )
      })}
    </div>
  )
}
