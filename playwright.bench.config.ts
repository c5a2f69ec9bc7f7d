import { defineConfig } from '@playwright/test'
import e2e from './playwright.config'
import { BENCH_PORT as port, PEER_PORT, WITH_PEER } from './bench/support/ports'

/**
 * `npm run bench`: the テーマ1 board on boards of 300 and 1,000 notes in the same Chromium as the
 * end-to-end tests, one worker, its own server port. It prints `BENCH <name> <value> <unit>`
 * lines and never fails on a figure (only when the harness itself breaks). With BENCH_PEER=1
 * (`npm run bench:peer`) the Excalidraw peer page is served too (bench/peer).
 */
export default defineConfig({
  testDir: 'bench',
  // BENCH_PROFILE=1 (npm run bench:profile): the traces of bench/profile instead of the figures.
  testMatch: process.env.BENCH_PROFILE ? '**/*.profile.ts' : '**/*.bench.ts',
  outputDir: 'bench-results',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 10 * 60_000,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}/`,
    locale: 'ja-JP',
    timezoneId: 'Asia/Tokyo',
    // The moderator's laptop (1366×768 is still common in municipal offices).
    viewport: { width: 1366, height: 768 },
    trace: 'off',
    screenshot: 'off',
    launchOptions: e2e.use?.launchOptions,
  },
  webServer: [
    {
      // --no-disk: every test starts from a clean browser profile with nothing on the server.
      command: 'node scripts/serve-web.mjs --no-disk',
      env: { PORT: String(port) },
      url: `http://127.0.0.1:${port}/`,
      reuseExistingServer: false,
      timeout: 30_000,
    },
    // The Excalidraw peer page (npm run bench:peer builds it into bench/peer/dist).
    ...(WITH_PEER
      ? [
          {
            command: 'node bench/peer/serve.mjs',
            env: { PORT: String(PEER_PORT) },
            url: `http://127.0.0.1:${PEER_PORT}/`,
            reuseExistingServer: false,
            timeout: 30_000,
          },
        ]
      : []),
  ],
})
