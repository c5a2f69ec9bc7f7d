// What tables' browsers download from the hub to start: index.html and the files it names,
// fetched by 30 tables at once with the Accept-Encoding Chromium sends on plain http (gzip,
// deflate: no br outside https), against the same files uncompressed; and the caching headers
// (hashed assets immutable for a year, index.html never stored).
import { request } from 'node:http'

function get(port, path, encoding) {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        path,
        headers: { host: `127.0.0.1:${port}`, 'accept-encoding': encoding },
      },
      (res) => {
        const chunks = []
        res.on('data', (c) => chunks.push(c))
        res.on('end', () => {
          const body = Buffer.concat(chunks)
          resolve({ status: res.statusCode, headers: res.headers, bytes: body.length, body })
        })
      },
    )
    req.on('error', reject)
    req.end()
  })
}

export async function measureAssets(hub, bench) {
  const index = await get(hub.port, '/', 'identity')
  const named = [...index.body.toString('utf8').matchAll(/(?:src|href)="\.?\/?(assets\/[^"]+)"/g)]
  const paths = ['/', ...named.map((m) => `/${m[1]}`)]
  const plain = await Promise.all(paths.map((p) => get(hub.port, p, 'identity')))
  const started = performance.now()
  const joins = await Promise.all(
    Array.from({ length: 30 }, () =>
      Promise.all(paths.map((p) => get(hub.port, p, 'gzip, deflate'))),
    ),
  )
  const elapsed = performance.now() - started
  const sum = (responses) => responses.reduce((s, r) => s + r.bytes, 0)
  const compressed = joins.reduce((s, join) => s + sum(join), 0)
  const first = joins[0]
  const problems = []
  first.forEach((r, i) => {
    const path = paths[i]
    if (r.status !== 200) problems.push(`${path}: ${r.status}`)
    const cache = r.headers['cache-control'] ?? ''
    if (
      path === '/'
        ? cache !== 'no-store'
        : !/immutable/.test(cache) || !/max-age=31536000/.test(cache)
    )
      problems.push(`${path}: cache-control ${cache}`)
    if (/\.(js|css|html)$|^\/$/.test(path) && r.headers['content-encoding'] !== 'gzip')
      problems.push(`${path}: content-encoding ${r.headers['content-encoding']}`)
  })
  console.log(
    `# 30 joins: ${paths.length} files each (${paths.join(', ')}); ${Math.round(compressed / 1024)} KB ` +
      `sent compressed vs ${Math.round((30 * sum(plain)) / 1024)} KB uncompressed, in ${Math.round(elapsed)} ms; ` +
      (problems.length === 0
        ? 'hashed assets immutable, index.html no-store, all gzip'
        : `PROBLEMS: ${problems.join('; ')}`),
  )
  bench('join_bytes_30', compressed / 1024, 'KB')
  bench('join_bytes_30_uncompressed', (30 * sum(plain)) / 1024, 'KB')
  if (problems.length > 0) throw new Error(`asset serving: ${problems.join('; ')}`)
}
