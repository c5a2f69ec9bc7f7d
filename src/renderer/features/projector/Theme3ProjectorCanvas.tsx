import { CANVAS_AREAS, type CanvasArea, type CanvasNote } from '../../../shared/model/schemas'
import type { WorkshopDoc } from '../../../shared/model/workshopDoc'
import { CANVAS_AREA_LABELS } from '../../../shared/theme3/canvasLabels'
import {
  REF_KIND_LABELS,
  canvasAreaNotes,
  resolveRef,
  type CanvasView,
} from '../../../shared/theme3/theme3Queries'
import type { Lang } from '../../i18n/useT'
import { useT } from '../../i18n/useT'
import { useShrinkToFit } from './theme3ShrinkToFit'

const AREA_NUMBERS: Record<CanvasArea, string> = {
  facts: '①',
  thoughts: '②',
  materials: '③',
  share: '④',
}

interface ShownNote {
  id: string
  text: string
  /** 「テーマ2 主たる原因」 etc. for a live reference, null for a note typed on the canvas. */
  badge: string | null
  deleted: boolean
}

function shownNotes(
  doc: WorkshopDoc,
  notes: CanvasNote[],
  groupId: string,
  lang: Lang,
): ShownNote[] {
  return notes.flatMap((note): ShownNote[] => {
    if (note.ref === null) {
      return note.text.trim() === ''
        ? []
        : [{ id: note.id, text: note.text, badge: null, deleted: false }]
    }
    const ref = resolveRef(doc, note.ref, groupId)
    if (ref.missing || ref.text.trim() === '') return []
    return [
      { id: note.id, text: ref.text, badge: REF_KIND_LABELS[ref.kind][lang], deleted: ref.deleted },
    ]
  })
}

interface AreaProps {
  area: CanvasArea
  notes: ShownNote[]
  lang: Lang
  fitKey: string
}

function Theme3ProjectorArea({ area, notes, lang, fitKey }: AreaProps) {
  const t = useT()
  const body = useShrinkToFit<HTMLDivElement>(`${fitKey}/${notes.map((n) => n.text).join('\n')}`)
  const label = lang === 'ja' ? CANVAS_AREA_LABELS[area].ja : CANVAS_AREA_LABELS[area].en
  return (
    <section className={`pj3-area pj3-area--${area}`} aria-label={label} data-area={area}>
      <h2 className="pj3-area__title">
        <span className="pj3-area__number" aria-hidden="true">
          {AREA_NUMBERS[area]}
        </span>
        {label}
      </h2>
      <div className="pj3-area__body" ref={body}>
        {notes.length === 0 ? (
          <p className="pj3-empty">{t.t3pjEmptyArea}</p>
        ) : (
          <ul className="pj3-notes">
            {notes.map((note) => (
              <li
                key={note.id}
                className={note.badge ? 'pj3-note pj3-note--ref' : 'pj3-note'}
                data-testid="pj3-note"
              >
                <span className="pj3-note__text">{note.text}</span>
                {note.badge ? (
                  <span className="pj3-badge">
                    {note.badge}
                    {note.deleted ? `（${t.t3pjDeleted}）` : ''}
                  </span>
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </div>
    </section>
  )
}

interface Theme3ProjectorCanvasProps {
  doc: WorkshopDoc
  view: CanvasView
  groupId: string
  lang: Lang
  fitKey: string
}

/** One canvas for the room: the 地域課題, then ①事実・情報 ②そこから… ③補足… ④伝え方… as 2×2. */
export function Theme3ProjectorCanvas({
  doc,
  view,
  groupId,
  lang,
  fitKey,
}: Theme3ProjectorCanvasProps) {
  const areas = canvasAreaNotes(doc, view.canvas.id)
  return (
    <div className="pj3-canvas" data-testid="pj3-canvas">
      <div className="pj3-areas">
        {CANVAS_AREAS.map((area) => (
          <Theme3ProjectorArea
            key={area}
            area={area}
            notes={shownNotes(doc, areas[area], groupId, lang)}
            lang={lang}
            fitKey={fitKey}
          />
        ))}
      </div>
    </div>
  )
}
