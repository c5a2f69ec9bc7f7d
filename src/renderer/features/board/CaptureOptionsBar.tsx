import { TROUBLED_WHO } from '../../../shared/model/schemas'
import { useT } from '../../i18n/useT'
import type { CaptureOptions } from './boardActions'
import { whoLabel } from './noteLabels'
import { TaneIcon } from '../../ui/TaneIcon'

interface CaptureOptionsBarProps {
  /** Names the group of chips (e.g. 「日常療養」), so that each area's chips can be told apart. */
  areaTitle: string
  value: CaptureOptions
  onChange: (value: CaptureOptions) => void
}

/**
 * The chips next to a capture field: kind 手元用 / 見出し, who is troubled and タネ. They are
 * toggle buttons (aria-pressed; the ✓ drawn on a pressed chip is decoration, not part of its
 * name). Who and タネ stay as set for the next note; 見出し goes back to 手元用 once a 見出し is
 * added (CaptureField).
 */
export function CaptureOptionsBar({ areaTitle, value, onChange }: CaptureOptionsBarProps) {
  const t = useT()
  const keepFocus = (event: { preventDefault: () => void }) => {
    // A click on a chip must not take the focus from the field: the next note is typed at once.
    event.preventDefault()
  }
  return (
    <div className="capture-options">
      <div className="chip-group" role="group" aria-label={`${areaTitle}：${t.boardKind}`}>
        {(['hand', 'heading'] as const).map((kind) => (
          <button
            key={kind}
            type="button"
            className={`chip chip--kind chip--${kind}`}
            aria-pressed={value.kind === kind}
            onMouseDown={keepFocus}
            onClick={() => {
              onChange({ ...value, kind })
            }}
          >
            {kind === 'hand' ? t.boardKindHand : t.boardKindHeading}
          </button>
        ))}
      </div>
      <div className="chip-group" role="group" aria-label={`${areaTitle}：${t.boardWho}`}>
        {TROUBLED_WHO.map((who) => {
          const on = value.who.includes(who)
          return (
            <button
              key={who}
              type="button"
              className="chip"
              aria-pressed={on}
              onMouseDown={keepFocus}
              onClick={() => {
                onChange({
                  ...value,
                  who: on ? value.who.filter((w) => w !== who) : [...value.who, who],
                })
              }}
            >
              {whoLabel(who, t)}
            </button>
          )
        })}
      </div>
      <button
        type="button"
        className="chip chip--tane"
        aria-pressed={value.tane}
        title={t.boardTaneHint}
        aria-label={`${areaTitle}：${t.boardTane}`}
        onMouseDown={keepFocus}
        onClick={() => {
          onChange({ ...value, tane: !value.tane })
        }}
      >
        <TaneIcon />
        {t.boardTane}
      </button>
    </div>
  )
}
