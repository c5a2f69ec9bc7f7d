import { sceneLabel } from '../../i18n/labels'
import { taneCandidates } from '../../../shared/theme2/theme2Queries'
import { createTopicFromTane } from '../../../shared/theme2/topicOps'
import { useWorkshopStore } from '../../session/appServices'
import { useLang, useT } from '../../i18n/useT'
import { useTheme2 } from './Theme2Context'
import { TaneIcon } from '../../ui/TaneIcon'

interface TanePickerProps {
  onPicked: (topicId: string) => void
}

/** The notes marked タネ on the group's テーマ1 board, to pick as topics (linked, not copied). */
export function TanePicker({ onPicked }: TanePickerProps) {
  const t = useT()
  const lang = useLang()
  const { boardId, apply } = useTheme2()
  const doc = useWorkshopStore((s) => s.doc)
  const candidates = doc ? taneCandidates(doc, boardId) : []

  const pick = (noteId: string) => {
    const created = { id: '' }
    apply((doc, ctx) => {
      const records = createTopicFromTane(doc, boardId, noteId, ctx)
      created.id = records[0]?.id ?? ''
      return records
    })
    if (created.id) onPicked(created.id)
  }

  if (candidates.length === 0) return <p className="t2-empty">{t.theme2TaneNone}</p>
  return (
    <ul className="t2-tane-list" aria-label={t.theme2FromTane}>
      {candidates.map(({ note, topicIds }) => (
        <li key={note.id} className="t2-tane">
          <span className="t2-tane__badge">
            <TaneIcon /> {t.theme2TaneLabel}
          </span>
          <span className="t2-tane__text">{note.text || t.boardEmptyNote}</span>
          {note.scenes.length > 0 ? (
            <span className="t2-tane__scenes">
              {note.scenes.map((scene) => sceneLabel(scene, lang)).join('・')}
            </span>
          ) : null}
          {topicIds.length > 0 ? (
            <span className="t2-tane__used">{t.theme2TaneUsed(topicIds.length)}</span>
          ) : null}
          <button
            type="button"
            className="button button--small button--primary"
            aria-label={`${t.theme2Pick}：${note.text}`}
            onClick={() => {
              pick(note.id)
            }}
          >
            {t.theme2Pick}
          </button>
        </li>
      ))}
    </ul>
  )
}
