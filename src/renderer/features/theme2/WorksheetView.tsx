import { buildWorksheet } from '../../../shared/theme2/worksheet'
import { useWorkshopStore } from '../../session/appServices'
import { useT } from '../../i18n/useT'
import { WorksheetCell } from './WorksheetCell'

/**
 * The topic as the 問1-問5 worksheet (埼玉県立大学; the 稲城市 example): the same data as the
 * map, editable here too.
 */
export function WorksheetView({ topicId }: { topicId: string }) {
  const t = useT()
  const doc = useWorkshopStore((s) => s.doc)
  const sheet = doc ? buildWorksheet(doc, topicId) : null
  if (!sheet) return null
  const cell = { topicId }
  const more = (n: number) =>
    n > 0 ? <p className="t2-sheet__more">{t.theme2SheetMore(n)}</p> : null

  return (
    <div className="t2-sheet" data-worksheet="">
      <div className="t2-sheet__actions">
        <button
          type="button"
          className="button button--small"
          onClick={() => {
            window.print()
          }}
        >
          {t.theme2Print}
        </button>
      </div>
      {sheet.label ? <p className="t2-sheet__label">{sheet.label}</p> : null}
      <h2 className="t2-sheet__q">{t.theme2Q1}</h2>
      <div className="t2-sheet__row">
        <span className="t2-sheet__head">{t.theme2TopicTitle}</span>
        <WorksheetCell
          {...cell}
          field={{ kind: 'theme' }}
          value={sheet.theme}
          label={t.theme2TopicTitle}
        />
      </div>
      <h2 className="t2-sheet__q">{t.theme2Q2}</h2>
      <div className="t2-sheet__row">
        <span className="t2-sheet__head">{t.theme2Goal}</span>
        <WorksheetCell {...cell} field={{ kind: 'goal' }} value={sheet.goal} label={t.theme2Goal} />
      </div>
      <h2 className="t2-sheet__q">{t.theme2Q3}</h2>
      {sheet.causes.map((c, row) => (
        <div key={c.causeId ?? `empty-${String(row)}`} className="t2-sheet__row">
          <span className="t2-sheet__head">{t.theme2SheetCause(row + 1)}</span>
          <WorksheetCell
            {...cell}
            field={{ kind: 'cause', row }}
            value={c.text}
            label={t.theme2SheetCause(row + 1)}
          />
        </div>
      ))}
      {more(sheet.moreCauses)}
      <div className="t2-sheet__row t2-sheet__row--main">
        <span className="t2-sheet__head">
          <span aria-hidden="true">★</span> {t.theme2MainCauseRow}
        </span>
        <WorksheetCell
          {...cell}
          field={{ kind: 'mainCause' }}
          value={sheet.mainCause.text}
          label={t.theme2MainCauseRow}
        />
      </div>
      <h2 className="t2-sheet__q">{t.theme2Q4}</h2>
      <div className="t2-sheet__row t2-sheet__row--cols" aria-hidden="true">
        <span className="t2-sheet__head" />
        <span className="t2-sheet__col">{t.theme2ColMeasure}</span>
        <span className="t2-sheet__col">{t.theme2ColTarget}</span>
      </div>
      {sheet.measures.map((m, row) => (
        <div
          key={m.measureId ?? `empty-${String(row)}`}
          className="t2-sheet__row t2-sheet__row--two"
        >
          <span className="t2-sheet__head">
            {t.theme2SheetMeasure(row + 1)}
            {m.chosen ? (
              <span className="t2-sheet__chosen">
                <span aria-hidden="true">✓</span>
                {t.theme2MeasureChosen}
              </span>
            ) : null}
          </span>
          <WorksheetCell
            {...cell}
            field={{ kind: 'measureText', row }}
            value={m.text}
            label={t.theme2SheetMeasure(row + 1)}
          />
          <WorksheetCell
            {...cell}
            field={{ kind: 'measureTarget', row }}
            value={m.target}
            label={t.theme2SheetTarget(row + 1)}
            multiline={false}
          />
        </div>
      ))}
      {more(sheet.moreMeasures)}
      <h2 className="t2-sheet__q">{t.theme2Q5}</h2>
      <div className="t2-sheet__row t2-sheet__row--cols" aria-hidden="true">
        <span className="t2-sheet__head" />
        <span className="t2-sheet__col">{t.theme2ColExpectation}</span>
        <span className="t2-sheet__col">{t.theme2ColIndicator}</span>
      </div>
      {sheet.outcomes.map((o, row) => (
        <div
          key={o.outcomeId ?? `empty-${String(row)}`}
          className="t2-sheet__row t2-sheet__row--two"
        >
          <span className="t2-sheet__head">{t.theme2SheetExpectation(row + 1)}</span>
          <WorksheetCell
            {...cell}
            field={{ kind: 'expectation', row }}
            value={o.expectation}
            label={t.theme2SheetExpectation(row + 1)}
          />
          <WorksheetCell
            {...cell}
            field={{ kind: 'indicator', row }}
            value={o.indicator}
            label={t.theme2SheetIndicator(row + 1)}
          />
        </div>
      ))}
      {more(sheet.moreOutcomes)}
      <div className="t2-sheet__row t2-sheet__row--statement">
        <span className="t2-sheet__head">{t.theme2Statement}</span>
        <WorksheetCell
          {...cell}
          field={{ kind: 'statement' }}
          value={sheet.statement}
          label={t.theme2Statement}
          multiline={false}
        />
      </div>
    </div>
  )
}
