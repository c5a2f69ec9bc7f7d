import { formatDuration, fromMinutes, toMinutes } from '../../../shared/timetable/clock'
import type { WorkshopTemplate } from '../../../shared/templates/types'
import { isContinuationRow } from '../../../shared/templates/workshopTemplates'
import { useLang, useT } from '../../i18n/useT'

/** The template's timetable laid out like the report's table (continued 項目 left empty). */
export function TemplatePreview({ template }: { template: WorkshopTemplate }) {
  const t = useT()
  const lang = useLang()
  let minute = toMinutes(template.dayStart)
  const rows = template.rows.map((row, index) => {
    const start = fromMinutes(minute)
    minute += row.durationMin
    return { row, index, start, end: fromMinutes(minute) }
  })
  return (
    <div className="template-preview">
      <div
        className="template-preview__scroll"
        tabIndex={0}
        aria-labelledby="template-preview-caption"
      >
        <table className="preview-table">
          <caption id="template-preview-caption" className="preview-table__caption">
            {t.previewHeading(template.name[lang])}{' '}
            <span className="preview-table__span">
              {t.previewTotal(template.dayStart, fromMinutes(minute))}
            </span>
          </caption>
          <thead>
            <tr>
              <th scope="col">{t.colStart}</th>
              <th scope="col">{t.colEnd}</th>
              <th scope="col">{t.colDuration}</th>
              <th scope="col">{t.colItem}</th>
              <th scope="col">{t.colContent}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ row, index, start, end }) => (
              <tr key={index} className={row.themeId ? 'preview-table__theme' : undefined}>
                <td className="preview-table__time">{start}</td>
                <td className="preview-table__time">{end}</td>
                <td className="preview-table__time">{formatDuration(row.durationMin)}</td>
                <td className="preview-table__item">
                  {isContinuationRow(template.rows, index) ? '' : row.item}
                </td>
                <td className="preview-table__content">{row.content}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  )
}
