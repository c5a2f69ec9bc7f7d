import { memo } from 'react'
import type { SceneKey } from '../../../shared/model/scenes'
import { useWorkshopStore } from '../../session/appServices'
import { NoteCluster } from './NoteCluster'
import { NoteItem } from './NoteItem'

interface AreaEntryProps {
  noteId: string
  scene: SceneKey | null
  secondary: boolean
  /** The area's first entry (its first note is the area's Tab stop by default). */
  first: boolean
}

/** A top-level note of an area: a 見出し with its cluster, or a single note. */
export const AreaEntry = memo(function AreaEntry({
  noteId,
  scene,
  secondary,
  first,
}: AreaEntryProps) {
  const isHeading = useWorkshopStore((s) => s.doc?.notes[noteId]?.kind === 'heading')
  return isHeading ? (
    <NoteCluster headingId={noteId} scene={scene} secondary={secondary} first={first} />
  ) : (
    <NoteItem noteId={noteId} scene={scene} parentId={null} secondary={secondary} first={first} />
  )
})
