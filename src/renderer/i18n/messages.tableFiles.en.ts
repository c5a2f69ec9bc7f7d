import type { tableFilesJa } from './messages.tableFiles'

/** English. */
export const tableFilesEn: { [K in keyof typeof tableFilesJa]: Widen<(typeof tableFilesJa)[K]> } = {
  tableFilesOpen: 'Table files',
  tableFilesOpenHint:
    'Without a network: make every group’s file in one step for the tables, and collect them back later',
  tableFilesNoNetwork: 'Without a network',
  tableFilesBack: 'Back to setup',
  tableFilesHeading: 'Table files (no network)',
  tableFilesIntro:
    'For when LAN sharing cannot be used. Hand each table’s laptop its group’s workshop file (e.g. on a USB stick); the table opens it with “Import a file” and works on it. Afterwards, collect the workshop files each table exported and import them all here.',
  tableFilesCreateHeading: '1. Hand out',
  tableFilesCreate: 'Create all table files',
  tableFilesCreateHint: (groups: number) =>
    `Makes the files of ${String(groups)} groups in one step (named “workshop_group.taneboard”). The desktop app asks for a folder; a browser downloads one ZIP file.`,
  tableFilesNoGroups: 'There are no groups. Add groups on the setup screen.',
  tableFilesCreating: 'Creating the files…',
  tableFilesCreated: (groups: number, location: string) =>
    `Created the files of ${String(groups)} groups (${location}).`,
  tableFilesCreateFailed:
    'The files could not be created. The workshop has not changed. Choose another place and try again.',
  tableFilesCollectHeading: '2. Collect',
  tableFilesCollectIntro:
    'Put the workshop files (.taneboard) the tables exported in one folder, or select them together. Each is compared and merged note by note, and one summary is shown at the end. A note changed on both sides keeps the table’s text as a separate note marked 「取り込み」 (Imported).',
  tableFilesCollectFolder: 'Collect from the tables (choose a folder)',
  tableFilesCollectFiles: 'Collect from the tables (choose files)',
  tableFilesDrop: 'You can also drop the workshop files here',
  tableFilesCollecting: 'Importing…',
  tableFilesCollectFailed: 'The files could not be imported. The workshop has not changed.',
  tableFilesSummaryHeading: (files: number) => `Collected (${String(files)} files)`,
  tableFilesColFile: 'File',
  tableFilesColGroups: 'Groups',
  tableFilesColResult: 'Result',
  tableFilesAdded: (n: number) => `${String(n)} added`,
  tableFilesUpdated: (n: number) => `${String(n)} updated`,
  tableFilesDeleted: (n: number) => `${String(n)} deleted`,
  tableFilesConflicts: (n: number, copies: number) =>
    copies > 0
      ? `${String(n)} changed on both sides (${String(copies)} kept as notes marked 「取り込み」 (Imported))`
      : `${String(n)} changed on both sides (this laptop’s kept)`,
  tableFilesUnchanged: 'Nothing new',
  tableFilesRefused: (reason: string) => `Not imported: ${reason}`,
  tableFilesOmitted: (n: number) =>
    `${String(n)} more files were left out (over the limit for one step). Collect them in a second round.`,
  tableFilesTotals: (merged: number, refused: number) =>
    refused > 0
      ? `Imported ${String(merged)} files. ${String(refused)} could not be imported (the workshop did not change for them).`
      : `Imported ${String(merged)} files.`,
}

type Widen<T> = T extends (...args: infer A) => string ? (...args: A) => string : string
