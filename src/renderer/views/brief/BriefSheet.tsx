import '../../styles/brief.css'
import { useId } from 'react'
import { BRIEF_PARTS, type BriefPart } from '../../../shared/model/schemas'
import { BRIEF_PART_LABELS, type Brief } from '../../../shared/theme3/brief'
import { formatDate } from '../../i18n/format'
import { useLang, useT } from '../../i18n/useT'
import { briefDensity } from './briefDensity'
import { BriefPartField } from './BriefPartField'
import { BriefPartText } from './BriefPartText'

interface BriefEditing {
  onEdit: (part: BriefPart, text: string) => void
  onRevert: (part: BriefPart) => void
}

interface BriefSheetProps {
  brief: Brief
  /** The テーマ3 screen edits the sheet; without it (the 引き継ぎ資料) the sheet is read only. */
  editing?: BriefEditing
}

/**
 * The 伝達シート as one A4 portrait page: 「伝達シート」 and the workshop, date, venue and group,
 * then every part in the order a municipal officer reads it. On screen the parts are fields (or
 * text, read only); on paper only the text prints (see brief.css), set a step smaller when the
 * sheet is full. The テーマ3 screen and the 市町村への引き継ぎ資料 print this one layout.
 */
export function BriefSheet({ brief, editing }: BriefSheetProps) {
  const t = useT()
  const lang = useLang()
  const titleId = useId()
  const texts = Object.fromEntries(BRIEF_PARTS.map((p) => [p, brief.parts[p].text])) as Record<
    BriefPart,
    string
  >
  const density = briefDensity(texts)
  const date = formatDate(brief.date, lang)
  const meta: { label: string; value: string }[] = [
    { label: t.briefWorkshop, value: brief.workshopTitle },
    { label: t.briefDate, value: date },
    { label: t.briefVenue, value: brief.venue },
    { label: t.briefGroup, value: brief.groupName },
  ].filter((m) => m.value.trim() !== '')

  return (
    <article
      className={`brief-sheet brief-sheet--${density}${editing ? '' : ' brief-sheet--read'} print-sheet`}
      data-density={density}
      data-testid="brief-sheet"
      aria-labelledby={titleId}
    >
      <header className="brief-sheet__head">
        <h2 className="brief-sheet__title" id={titleId}>
          {t.briefSheetTitle}
        </h2>
        <p className="brief-sheet__subtitle">{t.briefSheetSubtitle}</p>
        {meta.length > 0 ? (
          <dl className="brief-sheet__meta">
            {meta.map((m) => (
              <div key={m.label} className="brief-sheet__meta-item">
                <dt>{m.label}</dt>
                <dd>{m.value}</dd>
              </div>
            ))}
          </dl>
        ) : null}
      </header>
      <div className="brief-sheet__parts">
        {BRIEF_PARTS.map((part) =>
          editing ? (
            <BriefPartField
              key={`${brief.canvasId}/${part}`}
              view={brief.parts[part]}
              label={BRIEF_PART_LABELS[part][lang]}
              canvasChanged={brief.parts[part].differs}
              onEdit={editing.onEdit}
              onRevert={editing.onRevert}
            />
          ) : (
            <BriefPartText
              key={`${brief.canvasId}/${part}`}
              view={brief.parts[part]}
              label={BRIEF_PART_LABELS[part][lang]}
            />
          ),
        )}
      </div>
    </article>
  )
}
