import { BRIEF_PARTS } from '../../../shared/model/schemas'
import type { WorkshopDoc } from '../../../shared/model/workshopDoc'
import { BRIEF_PART_LABELS, buildBrief } from '../../../shared/theme3/brief'
import type { Lang } from '../../i18n/useT'
import { useT } from '../../i18n/useT'
import { BriefLines } from '../../views/BriefLines'
import { useShrinkToFit } from './theme3ShrinkToFit'

/** The 伝達シート of the canvas as the table has it (edited parts included), read-only. */
export function Theme3ProjectorBrief({
  doc,
  canvasId,
  lang,
  fitKey,
}: {
  doc: WorkshopDoc
  canvasId: string
  lang: Lang
  fitKey: string
}) {
  const t = useT()
  const brief = buildBrief(doc, canvasId)
  // The 地域課題 is the band above; the sheet shows the rest.
  const parts = BRIEF_PARTS.filter((p) => p !== 'title').map((p) => ({
    part: p,
    label: BRIEF_PART_LABELS[p][lang],
    text: brief?.parts[p].text ?? '',
  }))
  const box = useShrinkToFit<HTMLDivElement>(`${fitKey}/${parts.map((p) => p.text).join('\n')}`)
  return (
    <section className="pj3-panel" aria-label={t.t3pjViewBrief} data-testid="pj3-brief">
      <h2 className="pj3-panel__title">{t.t3pjViewBrief}</h2>
      <div className="pj3-panel__body" ref={box}>
        <dl className="pj3-brief">
          {parts.map((p) => (
            <div key={p.part} className="pj3-brief__row">
              <dt className="pj3-brief__label">{p.label}</dt>
              <dd className="pj3-brief__text">
                {p.text.trim() === '' ? t.t3pjEmptyArea : <BriefLines text={p.text} />}
              </dd>
            </div>
          ))}
        </dl>
      </div>
    </section>
  )
}
