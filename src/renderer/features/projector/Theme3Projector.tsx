interface Theme3ProjectorProps {
  workshopId: string
  groupId: string
}

/** The projector view of a group's テーマ3 canvas (placeholder: being built). */
export function Theme3Projector({ workshopId, groupId }: Theme3ProjectorProps) {
  return <main className="projector" data-workshop-id={workshopId} data-group-id={groupId} />
}
