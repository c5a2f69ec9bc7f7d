interface ConsoleScreenProps {
  workshopId: string
}

/** The facilitator console of a workshop (placeholder: being built). */
export function ConsoleScreen({ workshopId }: ConsoleScreenProps) {
  return <main className="screen console" data-workshop-id={workshopId} />
}
