import { cpSync } from 'node:fs'
import { resolve } from 'node:path'
import { defineConfig } from 'vite'

/**
 * The Excalidraw peer page of `npm run bench:peer` (bench/peer/excalidrawPeer.ts), built on its
 * own into bench/peer/dist: never part of the app's build (out/), Excalidraw is a dev dependency
 * of the benchmark only. Its fonts are copied next to the page (no CDN).
 */
const here = import.meta.dirname
const outDir = resolve(here, 'dist')

export default defineConfig({
  root: here,
  base: './',
  logLevel: 'error',
  build: {
    outDir,
    emptyOutDir: true,
    chunkSizeWarningLimit: 5000,
  },
  plugins: [
    {
      name: 'excalidraw-fonts',
      apply: 'build',
      closeBundle() {
        const fonts = resolve(here, '../../node_modules/@excalidraw/excalidraw/dist/prod/fonts')
        cpSync(fonts, resolve(outDir, 'fonts'), { recursive: true })
      },
    },
  ],
})
