import { memo, useId, useRef } from 'react'
import { useShallow } from 'zustand/react/shallow'
import type { SceneKey } from '../../../shared/model/scenes'
import { useWorkshopStore } from '../../session/appServices'
import { useLang, useT } from '../../i18n/useT'
import { useBoard, useDropMode } from './BoardContext'
import { areaEntries, areaNoteCount, readAreaEntry } from './boardIndex'
import { areaKey, areaName } from './boardKeys'
import { CaptureField } from './CaptureField'
import { NoteCluster } from './NoteCluster'
import { NoteItem } from './NoteItem'
import { areaTitle } from './noteLabels'
import { OutOfSightHint } from './OutOfSightHints'
import { useBoardView } from './boardView'
import { useNotesOutOfSight } from './useNotesOutOfSight'

interface BoardAreaProps {
  /** The scene, or null for the tray (未分類). */
  scene: SceneKey | null
}

/**
 * One area of the poster: a scene (or the tray) with its label and note count, its notes in a
 * scrolling list (an empty state that says what belongs here; 「ほか N 枚」 over its edges while
 * notes are out of sight), and the capture field at the bottom. The whole area is a drop target:
 * dropping on free space puts notes at its end (where on its notes a drop lands is worked out
 * from their rects: boardCollision).
 */
export const BoardArea = memo(function BoardArea({ scene }: BoardAreaProps) {
  const t = useT()
  const lang = useLang()
  const { boardId } = useBoard()
  const entries = useWorkshopStore(useShallow((s) => areaEntries(s.doc, boardId, scene)))
  const count = useWorkshopStore((s) => areaNoteCount(s.doc, boardId, scene))
  const key = areaKey(scene)
  const isTarget = useDropMode(key) !== null
  const headingId = useId()
  const title = areaTitle(scene, t, lang)
  const name = areaName(scene)
  const list = useRef<HTMLDivElement>(null)
  const density = useBoardView((s) => s.density)
  const outOfSight = useNotesOutOfSight(list, density)

  return (
    <section
      className={`board-area board-area--${name}`}
      data-area={name}
      data-drop={isTarget ? 'end' : undefined}
      aria-labelledby={headingId}
    >
      <header className="board-area__header">
        <h2 id={headingId} className="board-area__title">
          {title}
        </h2>
        <span className="board-area__count">{t.boardNoteCount(count)}</span>
      </header>
      <OutOfSightHint list={list} side="above" counts={outOfSight} />
      <div ref={list} className="board-area__notes" data-area-list="">
        {/* Where dnd-kit's drop target for the list is (see Theme1Board's AreaDropTargets). */}
        <span className="board-area__anchor" data-area-anchor="" aria-hidden="true" />
        {entries.length === 0 ? (
          <div className="board-area__empty">
            <p className="board-area__empty-title">
              {scene === null ? t.boardEmptyTray : t.boardEmptyScene}
            </p>
            <p>{scene === null ? t.boardEmptyTrayHint : t.boardEmptySceneHint}</p>
          </div>
        ) : (
          // A top-level note of the area: a 見出し with its cluster, or a single note.
          entries.map((entry, index) => {
            const { noteId, secondary, heading, key } = readAreaEntry(entry)
            return heading ? (
              <NoteCluster
                key={key}
                headingId={noteId}
                scene={scene}
                secondary={secondary}
                first={index === 0}
              />
            ) : (
              <NoteItem
                key={key}
                noteId={noteId}
                scene={scene}
                parentId={null}
                secondary={secondary}
                first={index === 0}
              />
            )
          })
        )}
      </div>
      <OutOfSightHint list={list} side="below" counts={outOfSight} />
      <CaptureField scene={scene} areaTitle={title} />
    </section>
  )
})
