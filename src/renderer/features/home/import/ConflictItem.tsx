import { RECORD_LABELS } from '../../../../shared/merge/mergeLabels'
import type { MergeChoice, MergeItem } from '../../../../shared/merge/previewMerge'
import { describeRecord, userText } from '../../../../shared/model/recordTypes'
import type { AnyRecord } from '../../../../shared/model/schemas'
import { useT } from '../../../i18n/useT'

interface ConflictItemProps {
  item: MergeItem
  choice: MergeChoice
  onChoice: (choice: MergeChoice) => void
}

/** The words of one version as the user wrote them (never HTML), or what it is. */
function versionText(record: AnyRecord | null, deleted: string): string {
  if (!record) return ''
  const words = (userText(record) ?? describeRecord(record))
    .filter((w) => w.trim() !== '')
    .join('\n')
  const label = words || RECORD_LABELS[record.type].name
  return record.deletedAt === null ? label : `${label} ${deleted}`
}

/** One record changed on both sides: both versions side by side and the choice under them. */
export function ConflictItem({ item, choice, onChoice }: ConflictItemProps) {
  const t = useT()
  const choices: { value: MergeChoice; label: string }[] = [
    ...(item.canKeepBoth ? [{ value: 'both' as const, label: t.importChoiceBoth }] : []),
    { value: 'local', label: t.importChoiceLocal },
    { value: 'incoming', label: t.importChoiceIncoming },
  ]
  const name = `conflict-${item.key}`
  return (
    <li className="import-conflict" data-conflict={item.key}>
      <p className="import-conflict__type">{RECORD_LABELS[item.type].name}</p>
      <div className="import-conflict__sides">
        <dl className="import-conflict__side">
          <dt>{t.importLocal}</dt>
          <dd>{versionText(item.local, t.importDeleted)}</dd>
        </dl>
        <dl className="import-conflict__side">
          <dt>{t.importIncoming}</dt>
          <dd>{versionText(item.incoming, t.importDeleted)}</dd>
        </dl>
      </div>
      <fieldset className="import-conflict__choices">
        <legend className="visually-hidden">{RECORD_LABELS[item.type].name}</legend>
        {choices.map((c) => (
          <label key={c.value}>
            <input
              type="radio"
              name={name}
              value={c.value}
              checked={choice === c.value}
              onChange={() => {
                onChoice(c.value)
              }}
            />
            {c.label}
          </label>
        ))}
      </fieldset>
    </li>
  )
}
