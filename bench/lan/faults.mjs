// Faults for the LAN bench while every table device keeps writing: each device's link is cut or
// black-holed now and then (some black holes longer than the client's 12 s silence limit, so it
// must notice the half-open socket itself), and the hub process is killed (SIGKILL) and started
// again on the same data, the facilitator re-opening the session as its page does. Seeded, so
// every run injects the same sequence.

const sleep = (ms) => new Promise((r) => setTimeout(r, ms))

/** mulberry32: a small seeded generator. */
function seeded(seed) {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export async function injectFaults({ hub, tables, reopen, write, linkFaults = 100, hubKills = 6 }) {
  const random = seeded(16)
  const stats = { cuts: 0, blackHoles: 0, longBlackHoles: 0, hubKills: 0, notes: 0 }
  let writing = true
  const writers = tables.map(async (t) => {
    await sleep(random() * 1_000)
    for (let i = 0; writing; i++) {
      write(t, i)
      stats.notes++
      await sleep(700 + random() * 600)
    }
  })
  const injected = () => stats.cuts + stats.blackHoles
  const linkLoops = tables.map(async (t) => {
    await sleep(random() * 4_000)
    while (injected() < linkFaults) {
      if (random() < 0.6) {
        t.device.link.cut()
        stats.cuts++
        await sleep(200 + random() * 2_800)
      } else {
        t.device.link.blackHole()
        stats.blackHoles++
        const long = random() < 0.15
        if (long) stats.longBlackHoles++
        await sleep(long ? 13_000 + random() * 3_000 : 500 + random() * 4_000)
      }
      t.device.link.pass()
      await sleep(1_000 + random() * 4_000)
    }
  })
  const killer = (async () => {
    for (let k = 0; k < hubKills; k++) {
      await sleep(4_000 + random() * 4_000)
      await hub.kill()
      stats.hubKills++
      await sleep(200 + random() * 1_000)
      await hub.restart()
      await reopen()
    }
  })()
  await Promise.all([...linkLoops, killer])
  writing = false
  await Promise.all(writers)
  for (const t of tables) t.device.link.pass()
  return stats
}
