// Names the harness shares with the app. Kept in step by hand (this is plain JavaScript and cannot
// import the TypeScript sources): src/renderer/db/TaneDb.ts (TANE_DB_NAME) and
// src/renderer/host/snapshotStores.ts (SNAPSHOT_DIRECTORY, SNAPSHOT_SUFFIX).
export const DB_NAME = 'taneboard'
export const SNAPSHOT_DIR = 'workshops'
export const SNAPSHOT_SUFFIX = '.taneboard.json'

/** Every note the harness writes starts with this; the rest of the text is unique. */
export const PREFIX = 'クラッシュ試験 '
