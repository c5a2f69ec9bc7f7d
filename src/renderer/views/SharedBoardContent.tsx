import type { CSSProperties } from 'react'
import type { SharedBoardPage } from '../../shared/plenary/sharedBoardPages'
import {
  issueLabel,
  measureLine,
  SHARED_BOARD_LABELS as L,
} from '../../shared/plenary/sharedBoardLabels'
import type { SharedIssue } from '../../shared/plenary/sharedBoardRows'

/**
 * One page of the 共有用ボード: a row per group with its 地域課題, ★主たる原因 and 採用した対策;
 * for a 試行② workshop under the preset columns (入退院支援①② ・看取り（自宅）・看取り（自宅以外）)
 * as the report's whiteboard. Text only, in the report's terms; drawn on the projector and in
 * the PDF inside a 16:9 slide (SummarySlideView).
 */
export function SharedBoardContent({ page }: { page: SharedBoardPage }) {
  const presets = page.layout === 'presets'
  const columns = presets
    ? [...page.columns.map((c) => c.label.ja), ...(page.hasOthers ? [L.others] : [])]
    : []
  const style = { '--sb-columns': String(Math.max(1, columns.length)) } as CSSProperties
  return (
    <div className={`sb-board sb-board--${page.layout}`} style={style} data-testid="shared-board">
      {presets && (
        <div className="sb-row sb-row--head">
          <span className="sb-col-head">{L.group}</span>
          {columns.map((label) => (
            <span key={label} className="sb-col-head">
              {label}
            </span>
          ))}
        </div>
      )}
      {page.rows.map((row) => (
        <section
          key={row.groupId}
          className="sb-row"
          aria-label={row.groupName}
          data-group-id={row.groupId}
        >
          <h3 className="sb-group">
            {row.groupName}
            {row.moderator !== '' && (
              <span className="sb-presenter">
                {L.presenter}：{row.moderator}
              </span>
            )}
          </h3>
          {presets ? (
            <>
              {row.cells.map((issue, i) => (
                <div key={page.columns[i]?.preset ?? i} className="sb-cell">
                  {issue ? <IssueBody issue={issue} /> : <p className="sb-none">{L.empty}</p>}
                </div>
              ))}
              {page.hasOthers && (
                <div className="sb-cell">
                  {row.others.length === 0 ? (
                    <p className="sb-none">{L.empty}</p>
                  ) : (
                    row.others.map((issue) => <IssueBody key={issue.key} issue={issue} tag />)
                  )}
                </div>
              )}
            </>
          ) : row.issues.length === 0 ? (
            <p className="sb-none sb-cell">{L.empty}</p>
          ) : (
            <div className="sb-issues">
              {row.issues.map((issue) => (
                <div key={issue.key} className="sb-cell">
                  <IssueBody issue={issue} tag />
                </div>
              ))}
            </div>
          )}
        </section>
      ))}
    </div>
  )
}

function IssueBody({ issue, tag = false }: { issue: SharedIssue; tag?: boolean }) {
  return (
    <div className="sb-issue">
      {tag && issue.label !== '' && <p className="sb-tag">【{issue.label}】</p>}
      <p className="sb-issue-text">
        <span className="sb-key">{issueLabel(issue)}</span>
        {issue.issue || L.notYet}
      </p>
      {issue.mainCause !== '' && (
        <p className="sb-main">
          <span className="sb-key">{L.mainCause}</span>
          {issue.mainCause}
        </p>
      )}
      {issue.measures.length > 0 && (
        <div className="sb-measures">
          <span className="sb-key">{L.measures}</span>
          <ul>
            {issue.measures.map((m) => (
              <li key={m.id}>{measureLine(m)}</li>
            ))}
          </ul>
        </div>
      )}
    </div>
  )
}
