import '../styles/consoleGroups.css'
import '../styles/summary.css'
import type { CSSProperties, ReactNode } from 'react'
import { SHARED_BOARD_LABELS } from '../../shared/plenary/sharedBoardLabels'
import type { SummaryPage } from '../../shared/plenary/summaryDeck'
import { SharedBoardContent } from './SharedBoardContent'
import { useSlideFit } from './useSlideFit'

interface SummarySlideViewProps {
  page: SummaryPage
  /** Shown in the footer, e.g. 「2 / 4」. */
  position?: string
  /** The text size the operator chose (+ / − on the projector); 1 elsewhere. */
  scale?: number
}

/** The plenary card's title, under every 総括 page. */
const FOOT = '全体での共有・講評・総括'

/**
 * A page of the 総括 deck (目的の再確認, 本日の振り返り = the 共有用ボード, 実際の例) or of the
 * 共有用ボード alone, as a 16:9 slide in the frame of the plenary slides (container units, the
 * text made as large as fits): the projector and the PDF draw it alike.
 */
export function SummarySlideView({ page, position, scale = 1 }: SummarySlideViewProps) {
  const bodyRef = useSlideFit(`${page.key}|${JSON.stringify(page)}|${String(scale)}`)
  const boardOnly = page.kind === 'board' && !page.key.startsWith('summary:')
  const style = { '--scale': String(scale) } as CSSProperties
  return (
    <article
      className={`plenary-slide plenary-slide-full summary-slide summary-slide--${page.kind}`}
      aria-label={page.title}
      data-slide-kind={`summary-${page.kind}`}
      data-slide-key={page.key}
      style={style}
    >
      <header className="plenary-slide-head">
        <span className="plenary-slide-group">
          {boardOnly ? SHARED_BOARD_LABELS.title : '総括'}
        </span>
        <span className="plenary-slide-title">
          {boardOnly ? page.title.replace(SHARED_BOARD_LABELS.title, '').trim() : page.title}
        </span>
      </header>
      <div className="plenary-slide-body summary-slide-body" ref={bodyRef}>
        <SummaryContent page={page} />
      </div>
      <footer className="plenary-slide-foot">
        <span>{FOOT}</span>
        {position !== undefined && <span className="plenary-slide-pos">{position}</span>}
      </footer>
    </article>
  )
}

function SummaryContent({ page }: { page: SummaryPage }): ReactNode {
  switch (page.kind) {
    case 'board':
      return <SharedBoardContent page={page.board} />
    case 'purpose':
      return (
        <div className="summary-purpose">
          <h4>グループワークの目的</h4>
          <p className="summary-purpose-lead">「{page.purpose}」</p>
          <h4>各テーマの目的</h4>
          <dl className="summary-themes">
            {page.themes.map((t) => (
              <div key={t.themeId}>
                <dt>
                  <span className="summary-theme-label">{t.label}</span>
                  {t.title}
                </dt>
                <dd>{t.aim}</dd>
              </div>
            ))}
          </dl>
          <ul className="summary-notes">
            {page.themePurposes.map((text) => (
              <li key={text}>{text}</li>
            ))}
          </ul>
        </div>
      )
    case 'dialogue':
      return (
        <div className="summary-dialogue">
          <p className="summary-figure">
            {page.heading}
            <span className="summary-figure-title">（図表-66 {page.figure}）</span>
          </p>
          <ol className="summary-turns">
            {page.turns.map((turn, i) => (
              <li key={i} className={`summary-turn summary-turn--${turn.speaker}`}>
                <span className="summary-speaker">{turn.speakerLabel}</span>
                <span className="summary-says">{turn.text}</span>
              </li>
            ))}
          </ol>
          <p className="summary-source">{page.source}</p>
        </div>
      )
    case 'outcome':
      return (
        <div className="summary-outcome">
          <p className="summary-figure">{page.heading}</p>
          <p className="summary-outcome-text">{page.outcome}</p>
          <p className="summary-takeaway">{page.takeaway}</p>
          <p className="summary-source">{page.source}</p>
        </div>
      )
  }
}
