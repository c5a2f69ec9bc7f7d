import { defineConfig } from '@playwright/test'
import e2e from './playwright.config'

const port = Number(process.env.BENCH_PORT ?? 4180)

/**
 * `npm run bench`: the テーマ1 board on boards of 300 and 1,000 notes in the same Chromium as the
 * end-to-end tests, one worker, its own server port. It prints `BENCH <name> <value> <unit>`
 * lines and never fails on a figure (only when the harness itself breaks).
 */
export default defineConfig({
  testDir: 'bench',
  testMatch: '**/*.bench.ts',
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
  webServer: {
    // --no-disk: every test starts from a clean browser profile with nothing on the server.
    command: 'node scripts/serve-web.mjs --no-disk',
    env: { PORT: String(port) },
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
})
