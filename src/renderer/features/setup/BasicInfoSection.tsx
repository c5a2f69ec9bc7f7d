import { LIMITS } from '../../../shared/model/limits'
import { SCENE_KEYS, type SceneKey } from '../../../shared/model/scenes'
import { updateWorkshop } from '../../../shared/ops/workshopOps'
import { formatDate } from '../../i18n/format'
import { sceneLabel } from '../../i18n/labels'
import { useLang, useT } from '../../i18n/useT'
import { templateName } from '../../i18n/templateName'
import { CommitTextField } from '../../ui/CommitTextField'
import { DateField } from './DateField'
import type { SetupEditing } from './setupTypes'

/** 基本情報: title, date, venue, and the scenes the テーマ1 board uses. */
export function BasicInfoSection({ doc, apply }: SetupEditing) {
  const t = useT()
  const lang = useLang()
  const { workshop } = doc
  const chosen = new Set(workshop.scenes)

  const toggleScene = (scene: SceneKey, checked: boolean) => {
    const next = new Set(chosen)
    if (checked) next.add(scene)
    else next.delete(scene)
    if (next.size === 0) return
    const scenes = SCENE_KEYS.filter((s) => next.has(s))
    apply((current) => updateWorkshop(current, { scenes }))
  }

  return (
    <section className="setup-section" aria-labelledby="basics-heading">
      <header className="section-header">
        <h2 id="basics-heading" className="section-title">
          {t.sectionBasics}
        </h2>
        <p className="section-lead">{t.basicsLead}</p>
      </header>

      <div className="form-card">
        <div className="form-grid">
          <label className="form-label" htmlFor="ws-title">
            {t.fieldTitle}
          </label>
          <CommitTextField
            id="ws-title"
            value={workshop.title}
            onCommit={(title) => {
              apply((current) => updateWorkshop(current, { title }))
            }}
            maxLength={LIMITS.titleChars}
            className="field--wide"
          />

          <label className="form-label" htmlFor="ws-date">
            {t.fieldDate}
          </label>
          <div className="form-inline">
            <DateField
              id="ws-date"
              value={workshop.date}
              onCommit={(date) => {
                apply((current) => updateWorkshop(current, { date }))
              }}
            />
            <span className="form-note">{formatDate(workshop.date, lang)}</span>
          </div>

          <label className="form-label" htmlFor="ws-venue">
            {t.fieldVenue}
          </label>
          <CommitTextField
            id="ws-venue"
            value={workshop.venue}
            onCommit={(venue) => {
              apply((current) => updateWorkshop(current, { venue }))
            }}
            maxLength={LIMITS.shortTextChars}
            className="field--wide"
          />

          <span className="form-label">{t.fieldTemplate}</span>
          <span className="form-value">{templateName(workshop.variant, lang, t)}</span>
        </div>
      </div>

      <fieldset className="form-card scene-picker" aria-describedby="scenes-hint">
        <legend className="scene-picker__legend">{t.scenesLegend}</legend>
        <p id="scenes-hint" className="form-note">
          {t.scenesHint}
        </p>
        <div className="scene-grid">
          {SCENE_KEYS.map((scene) => {
            const checked = chosen.has(scene)
            const isLast = checked && chosen.size === 1
            return (
              <label key={scene} className={checked ? 'scene-tile scene-tile--on' : 'scene-tile'}>
                <input
                  type="checkbox"
                  checked={checked}
                  disabled={isLast}
                  onChange={(event) => {
                    toggleScene(scene, event.target.checked)
                  }}
                />
                <span className="scene-tile__label">{sceneLabel(scene, lang)}</span>
              </label>
            )
          })}
        </div>
        {chosen.size === 1 ? (
          <p className="form-note">
            <span aria-hidden="true">ⓘ </span>
            {t.scenesAtLeastOne}
          </p>
        ) : null}
      </fieldset>
    </section>
  )
}
