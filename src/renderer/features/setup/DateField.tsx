import { useCommittedText } from '../../ui/useCommittedText'

const DATE = /^\d{4}-\d{2}-\d{2}$/

interface DateFieldProps {
  id: string
  value: string
  onCommit: (value: string) => void
}

/** 開催日: a date input, committed once when the date is complete and the field is left. */
export function DateField({ id, value, onCommit }: DateFieldProps) {
  const field = useCommittedText(value, (text) => {
    if (text === '' || DATE.test(text)) onCommit(text)
    else field.revert()
  })
  return <input {...field.bind} id={id} type="date" className="field field--date" />
}
