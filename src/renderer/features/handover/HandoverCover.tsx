import type { WorkshopDoc } from '../../../shared/model/workshopDoc'
import type { HandoverMunicipality } from '../../../shared/handover/handoverModel'
import { buildBrief } from '../../../shared/theme3/brief'
import { formatDate } from '../../i18n/format'
import { positionLabel } from '../../i18n/labels'
import { useLang, useT } from '../../i18n/useT'
import { useHandoverT } from './handoverMessages'

interface HandoverCoverProps {
  doc: WorkshopDoc
  entry: HandoverMunicipality
  place: string
}

/**
 * The cover of a municipality's 引き継ぎ資料 (one A4 page): 研修名, 開催日 and 会場, the
 * municipality, who from it took part (氏名・立場・所属) and in which group, and what follows.
 * Never a 連絡先.
 */
export function HandoverCover({ doc, entry, place }: HandoverCoverProps) {
  const t = useT()
  const h = useHandoverT()
  const lang = useLang()
  const groupName = new Map(entry.groups.map((g) => [g.groupId, g.name]))
  const meta = [
    { label: h.coverWorkshop, value: doc.workshop.title.trim() || t.untitled },
    { label: h.coverDate, value: formatDate(doc.workshop.date, lang) },
    { label: h.coverVenue, value: doc.workshop.venue.trim() },
    { label: h.coverArea, value: entry.areas.join('・') },
  ].filter((m) => m.value !== '')
  const contents = entry.groups.flatMap((g) =>
    g.canvasIds.length === 0
      ? [h.coverNoSheet(g.name)]
      : g.canvasIds.map((id) =>
          h.coverSheet(g.name, buildBrief(doc, id)?.parts.title.text.split('\n')[0] ?? ''),
        ),
  )

  return (
    <article className="handover-page handover-cover print-sheet" aria-label={h.coverTitle}>
      <header className="handover-cover__head">
        <p className="handover-cover__kicker">{h.coverTitle}</p>
        <h2 className="handover-cover__place">{place}</h2>
        <dl className="handover-cover__meta">
          {meta.map((m) => (
            <div key={m.label}>
              <dt>{m.label}</dt>
              <dd>{m.value}</dd>
            </div>
          ))}
        </dl>
      </header>
      <p className="handover-cover__intro">{h.coverIntro}</p>
      <section aria-label={h.coverPeopleHeading}>
        <h3 className="handover-page__heading">{h.coverPeopleHeading}</h3>
        <table className="handover-table">
          <thead>
            <tr>
              <th scope="col">{h.coverName}</th>
              <th scope="col">{h.coverPosition}</th>
              <th scope="col">{h.coverAffiliation}</th>
              <th scope="col">{h.coverGroup}</th>
            </tr>
          </thead>
          <tbody>
            {entry.people.map((p) => (
              <tr key={p.id}>
                <th scope="row">{p.name}</th>
                <td>{positionLabel(p.position, t)}</td>
                <td>{p.affiliation}</td>
                <td>
                  {p.groupIds.length > 0
                    ? p.groupIds.map((id) => groupName.get(id) ?? '').join('、')
                    : p.kind === 'trainee'
                      ? h.handoverNoGroup
                      : h.kind[p.kind]}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section aria-label={h.coverContentsHeading}>
        <h3 className="handover-page__heading">{h.coverContentsHeading}</h3>
        <ol className="handover-cover__contents">
          {contents.map((line, i) => (
            <li key={i}>{line}</li>
          ))}
          <li>{h.coverEvaluation}</li>
        </ol>
      </section>
    </article>
  )
}
