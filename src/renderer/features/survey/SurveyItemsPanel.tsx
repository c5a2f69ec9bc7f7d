import { useId, useState } from 'react'
import { LIMITS } from '../../../shared/model/limits'
import type { SurveyItem } from '../../../shared/model/schemas'
import type { WorkshopDoc } from '../../../shared/model/workshopDoc'
import { SECTION_TITLES } from '../../../shared/survey/surveyBuiltIn'
import { itemShortLabel } from '../../../shared/survey/surveyImport'
import {
  addBuiltInItems,
  addSurveyItem,
  deleteSurveyItem,
  moveSurveyItem,
  rewordSurveyItem,
  surveyItems,
} from '../../../shared/survey/surveyOps'
import {
  isRatedScale,
  SCALE_OPTIONS,
  SURVEY_SCALES,
  type SurveyScale,
} from '../../../shared/survey/surveyScales'
import { useLang, useT } from '../../i18n/useT'
import { CommitTextField } from '../../ui/CommitTextField'
import { SurveyGoalLink, SurveyGoalNoPlan } from './SurveyGoalLink'
import type { SurveyEditing } from './useSurveyEditing'

/** 設問: the items by section (Ⅰ, Ⅱ, 自由記述), each reworded in place, moved or deleted; add one. */
export function SurveyItemsPanel({ doc, editing }: { doc: WorkshopDoc; editing: SurveyEditing }) {
  const t = useT()
  const lang = useLang()
  const items = surveyItems(doc)
  const headingId = useId()
  if (items.length === 0) {
    return (
      <section className="survey-panel" aria-labelledby={headingId}>
        <h2 id={headingId}>{t.surveyItemsHeading}</h2>
        <p className="survey-panel__lead">{t.surveyItemsEmpty}</p>
        <button
          type="button"
          className="button button--primary"
          onClick={() => {
            editing.notifyUndoable(t.surveyBuiltInAdded, editing.apply(addBuiltInItems))
          }}
        >
          {t.surveyUseBuiltIn}
        </button>
      </section>
    )
  }
  return (
    <section className="survey-panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{t.surveyItemsHeading}</h2>
      <SurveyGoalNoPlan doc={doc} />
      {SURVEY_SCALES.map((scale) => {
        const own = items.filter((i) => i.scale === scale)
        if (own.length === 0) return null
        return (
          <div key={scale} className="survey-section">
            <h3>{SECTION_TITLES[scale][lang]}</h3>
            <ol className="survey-items">
              {own.map((item, index) => (
                <ItemRow
                  key={item.id}
                  doc={doc}
                  item={item}
                  label={itemShortLabel(item, items)}
                  first={index === 0}
                  last={index === own.length - 1}
                  editing={editing}
                />
              ))}
            </ol>
            {isRatedScale(scale) ? (
              <p className="survey-options">
                <span className="survey-options__label">{t.surveyOptions}</span>
                {SCALE_OPTIONS[scale].map((o) => `${o.letter}.${o.text}`).join('　')}
              </p>
            ) : null}
          </div>
        )
      })}
      <AddItemForm editing={editing} />
    </section>
  )
}

interface ItemRowProps {
  doc: WorkshopDoc
  item: SurveyItem
  label: string
  first: boolean
  last: boolean
  editing: SurveyEditing
}

function ItemRow({ doc, item, label, first, last, editing }: ItemRowProps) {
  const t = useT()
  return (
    <li className="survey-item">
      <span className="survey-item__label">{label}</span>
      <div className="survey-item__body">
        <CommitTextField
          className="survey-item__text"
          label={t.surveyItemText(label)}
          value={item.text}
          multiline
          maxLength={LIMITS.surveyItemChars}
          onCommit={(text) => {
            if (text !== '') editing.apply((d) => rewordSurveyItem(d, item.id, text))
          }}
        />
        <SurveyGoalLink doc={doc} item={item} label={label} editing={editing} />
      </div>
      <span className="survey-item__tools">
        <button
          type="button"
          className="button button--small"
          disabled={first}
          aria-label={t.surveyMoveUp(label)}
          onClick={() => editing.apply((d) => moveSurveyItem(d, item.id, -1))}
        >
          ↑
        </button>
        <button
          type="button"
          className="button button--small"
          disabled={last}
          aria-label={t.surveyMoveDown(label)}
          onClick={() => editing.apply((d) => moveSurveyItem(d, item.id, 1))}
        >
          ↓
        </button>
        <button
          type="button"
          className="button button--small button--danger"
          aria-label={t.surveyRemoveItem(label)}
          onClick={() => {
            const undoId = editing.apply((d, ctx) => deleteSurveyItem(d, item.id, ctx))
            editing.notifyUndoable(t.surveyItemRemoved, undoId)
          }}
        >
          {t.remove}
        </button>
      </span>
    </li>
  )
}

function AddItemForm({ editing }: { editing: SurveyEditing }) {
  const t = useT()
  const [scale, setScale] = useState<SurveyScale>('fiveStep')
  const [text, setText] = useState('')
  const scaleId = useId()
  const textId = useId()
  const scaleLabel: Record<SurveyScale, string> = {
    fiveStep: t.surveyScaleFiveStep,
    fourStep: t.surveyScaleFourStep,
    freeText: t.surveyScaleFreeText,
  }
  const add = () => {
    const words = text.trim()
    if (words === '') return
    editing.apply((d, ctx) => addSurveyItem(d, scale, words, ctx))
    setText('')
  }
  return (
    <form
      className="survey-add"
      onSubmit={(event) => {
        event.preventDefault()
        add()
      }}
    >
      <label htmlFor={scaleId}>{t.surveyAddScale}</label>
      <select
        id={scaleId}
        value={scale}
        onChange={(e) => {
          setScale(e.target.value as SurveyScale)
        }}
      >
        {SURVEY_SCALES.map((s) => (
          <option key={s} value={s}>
            {scaleLabel[s]}
          </option>
        ))}
      </select>
      <label htmlFor={textId}>{t.surveyAddText}</label>
      <input
        id={textId}
        className="survey-add__text"
        value={text}
        maxLength={LIMITS.surveyItemChars}
        onChange={(e) => {
          setText(e.target.value)
        }}
      />
      <button type="submit" className="button" disabled={text.trim() === ''}>
        {t.surveyAddItem}
      </button>
    </form>
  )
}
