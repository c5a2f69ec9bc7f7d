import type { ExportDeck } from '../../../shared/export/exportTypes'
import { PlenarySlideView } from '../../views/PlenarySlideView'
import type { PageSize } from '../../export/exportFiles'

interface ExportPrintViewProps {
  deck: ExportDeck
  pageSize: PageSize
  label: string
}

/** Every page of the deck in order, with its section (for the header). */
export function printPages(deck: ExportDeck) {
  return deck.sections.flatMap((section) => section.slides.map((slide) => ({ section, slide })))
}

/**
 * The PDF: one page per slide of the export model, drawn by the plenary's slide view so that the
 * PDF and the 全体共有 agree. Each page has a header (研修会, グループ, テーマ, 開催日) and, in the
 * slide's footer, its number over the whole document. On screen it is the preview (the pages at
 * the paper's proportions); in print only the pages show, one per sheet (export.css).
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
      {pages.map(({ section, slide }, i) => (
        <section key={slide.key} className="export-page" data-print-page={i + 1}>
          <header className="export-page-head">
            <span className="export-page-workshop">{workshopTitle}</span>
            <span className="export-page-where">
              {`${section.groupName}\u3000${section.themeLabel}`}
            </span>
            {dateText !== '' && <span className="export-page-date">{dateText}</span>}
          </header>
          <div className="export-page-slide">
            <PlenarySlideView
              section={section}
              slide={slide}
              position={`${String(i + 1)} / ${String(total)}`}
            />
          </div>
        </section>
      ))}
    </div>
  )
}
