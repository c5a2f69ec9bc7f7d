import { useId, useState } from 'react'
import { DEFAULT_TABLE_SIZE, type PlanMode } from '../../../../shared/roster/groupPlan'
import { ConfirmDialog } from '../../../ui/ConfirmDialog'
import { useRosterT } from './rosterMessages'

export interface PlanRequest {
  mode: PlanMode
  size: number
  seed: number
}

interface PlanPanelProps {
  /** People seated now: making a plan replaces their seats (asked first). */
  seated: number
  disabled: boolean
  onMake: (request: PlanRequest) => void
}

/** 「グループ案をつくる」: mixed (the report's rule) or by 圏域, the table size and the seed. */
export function PlanPanel({ seated, disabled, onMake }: PlanPanelProps) {
  const t = useRosterT()
  const id = useId()
  const [mode, setMode] = useState<PlanMode>('mixed')
  const [size, setSize] = useState(String(DEFAULT_TABLE_SIZE))
  const [seed, setSeed] = useState('1')
  const [asking, setAsking] = useState(false)
  const request = (): PlanRequest => ({
    mode,
    size: Math.min(20, Math.max(2, Math.round(Number(size)) || DEFAULT_TABLE_SIZE)),
    seed: Math.max(0, Math.round(Number(seed)) || 0),
  })
  return (
    <section className="plan-panel" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className="plan-panel__title">
        {t.planHeading}
      </h3>
      <fieldset className="plan-panel__modes">
        <legend className="visually-hidden">{t.planMode}</legend>
        {(['mixed', 'area'] as const).map((m) => (
          <label key={m} className="check-chip">
            <input
              type="radio"
              name={`${id}-mode`}
              checked={mode === m}
              onChange={() => {
                setMode(m)
              }}
            />
            {m === 'mixed' ? t.planMixed : t.planArea}
          </label>
        ))}
      </fieldset>
      <label className="plan-panel__field">
        {t.planSize}
        <input
          className="field field--number"
          type="number"
          min={2}
          max={20}
          value={size}
          onChange={(e) => {
            setSize(e.target.value)
          }}
        />
      </label>
      <label className="plan-panel__field" title={t.planSeedHint}>
        {t.planSeed}
        <input
          className="field field--number"
          type="number"
          min={0}
          value={seed}
          aria-describedby={`${id}-seed-hint`}
          onChange={(e) => {
            setSeed(e.target.value)
          }}
        />
      </label>
      <button
        type="button"
        className="button button--primary"
        disabled={disabled}
        onClick={() => {
          if (seated > 0) setAsking(true)
          else onMake(request())
        }}
      >
        {t.planMake}
      </button>
      <p id={`${id}-seed-hint`} className="form-note plan-panel__hint">
        {t.planSeedHint}
      </p>
      <ConfirmDialog
        open={asking}
        title={t.planConfirmTitle}
        body={t.planConfirmBody(seated)}
        confirmLabel={t.planConfirm}
        onCancel={() => {
          setAsking(false)
        }}
        onConfirm={() => {
          setAsking(false)
          onMake(request())
        }}
      />
    </section>
  )
}
