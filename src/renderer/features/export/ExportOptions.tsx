import type { Group } from '../../../shared/model/schemas'
import { THEME_IDS, type ThemeId } from '../../../shared/model/themes'
import { useT } from '../../i18n/useT'
import type { PageSize } from '../../export/exportFiles'

interface ExportOptionsProps {
  groups: readonly Group[]
  /** null: every group. */
  chosenGroups: ReadonlySet<string> | null
  onGroups: (chosen: ReadonlySet<string> | null) => void
  themes: ReadonlySet<ThemeId>
  onThemes: (themes: ReadonlySet<ThemeId>) => void
  pageSize: PageSize
  onPageSize: (size: PageSize) => void
}

function toggled<T>(set: ReadonlySet<T>, item: T, on: boolean): Set<T> {
  const next = new Set(set)
  if (on) next.add(item)
  else next.delete(item)
  return next
}

/** What to export: all groups or some, which themes, and the PDF's paper. */
export function ExportOptions({
  groups,
  chosenGroups,
  onGroups,
  themes,
  onThemes,
  pageSize,
  onPageSize,
}: ExportOptionsProps) {
  const t = useT()
  const themeLabel: Record<ThemeId, string> = {
    theme1: t.exportTheme1,
    theme2: t.exportTheme2,
    theme3: t.exportTheme3,
  }
  return (
    <div className="export-options">
      <fieldset className="export-fieldset">
        <legend>{t.exportGroupsLegend}</legend>
        <label className="export-choice">
          <input
            type="radio"
            name="export-groups"
            checked={chosenGroups === null}
            onChange={() => {
              onGroups(null)
            }}
          />
          {t.exportGroupsAll}
        </label>
        <label className="export-choice">
          <input
            type="radio"
            name="export-groups"
            checked={chosenGroups !== null}
            onChange={() => {
              onGroups(new Set(groups.map((g) => g.id)))
            }}
          />
          {t.exportGroupsSome}
        </label>
        {chosenGroups !== null && (
          <div className="export-group-list">
            {groups.map((group) => (
              <label key={group.id} className="export-choice">
                <input
                  type="checkbox"
                  checked={chosenGroups.has(group.id)}
                  onChange={(event) => {
                    onGroups(toggled(chosenGroups, group.id, event.target.checked))
                  }}
                />
                {group.name}
              </label>
            ))}
          </div>
        )}
      </fieldset>
      <fieldset className="export-fieldset">
        <legend>{t.exportThemesLegend}</legend>
        {THEME_IDS.map((id) => (
          <label key={id} className="export-choice">
            <input
              type="checkbox"
              checked={themes.has(id)}
              onChange={(event) => {
                onThemes(toggled(themes, id, event.target.checked))
              }}
            />
            {themeLabel[id]}
          </label>
        ))}
      </fieldset>
      <fieldset className="export-fieldset">
        <legend>{t.exportPageLegend}</legend>
        {(['A4', 'A3'] as const).map((size) => (
          <label key={size} className="export-choice">
            <input
              type="radio"
              name="export-page-size"
              checked={pageSize === size}
              onChange={() => {
                onPageSize(size)
              }}
            />
            {size === 'A4' ? t.exportPageA4 : t.exportPageA3}
          </label>
        ))}
      </fieldset>
    </div>
  )
}
