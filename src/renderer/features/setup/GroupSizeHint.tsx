import { useT } from '../../i18n/useT'

/** The report's guide is 「5～6名程度」: a gentle hint outside it, with an icon, not colour alone. */
export function GroupSizeHint({ count }: { count: number }) {
  const t = useT()
  if (count >= 5 && count <= 6) {
    return (
      <span className="size-hint size-hint--ok">
        <span aria-hidden="true">✓</span> {t.sizeOk}
      </span>
    )
  }
  const text = count < 5 ? t.sizeHintFew(5 - count) : t.sizeHintMany(count - 6)
  return (
    <span className="size-hint size-hint--warn">
      <span aria-hidden="true">ⓘ</span> {text}
    </span>
  )
}
