import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import react from '@vitejs/plugin-react'
import type { Plugin } from 'vite'
import { CONTENT_SECURITY_POLICY, metaPolicyOf } from './src/shared/host/csp'

/**
 * Writes the CSP into the built index.html. Only at build time: the dev server needs an inline
 * preamble for hot reload, which the policy (rightly) forbids.
 */
function contentSecurityPolicy(): Plugin {
  // frame-ancestors only works as a header (the app:// handler and the web server send it).
  const metaPolicy = metaPolicyOf(CONTENT_SECURITY_POLICY)
  return {
    name: 'taneboard-csp',
    apply: 'build',
    transformIndexHtml: (html) =>
      html.replace(
        '<meta charset="UTF-8" />',
        `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${metaPolicy}" />`,
      ),
  }
}

/**
 * Noto Sans JP as .woff2 only: @fontsource's CSS names a .woff fallback after every .woff2 (no
 * woff2-only entry exists), which every browser and Electron we support never fetches, but the
 * build would copy (248 files, 7.3 MB). The fallbacks are dropped from the CSS before Vite
 * resolves its url()s, so they are neither referenced nor emitted.
 */
function woff2Only(): Plugin {
  return {
    name: 'taneboard-woff2-only',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]@fontsource[\\/][^?]+\.css(\?|$)/.test(id)) return null
      return {
        code: code.replace(/,\s*url\([^)]+\.woff\)\s*format\(['"]woff['"]\)/g, ''),
        map: null,
      }
    },
  }
}

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      // Bundle zod and the shared code into main, so the package needs no node_modules at all.
      externalizeDeps: false,
      lib: {
        entry: {
          index: resolve(__dirname, 'src/main/index.ts'),
          // The LAN hub as a plain Node module, for browser mode's server (serve-web --lan).
          lanHub: resolve(__dirname, 'src/main/lan/lanHub.ts'),
          // Browser mode's disk store (the second copy and the backups as files), for serve-web.
          webStore: resolve(__dirname, 'src/main/web/webStore.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // A sandboxed preload can only require 'electron': bundle everything else into it.
      externalizeDeps: false,
      lib: { entry: resolve(__dirname, 'src/main/preload/index.ts') },
    },
  },
  renderer: {
    root: resolve(__dirname, 'src/renderer'),
    // Relative asset URLs so the same build loads from app://, http:// and file://.
    base: './',
    plugins: [woff2Only(), react(), contentSecurityPolicy()],
    build: {
      outDir: resolve(__dirname, 'out/renderer'),
      minify: process.env.BENCH_NO_MINIFY ? false : true,
      sourcemap: Boolean(process.env.BUNDLE_SOURCEMAP),
      rolldownOptions: { input: resolve(__dirname, 'src/renderer/index.html') },
    },
  },
})
