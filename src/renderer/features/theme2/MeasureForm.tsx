import { useId, useState, type KeyboardEvent } from 'react'
import { LIMITS } from '../../../shared/model/limits'
import { useT } from '../../i18n/useT'
import { isComposing } from '../../ui/keyboard'

interface MeasureFormProps {
  /** Adds the countermeasure; true when added (the form then empties). */
  onAdd: (text: string, target: string) => boolean
}

/** 対策の内容 and 誰に対する対策, added with Enter (never the IME's Enter) or 追加. */
export function MeasureForm({ onAdd }: MeasureFormProps) {
  const t = useT()
  const [text, setText] = useState('')
  const [target, setTarget] = useState('')
  const textId = useId()
  const targetId = useId()

  const submit = () => {
    if (text.trim() === '') return
    if (onAdd(text, target)) {
      setText('')
      setTarget('')
      document.getElementById(textId)?.focus()
    }
  }
  const handleKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (isComposing(event)) return
    if (event.key === 'Enter' && !event.shiftKey && !event.altKey) {
      event.preventDefault()
      submit()
    }
  }

  return (
    <div className="t2-measure-form">
      <label className="t2-field" htmlFor={textId}>
        <span className="t2-field__label">{t.theme2MeasureText}</span>
        <textarea
          id={textId}
          className="field capture__field"
          rows={1}
          value={text}
          maxLength={LIMITS.noteTextChars}
          spellCheck={false}
          data-t2-capture="measure"
          onChange={(event) => {
            setText(event.target.value)
          }}
          onKeyDown={handleKeyDown}
        />
      </label>
      <label className="t2-field t2-field--target" htmlFor={targetId}>
        <span className="t2-field__label">{t.theme2MeasureTarget}</span>
        <input
          id={targetId}
          type="text"
          className="field"
          value={target}
          maxLength={LIMITS.shortTextChars}
          spellCheck={false}
          onChange={(event) => {
            setTarget(event.target.value)
          }}
          onKeyDown={handleKeyDown}
        />
      </label>
      <button
        type="button"
        className="button button--small button--primary"
        disabled={text.trim() === ''}
        onClick={submit}
      >
        {t.theme2MeasureAdd}
      </button>
    </div>
  )
}
