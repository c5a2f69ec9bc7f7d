import { useT } from '../../i18n/useT'

export interface CanvasChoice {
  id: string
  title: string
}

interface BriefCanvasPickerProps {
  choices: CanvasChoice[]
  selectedId: string
  onSelect: (id: string) => void
}

/** One button per 地域課題 of the board (shown when there are several), the current one pressed. */
export function BriefCanvasPicker({ choices, selectedId, onSelect }: BriefCanvasPickerProps) {
  const t = useT()
  return (
    <div className="brief-picker" role="group" aria-label={t.briefCanvasPicker}>
      <span className="brief-picker__label" aria-hidden="true">
        {t.briefCanvasPicker}
      </span>
      {choices.map((choice, index) => (
        <button
          key={choice.id}
          type="button"
          className={
            choice.id === selectedId
              ? 'button button--small brief-picker__choice is-on'
              : 'button button--small brief-picker__choice'
          }
          aria-pressed={choice.id === selectedId}
          title={choice.title || t.briefUntitled}
          onClick={() => {
            onSelect(choice.id)
          }}
        >
          <span className="brief-picker__number" aria-hidden="true">
            {index + 1}
          </span>
          <span className="brief-picker__title">{choice.title || t.briefUntitled}</span>
        </button>
      ))}
    </div>
  )
}
