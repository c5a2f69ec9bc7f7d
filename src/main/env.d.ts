// Vite replaces import.meta.env.DEV with a constant when it builds the main process: true in
// `electron-vite dev`, false in a build (vitest sets it true).
interface ImportMetaEnv {
  readonly DEV: boolean
}

interface ImportMeta {
  readonly env: ImportMetaEnv
}
