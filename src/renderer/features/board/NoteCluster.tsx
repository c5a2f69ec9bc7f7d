import { memo } from 'react'
import { useShallow } from 'zustand/react/shallow'
import type { SceneKey } from '../../../shared/model/scenes'
import { useWorkshopStore } from '../../session/appServices'
import { useBoard, useDropMode } from './BoardContext'
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
 * A 見出し with the notes gathered under it, nested like post-its stuck below a heading. The
 * cluster's free space is a drop target too: dropping there gathers at the end (found from its
 * rect, `data-cluster-id`: boardCollision).
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
  return (
    <div
      className={children.length > 0 ? 'note-cluster note-cluster--filled' : 'note-cluster'}
      data-drop={dropMode ?? undefined}
      data-cluster-id={headingId}
    >
      <NoteItem
        noteId={headingId}
        scene={scene}
        parentId={null}
        secondary={secondary}
        first={first}
      />
      {children.map((id) => (
        <NoteItem key={id} noteId={id} scene={scene} parentId={headingId} secondary={secondary} />
      ))}
    </div>
  )
})
