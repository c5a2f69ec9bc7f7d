import type { Topic } from '../../../shared/model/schemas'
import type { WorkshopDoc } from '../../../shared/model/workshopDoc'
import {
  causeOutline,
  topicMeasures,
  topicOutcomes,
  topicView,
  voteTotals,
} from '../../../shared/theme2/theme2Queries'
import type { Worksheet } from '../../../shared/theme2/worksheet'
import type { Theme2ProjectorText } from './theme2ProjectorText'

interface SummaryProps {
  doc: WorkshopDoc
  topic: Topic
  text: Theme2ProjectorText
}

function Filled({ value, text }: { value: string; text: Theme2ProjectorText }) {
  return value.trim() ? <>{value}</> : <span className="pj2-empty">{text.empty}</span>
}

/** The map of one topic in brief: テーマ, 目指す姿, 原因 (votes, ★主たる原因), 対策, 期待値/指標, 地域課題. */
export function Theme2MapSummary({ doc, topic, text }: SummaryProps) {
  const view = topicView(doc, topic)
  const outline = causeOutline(doc, topic.id)
  const votes = voteTotals(doc, topic.id)
  const measures = topicMeasures(doc, topic.id)
  const outcomes = topicOutcomes(doc, topic.id)
  const causeItem = (id: string, causeText: string, depth: number) => {
    const main = topic.mainCauseId === id
    return (
      <li
        key={id}
        className={`pj2-cause${depth > 0 ? ' pj2-cause--sub' : ''}${main ? ' pj2-cause--main' : ''}`}
        style={depth > 1 ? { marginLeft: `${String(1.2 * depth)}em` } : undefined}
        data-testid="pj2-cause"
      >
        {main && <span className="pj2-tag pj2-tag--main">{text.mainCause}</span>}
        <span className="pj2-cause__text">{causeText}</span>
        <span className="pj2-votes">{text.votes(votes[id] ?? 0)}</span>
      </li>
    )
  }
  return (
    <div className="pj2-map" data-testid="pj2-map">
      <section className="pj2-box pj2-box--topic">
        <h2 className="pj2-box__title">{text.topic}</h2>
        <p className="pj2-box__lead">
          <Filled value={view.title} text={text} />
        </p>
        <h2 className="pj2-box__title">{text.goal}</h2>
        <p className="pj2-box__text">
          <Filled value={topic.goal} text={text} />
        </p>
      </section>
      <section className="pj2-box pj2-box--causes">
        <h2 className="pj2-box__title">{text.causes}</h2>
        {outline.length === 0 ? (
          <p className="pj2-empty">{text.empty}</p>
        ) : (
          <ul className="pj2-list">
            {outline.map((line) => causeItem(line.cause.id, line.cause.text, line.depth))}
          </ul>
        )}
      </section>
      <section className="pj2-box pj2-box--measures">
        <h2 className="pj2-box__title">{text.measures}</h2>
        {measures.length === 0 ? (
          <p className="pj2-empty">{text.empty}</p>
        ) : (
          <ul className="pj2-list">
            {measures.map((m) => (
              <li key={m.id} className={`pj2-measure${m.chosen ? ' pj2-measure--chosen' : ''}`}>
                {m.chosen && <span className="pj2-tag">{text.chosen}</span>}
                <span className="pj2-cause__text">{m.text}</span>
                {m.target.trim() && (
                  <span className="pj2-target">
                    {text.target}: {m.target}
                  </span>
                )}
              </li>
            ))}
          </ul>
        )}
        <h2 className="pj2-box__title">{text.outcomes}</h2>
        {outcomes.length === 0 ? (
          <p className="pj2-empty">{text.empty}</p>
        ) : (
          <ul className="pj2-list">
            {outcomes.map((o) => (
              <li key={o.id} className="pj2-outcome">
                <span className="pj2-label">{text.expectation}</span> {o.expectation}
                {o.indicator.trim() && (
                  <>
                    {' '}
                    <span className="pj2-label">{text.indicator}</span> {o.indicator}
                  </>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="pj2-box pj2-box--statement">
        <h2 className="pj2-box__title">{text.statement}</h2>
        <p className="pj2-box__lead">
          <Filled value={topic.statement} text={text} />
        </p>
      </section>
    </div>
  )
}

/** The 問1-問5 worksheet of one topic, as on the paper sheet. */
export function Theme2WorksheetSummary({
  sheet,
  text,
}: {
  sheet: Worksheet
  text: Theme2ProjectorText
}) {
  const more = (n: number) => (n > 0 ? <p className="pj2-more">{text.more(n)}</p> : null)
  return (
    <div className="pj2-sheet" data-testid="pj2-sheet">
      <section className="pj2-box">
        <h2 className="pj2-box__title">{text.q(1, text.topic)}</h2>
        <p className="pj2-box__lead">
          <Filled value={sheet.theme} text={text} />
        </p>
        <h2 className="pj2-box__title">{text.q(2, text.goal)}</h2>
        <p className="pj2-box__text">
          <Filled value={sheet.goal} text={text} />
        </p>
      </section>
      <section className="pj2-box">
        <h2 className="pj2-box__title">{text.q(3, text.causes)}</h2>
        <ol className="pj2-list pj2-list--numbered">
          {sheet.causes.map((c, i) => (
            <li key={c.causeId ?? `empty-${String(i)}`}>
              {c.text || <span className="pj2-empty">{text.empty}</span>}
              {c.causeId && <span className="pj2-votes">{text.votes(c.votes)}</span>}
            </li>
          ))}
        </ol>
        {more(sheet.moreCauses)}
        <p className="pj2-cause pj2-cause--main">
          <span className="pj2-tag pj2-tag--main">{text.mainCause}</span>
          <Filled value={sheet.mainCause.text} text={text} />
        </p>
      </section>
      <section className="pj2-box">
        <h2 className="pj2-box__title">{text.q(4, text.measures)}</h2>
        <ol className="pj2-list pj2-list--numbered">
          {sheet.measures.map((m, i) => (
            <li key={m.measureId ?? `empty-${String(i)}`}>
              {m.chosen && <span className="pj2-tag">{text.chosen}</span>}
              {m.text || <span className="pj2-empty">{text.empty}</span>}
              {m.target.trim() && (
                <span className="pj2-target">
                  {text.target}: {m.target}
                </span>
              )}
            </li>
          ))}
        </ol>
        {more(sheet.moreMeasures)}
      </section>
      <section className="pj2-box">
        <h2 className="pj2-box__title">{text.q(5, text.outcomes)}</h2>
        <ol className="pj2-list pj2-list--numbered">
          {sheet.outcomes.map((o, i) => (
            <li key={o.outcomeId ?? `empty-${String(i)}`}>
              {o.expectation || <span className="pj2-empty">{text.empty}</span>}
              {o.indicator.trim() && (
                <span className="pj2-target">
                  {text.indicator}: {o.indicator}
                </span>
              )}
            </li>
          ))}
        </ol>
        {more(sheet.moreOutcomes)}
      </section>
    </div>
  )
}
