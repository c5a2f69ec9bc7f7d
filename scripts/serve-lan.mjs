// `node scripts/serve-web.mjs --lan`: the LAN hub from browser mode's server (see serve-web.mjs).
// The hub module is built by `npm run build` (electron-vite) to out/main/lanHub.js.
import { randomBytes } from 'node:crypto'
import { existsSync } from 'node:fs'
import { homedir } from 'node:os'
import { join, resolve } from 'node:path'
import { createRequire } from 'node:module'

function option(args, name, fallback) {
  const prefix = `--${name}=`
  const found = args.filter((a) => a.startsWith(prefix)).map((a) => a.slice(prefix.length))
  return found.length > 0 ? found : fallback === undefined ? [] : [fallback]
}

/** browser mode's disk store (out/main/webStore.js), behind the admin key. */
function openDiskStore(adminKey) {
  const file = resolve('out/main/webStore.js')
  if (!existsSync(file)) {
    console.error('No disk store build found (out/main/webStore.js). Run "npm run build" first.')
    process.exit(1)
  }
  const { createWebStore, defaultWebDataDirectory } = createRequire(import.meta.url)(file)
  return createWebStore({
    dataDirectory: resolve(process.env.TANEBOARD_WEB_DATA ?? defaultWebDataDirectory(homedir())),
    // The hub has checked Host and Origin already; the key decides.
    hosts: null,
    adminKey,
  })
}

export async function startLanFromCommandLine(root, args) {
  const hubFile = resolve('out/main/lanHub.js')
  if (!existsSync(hubFile)) {
    console.error('No LAN hub build found (out/main/lanHub.js). Run "npm run build" first.')
    process.exit(1)
  }
  const { createLanHub } = createRequire(import.meta.url)(hubFile)
  const host = option(args, 'host', process.env.LAN_HOST ?? '127.0.0.1')[0]
  const port = Number(option(args, 'port', process.env.PORT ?? '8730')[0])
  const dataDirectory = resolve(option(args, 'data', join(homedir(), '.taneboard-lan'))[0])
  const adminKey = process.env.LAN_ADMIN_KEY ?? randomBytes(24).toString('base64url')
  // The facilitator's second copy and backups as files (as in plain browser mode); with the admin
  // key only, so the tables' browsers on the same port never reach them.
  const diskStore = args.includes('--no-disk') ? null : openDiskStore(adminKey)
  // How long the hub gathers changes before it writes them to its data folder (tests use a long
  // wait to kill the hub before it has written; the default is the hub's own, half a second).
  const storeDelay = option(args, 'store-delay-ms')[0]
  const storeDelayMs = storeDelay === undefined ? undefined : Number(storeDelay)
  if (storeDelayMs !== undefined && !(Number.isInteger(storeDelayMs) && storeDelayMs >= 0)) {
    console.error(`--store-delay-ms は 0 以上の整数で指定してください: ${storeDelay}`)
    process.exit(1)
  }
  const hub = createLanHub({
    routes: diskStore
      ? (request, response, path) => diskStore.handle(request, response, path)
      : undefined,
    rootDirectory: root,
    dataDirectory,
    addresses: [host],
    hostNames: option(args, 'host-name'),
    port,
    adminKey,
    ...(storeDelayMs === undefined
      ? {}
      : { storeDebounceMs: storeDelayMs, storeMaxDebounceMs: storeDelayMs }),
    log: (line) => console.log(line),
  })
  await hub.start()
  console.log(`タネボード LAN共有: ${hub.url}`)
  console.log(
    diskStore
      ? `研修会の控えとバックアップの保存先: ${diskStore.directory}`
      : '研修会のデータはブラウザの中だけに保存されます（--no-disk）。',
  )
  console.log(`ファシリテーター用の管理キー（他の人に見せないでください）: ${adminKey}`)
  // The key travels in the fragment: the page keeps it (sessionStorage), no request line carries it.
  console.log(
    `ファシリテーターはこのURLを開いてください（他の人に見せないでください）: ${hub.url}#/lan-admin/${adminKey}`,
  )
  const stop = () => {
    void hub.stop().then(() => process.exit(0))
  }
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
}
