/**
 * Host and Origin checks for every HTTP and WebSocket request to the hub. The Host header must be
 * one of the hub's own names (a rebound DNS name pointing at the hub is refused: no DNS
 * rebinding), and an Origin, when a browser sends one, must be the hub's own origin or one of the
 * extra trusted origins (the Electron app's) — a page elsewhere cannot open the sync socket
 * (no cross-site WebSocket hijacking). WebSocket upgrades must carry an Origin.
 */
export interface RequestGuard {
  /** The allowed `host:port` values, lower case. */
  readonly hosts: ReadonlySet<string>
  hostAllowed(host: string | undefined): boolean
  originAllowed(origin: string | undefined, required: boolean): boolean
}

export function requestGuard(
  hostNames: readonly string[],
  port: number,
  extraOrigins: readonly string[] = [],
): RequestGuard {
  const hosts = new Set(hostNames.map((name) => `${name.toLowerCase()}:${port}`))
  const origins = new Set([...[...hosts].map((host) => `http://${host}`), ...extraOrigins])
  return {
    hosts,
    hostAllowed: (host) => host !== undefined && hosts.has(host.toLowerCase()),
    originAllowed: (origin, required) => (origin === undefined ? !required : origins.has(origin)),
  }
}
