import type { Handover, HandoverMunicipality } from '../../../shared/handover/handoverModel'
import { useHandoverT } from './handoverMessages'

interface HandoverListProps {
  handover: Handover
  shownKey: string | null
  placeOf: (entry: HandoverMunicipality) => string
  onShow: (entry: HandoverMunicipality) => void
  /** The row's print button (it shows the row's document first). */
  printButton: (entry: HandoverMunicipality) => React.ReactNode
}

/**
 * The municipalities of the 名簿, one row each: 圏域・市町村, how many took part, the groups that
 * include someone from it with their 伝達シート, 表示 and 印刷・PDF保存.
 */
export function HandoverList({
  handover,
  shownKey,
  placeOf,
  onShow,
  printButton,
}: HandoverListProps) {
  const h = useHandoverT()
  return (
    <table className="handover-list">
      <caption className="handover-list__caption">{h.handoverListHeading}</caption>
      <thead>
        <tr>
          <th scope="col">{h.handoverColPlace}</th>
          <th scope="col">{h.handoverColPeople}</th>
          <th scope="col">{h.handoverColGroups}</th>
          <th scope="col">{h.handoverColActions}</th>
        </tr>
      </thead>
      <tbody>
        {handover.municipalities.map((entry) => {
          const place = placeOf(entry)
          const shown = entry.key === shownKey
          const sheets = entry.groups.reduce((n, g) => n + g.canvasIds.length, 0)
          return (
            <tr key={entry.key} className={shown ? 'is-shown' : undefined}>
              <th scope="row">
                {entry.areas.length > 0 ? (
                  <span className="handover-list__area">{entry.areas.join('・')}</span>
                ) : null}
                <span className="handover-list__place">{place}</span>
              </th>
              <td>{h.handoverPeople(entry.people.length)}</td>
              <td>
                {entry.groups.length === 0 ? (
                  <span className="handover-list__none">{h.handoverNoGroup}</span>
                ) : (
                  <>
                    <span>{entry.groups.map((g) => g.name).join('、')}</span>
                    <span className="handover-list__sheets">
                      （{h.handoverSheetCount(sheets)}）
                    </span>
                  </>
                )}
              </td>
              <td className="handover-list__actions">
                <button
                  type="button"
                  className="button"
                  aria-pressed={shown}
                  title={h.handoverShowHint(place)}
                  onClick={() => {
                    onShow(entry)
                  }}
                >
                  {shown ? h.handoverShowing : h.handoverShow}
                </button>
                {printButton(entry)}
              </td>
            </tr>
          )
        })}
      </tbody>
    </table>
  )
}
