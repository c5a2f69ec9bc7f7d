import { memo, useEffect } from 'react'
import { useShallow } from 'zustand/react/shallow'
import type { SceneKey } from '../../../shared/model/scenes'
import { useWorkshopStore } from '../../session/appServices'
import { useBoard, useBoardUi, useDropMode } from './BoardContext'
import { useBoardView, useIsCollapsed } from './boardView'
import { childIds } from './boardIndex'
import { clusterKey } from './boardKeys'
import { NoteItem } from './NoteItem'

interface NoteClusterProps {
  headingId: string
  scene: SceneKey | null
  secondary: boolean
  /** The area's first entry (the 見出し is then the area's Tab stop by default). */
  first: boolean
}

/**
 * A 見出し with the notes gathered under it, nested like post-its stuck below a heading, or
 * folded (たたむ: only the 見出し, as a small stack, with how many notes are under it). The
 * cluster's free space is a drop target too: dropping there gathers at the end (found from its
 * rect, `data-cluster-id`: boardCollision); so is a folded 見出し. A folded 見出し opens when one
 * of its notes is picked up with the keyboard or asked to take the focus (moved there by keys).
 */
export const NoteCluster = memo(function NoteCluster({
  headingId,
  scene,
  secondary,
  first,
}: NoteClusterProps) {
  const { boardId } = useBoard()
  const children = useWorkshopStore(useShallow((s) => childIds(s.doc, boardId, headingId)))
  const key = clusterKey(scene, headingId)
  const dropMode = useDropMode(key)
  const folded = useIsCollapsed(boardId, headingId) && children.length > 0
  const childActive = useBoardUi(
    (s) =>
      children.length > 0 &&
      ((s.picked?.ids.some((id) => children.includes(id)) ?? false) ||
        (s.focus !== null && children.includes(s.focus.noteId))),
  )
  useEffect(() => {
    if (folded && childActive) useBoardView.getState().setCollapsed(boardId, [headingId], false)
  }, [folded, childActive, boardId, headingId])

  const className = folded
    ? 'note-cluster note-cluster--folded'
    : children.length > 0
      ? 'note-cluster note-cluster--filled'
      : 'note-cluster'
  return (
    <div className={className} data-drop={dropMode ?? undefined} data-cluster-id={headingId}>
      <NoteItem
        noteId={headingId}
        scene={scene}
        parentId={null}
        secondary={secondary}
        first={first}
        foldCount={children.length}
        folded={folded}
      />
      {(folded ? [] : children).map((id) => (
        <NoteItem key={id} noteId={id} scene={scene} parentId={headingId} secondary={secondary} />
      ))}
    </div>
  )
})
