import { useId } from 'react'
import type { ReportCounts } from '../../../shared/survey/surveyReport'
import { SURVEY_CHANGES, type SurveyChange } from '../../../shared/survey/surveyResults'

export interface ChangeBarRow {
  /** 「全体」「コーディネーター」… */
  label: string
  counts: ReportCounts
}

/** The three parts' paint: up solid dark, stay light, down hatched (readable in grey print). */
export const CHANGE_FILL: Record<SurveyChange, string> = {
  up: '#1f5a99',
  stay: '#dfe5ec',
  down: '#b4541a',
}

const LABEL_W = 118
const BAR_W = 300
const N_W = 46
const ROW_H = 26
const BAR_H = 18
const WIDTH = LABEL_W + BAR_W + N_W

const share = (p: number | null) => (p === null ? '–' : `${p.toFixed(1)}%`)

/** The "down" part's diagonal hatch, referenced as url(#id) in the same SVG. */
function DownHatch({ id }: { id: string }) {
  return (
    <defs>
      <pattern
        id={id}
        width="6"
        height="6"
        patternUnits="userSpaceOnUse"
        patternTransform="rotate(45)"
      >
        <rect width="6" height="6" fill="#fff" />
        <line x1="0" y1="0" x2="0" y2="6" stroke={CHANGE_FILL.down} strokeWidth="3.2" />
      </pattern>
    </defs>
  )
}

/**
 * 100% stacked bars of up / stay / down, one row per group (全体, each 立場), drawn as SVG so they
 * print sharp at any size: up a solid dark blue (white figures), stay a light grey, down a
 * diagonal hatch, so the parts stay apart in grey print too. Each part with room shows its
 * share; the row's 計 (n) stands at its end. One image for a screen reader, its label every
 * figure (`label`).
 */
export function ChangeBars({ rows, label }: { rows: readonly ChangeBarRow[]; label: string }) {
  const hatch = `hatch-${useId().replace(/[^A-Za-z0-9_-]/g, '')}`
  const height = rows.length * ROW_H + 4
  return (
    <svg
      className="change-bars"
      viewBox={`0 0 ${WIDTH} ${height}`}
      role="img"
      aria-label={label}
      preserveAspectRatio="xMinYMin meet"
    >
      <DownHatch id={hatch} />
      {rows.map((row, index) => {
        const y = index * ROW_H + 2
        const { counts } = row
        let x = LABEL_W
        return (
          <g key={row.label} aria-hidden="true">
            <text
              x={LABEL_W - 6}
              y={y + BAR_H / 2}
              className="change-bars__label"
              textAnchor="end"
              dominantBaseline="central"
            >
              {row.label}
            </text>
            <rect
              x={LABEL_W}
              y={y}
              width={BAR_W}
              height={BAR_H}
              fill="#fff"
              stroke="#555"
              strokeWidth="0.8"
            />
            {SURVEY_CHANGES.map((part) => {
              const n = counts[part]
              if (n === 0 || counts.total === 0) return null
              const w = (n / counts.total) * BAR_W
              const at = x
              x += w
              return (
                <g key={part}>
                  <rect
                    x={at}
                    y={y}
                    width={w}
                    height={BAR_H}
                    fill={part === 'down' ? `url(#${hatch})` : CHANGE_FILL[part]}
                    stroke="#333"
                    strokeWidth="0.8"
                  />
                  {w >= 34 ? (
                    <text
                      x={at + w / 2}
                      y={y + BAR_H / 2}
                      textAnchor="middle"
                      dominantBaseline="central"
                      className={`change-bars__share change-bars__share--${part}`}
                    >
                      {share(counts.percent[part])}
                    </text>
                  ) : null}
                </g>
              )
            })}
            <text
              x={LABEL_W + BAR_W + 6}
              y={y + BAR_H / 2}
              className="change-bars__n"
              dominantBaseline="central"
            >
              {`n=${counts.total}`}
            </text>
          </g>
        )
      })}
    </svg>
  )
}

/** The legend of the bars: the same paints, in words. */
export function ChangeLegend({ label }: { label: string }) {
  const hatch = `legend-${useId().replace(/[^A-Za-z0-9_-]/g, '')}`
  return (
    <p className="change-legend" aria-label={label}>
      {SURVEY_CHANGES.map((part) => (
        <span key={part} className="change-legend__item">
          <svg width="22" height="12" viewBox="0 0 22 12" aria-hidden="true">
            {part === 'down' && <DownHatch id={hatch} />}
            <rect
              x="0.5"
              y="0.5"
              width="21"
              height="11"
              fill={part === 'down' ? `url(#${hatch})` : CHANGE_FILL[part]}
              stroke="#333"
            />
          </svg>
          {part}
        </span>
      ))}
    </p>
  )
}
