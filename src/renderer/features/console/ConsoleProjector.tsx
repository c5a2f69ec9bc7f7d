interface ConsoleProjectorProps {
  workshopId: string
}

/** The facilitator's projector screen (placeholder: being built). */
export function ConsoleProjector({ workshopId }: ConsoleProjectorProps) {
  return <main className="projector console-projector" data-workshop-id={workshopId} />
}
