/** The bench's server ports: the app (BENCH_PORT, 4180) and the Excalidraw peer page. */
export const BENCH_PORT = Number(process.env.BENCH_PORT ?? 4180)

/** BENCH_PEER_PORT, by default BENCH_PORT + 1000 (each helper's bench port stays its own). */
export const PEER_PORT = Number(process.env.BENCH_PEER_PORT ?? BENCH_PORT + 1000)

/** Whether the side-by-side mode is on (`npm run bench:peer`: BENCH_PEER=1). */
export const WITH_PEER = Boolean(process.env.BENCH_PEER)
