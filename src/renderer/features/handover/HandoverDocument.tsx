import { useMemo } from 'react'
import {
  handoverCanvasIds,
  type HandoverMunicipality,
} from '../../../shared/handover/handoverModel'
import type { WorkshopDoc } from '../../../shared/model/workshopDoc'
import { buildBrief } from '../../../shared/theme3/brief'
import { BriefSheet } from '../../views/brief/BriefSheet'
import { HandoverCover } from './HandoverCover'
import { HandoverEvaluation } from './HandoverEvaluation'
import { useHandoverT } from './handoverMessages'

interface HandoverDocumentProps {
  doc: WorkshopDoc
  entry: HandoverMunicipality
  place: string
}

/**
 * One municipality's 引き継ぎ資料 as it prints (A4 portrait, each part from a new page): the
 * cover, every 伝達シート of its groups in the テーマ3 sheet's own layout (read only), and the
 * evaluation. On screen it is the preview under the list.
 */
export function HandoverDocument({ doc, entry, place }: HandoverDocumentProps) {
  const h = useHandoverT()
  const briefs = useMemo(
    () => handoverCanvasIds(entry).flatMap((id) => buildBrief(doc, id) ?? []),
    [doc, entry],
  )
  return (
    <section
      className="handover-doc"
      aria-label={h.handoverPreview(place)}
      data-handover-key={entry.key}
    >
      <HandoverCover doc={doc} entry={entry} place={place} />
      {briefs.map((brief) => (
        <BriefSheet key={brief.canvasId} brief={brief} />
      ))}
      <HandoverEvaluation doc={doc} placeKey={entry.key} place={place} />
    </section>
  )
}
