import '../../styles/plenaryShare.css'
import { EMPTY_BLOCK_TEXT } from '../../../shared/export/exportLabels'
import type { GroupSummary } from '../../../shared/plenary/groupSummary'
import { useSlideFit } from '../../views/useSlideFit'
import { useT } from '../../i18n/useT'

interface PlenarySummarySlideProps {
  summary: GroupSummary
  /** Shown in the footer, e.g. 「1 / 3」 of the group's slides. */
  position?: string
}

/**
 * The largest text scale: a group with one or two 地域課題 fills the slide instead of leaving its
 * lower half empty (5.6cqh ≈ 60 px on a 1920×1080 projector).
 */
const MAX_FIT = 1.7

/**
 * A group's summary slide for the 全体共有: the group and its presenter (司会) on top, then per
 * 地域課題 タネ → 主たる原因 → 対策 → 伝え方 in four columns read left to right. The same 16:9
 * frame and container units as the theme slides, so it reads the same on the projector and in
 * the console's preview; its text is made as large as fits (views/useSlideFit.ts): larger than
 * the theme slides' when there is room, smaller when the slide is full.
 */
export function PlenarySummarySlide({ summary, position }: PlenarySummarySlideProps) {
  const t = useT()
  const bodyRef = useSlideFit(summary, { max: MAX_FIT })
  const columns = [
    t.plenarySummaryTane,
    t.plenarySummaryCause,
    t.plenarySummaryMeasures,
    t.plenarySummaryShare,
  ]
  return (
    <article
      className="plenary-slide plenary-slide-full plenary-summary"
      aria-label={`${summary.groupName} ${t.plenarySummaryTitle}`}
      data-slide-kind="summary"
      data-slide-key={`summary:${summary.groupId}`}
    >
      <header className="plenary-slide-head">
        <span className="plenary-slide-group">{summary.groupName}</span>
        <span className="plenary-slide-title">{t.plenarySummaryTitle}</span>
        {summary.presenter !== null && (
          <span className="plenary-summary-presenter">{t.plenaryPresenter(summary.presenter)}</span>
        )}
      </header>
      <div className="plenary-slide-body plenary-summary-body" ref={bodyRef}>
        {summary.rows.length === 0 ? (
          <p className="plenary-empty">{t.plenarySummaryNone}</p>
        ) : (
          <table className="plenary-summary-table">
            <thead>
              <tr>
                {columns.map((label, i) => (
                  <th key={label} scope="col">
                    {label}
                    {i < columns.length - 1 && (
                      <span className="plenary-summary-arrow" aria-hidden="true">
                        →
                      </span>
                    )}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {summary.rows.map((row, i) => (
                <tr key={`${String(i)}:${row.tane}`}>
                  <td>
                    <p className="plenary-summary-tane">{row.tane}</p>
                    {row.statement !== '' && (
                      <p className="plenary-summary-statement">
                        {t.plenarySummaryStatement}：{row.statement}
                      </p>
                    )}
                  </td>
                  <td>{row.mainCause !== '' ? <p>★{row.mainCause}</p> : <None />}</td>
                  <td>
                    <TextList texts={row.measures} />
                  </td>
                  <td>
                    <TextList texts={row.share} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </div>
      <footer className="plenary-slide-foot">
        <span>{t.plenarySummaryTitle}</span>
        {position !== undefined && <span className="plenary-slide-pos">{position}</span>}
      </footer>
    </article>
  )
}

/** An empty cell says so, like the theme slides (「（なし）」). */
function None() {
  return <p className="plenary-none">{EMPTY_BLOCK_TEXT}</p>
}

function TextList({ texts }: { texts: readonly string[] }) {
  if (texts.length === 0) return <None />
  return (
    <ul>
      {texts.map((text, i) => (
        <li key={`${String(i)}:${text}`}>{text}</li>
      ))}
    </ul>
  )
}
