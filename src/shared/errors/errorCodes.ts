import type { WorkshopFileError } from '../files/workshopFile'
import type { SummaryPart } from '../merge/mergeLabels'

/**
 * Every error (and every info or success notice) a user can be shown, as a code with its
 * parameters. Code decides by the code;
 * the words live in the catalogues (errorMessages.ja.ts, errorMessages.en.ts), one per language.
 * To add an error: add its code and parameters here, then its message to both catalogues (the
 * compiler refuses a catalogue without it).
 *
 * A parameter named `detail` is the underlying cause (a host error), shown inside the message.
 */
export interface ErrorParams extends FileErrorParams {
  // The host: the Electron services' errno names and the browser host's storage
  'host.noSpace': undefined
  'host.noPermission': undefined
  'host.tooLarge': undefined
  'host.noStorage': undefined
  'host.storageFull': undefined
  'host.storageDenied': undefined
  'host.backupWriteFailed': undefined
  'host.backupReadFailed': undefined
  'host.invalidWorkshopId': undefined
  'host.invalidBackupId': undefined
  'host.invalidBackupReason': undefined
  'host.unnamedBackup': undefined
  'host.fileTooLarge': { maxBytes: number }
  'host.fileReadFailed': undefined
  'host.projectorBlocked': undefined
  'host.serverUnreachable': undefined

  // LAN sharing (the console's 「LAN共有」)
  'lanShare.needsHub': undefined
  'lanShare.adminRefused': undefined
  'lanShare.unreachable': undefined
  'lanShare.portInUse': { port: number }
  'lanShare.addressUnavailable': undefined
  'lanShare.notSharing': undefined
  'lanShare.failed': undefined

  // A table joining the LAN session (table mode, #/join)
  'lanJoin.wrongCode': undefined
  'lanJoin.throttled': undefined
  'lanJoin.noSession': undefined
  'lanJoin.facilitatorCode': undefined
  'lanJoin.unreachable': undefined
  'lanJoin.failed': undefined

  // Saving a file through a dialog (main) or as a download (browser)
  'save.cancelled': undefined
  'save.noSpace': undefined
  'save.noPermission': undefined
  'save.failed': undefined
  'save.pdfFailed': undefined
  'save.downloadFailed': undefined

  // Writing the workshop: IndexedDB and the host snapshot
  'persist.database': { detail?: ErrorRef }
  'persist.snapshot': { detail?: ErrorRef }

  // Workshops, backups, restores and imports
  'workshop.notFound': undefined
  'workshop.loadFailed': undefined
  'workshop.corruptRows': undefined
  'backup.failed': { detail?: ErrorRef }
  'backup.missing': undefined
  'backup.otherWorkshop': undefined
  'backup.foreign': undefined
  'backup.tooLarge': undefined
  'backup.beforeRestoreFailed': { detail?: ErrorRef }
  'import.backupFailed': { detail?: ErrorRef }
  'import.undoFailed': { detail?: ErrorRef }
  // テーブルから集める: a file of another workshop, a folder with no workshop file
  'collect.otherWorkshop': { title: string }
  'collect.noFiles': undefined
  'startup.tooNew': undefined
  'startup.listFailed': undefined
  'startup.unreadable': { count: number }

  // Edits refused before they are stored (stores/editGuards.ts)
  'edit.invalid': undefined
  'edit.textTooLong': { field: EditField; max: number }
  'edit.tooManyItems': { field: EditField; max: number }
  'edit.notesFull': { max: number }
  'edit.groupsFull': { max: number }
  'edit.commentatorsFull': { max: number }
  'edit.rowsFull': { max: number }
  'edit.topicsFull': { max: number }
  'edit.causesFull': { max: number }
  'edit.measuresFull': { max: number }
  'edit.outcomesFull': { max: number }
  'edit.canvasesFull': { max: number }
  'edit.canvasNotesFull': { max: number }
  'edit.qasFull': { max: number }
  'edit.theme2Full': undefined
  'edit.theme3Full': undefined
  'edit.workshopFull': undefined
  'edit.cafeReactionsFull': { max: number }
  'edit.cafeFull': undefined

  // ワールドカフェ: why no rotation can be made (shared/cafe/cafeRotation.ts)
  'cafe.tooFewTables': { tables: number }
  'cafe.noRounds': undefined
  'cafe.tooManyRounds': { rounds: number; maxRounds: number; tables: number }

  // 事前・事後アンケート: reading a sheet of answers (shared/survey/surveyImport.ts)
  'survey.noNameColumn': undefined
  'survey.rowNoName': { row: number }
  'survey.rowTooLong': { row: number; max: number }
  'survey.rowBadOption': { row: number; column: string; value: string; letters: string }
  // … and typing answers in the grid (shared/survey/surveyGrid.ts): the cell keeps its value
  'survey.cellBadOption': { column: string; value: string; letters: string }
  'survey.cellNoName': undefined
  'survey.cellTooLong': { column: string; max: number }

  // Notices (info, success): what happened, told in the UI language like the errors
  'notice.keptRemote': { count: number }
  'notice.keptChanged': { count: number }
  /** The label of a notice's 元に戻す button. */
  'notice.undo': undefined
  /** A title '' is said as the untitled workshop. */
  'notice.workshopDeleted': { title: string }
  /** `from`: the folder the second copy was read from (browser mode's disk store). */
  'notice.startupRestored': { count: number; from?: string }
  'notice.databaseReset': undefined
  'notice.importedNew': { title: string }
  'notice.imported': { title: string; summary: readonly SummaryPart[] }
  'notice.importNothing': { title: string }
  'notice.importUndone': { title: string }
  'notice.importUndoneKept': { title: string; count: number }
  'notice.collected': { files: number; written: number }
  'notice.collectUndone': undefined
  'notice.collectUndoneKept': { count: number }
}

/** parseWorkshopFile's refusals: `file.<WorkshopFileError>`. */
type FileErrorParams = { [K in WorkshopFileError as `file.${K}`]: undefined }

/** The fields an edit guard names when a text or a list is too long. */
export type EditField =
  | 'note'
  | 'title'
  | 'venue'
  | 'name'
  | 'item'
  | 'content'
  | 'affiliation'
  | 'goal'
  | 'concern'
  | 'statement'
  | 'label'
  | 'target'
  | 'expectation'
  | 'indicator'
  | 'theme'
  | 'axis'
  | 'cause'
  | 'measure'
  | 'canvasTitle'
  | 'tane'
  | 'facts'
  | 'thoughts'
  | 'materials'
  | 'share'
  | 'qa'
  | 'question'
  | 'answer'
  | 'comment'
  | 'input'

export type ErrorCode = keyof ErrorParams

/** An error as data: its code and, when the code takes any, its parameters. */
export type ErrorRef = {
  [C in ErrorCode]: [ErrorParams[C]] extends [undefined]
    ? { readonly code: C; readonly params?: undefined }
    : { readonly code: C; readonly params: ErrorParams[C] }
}[ErrorCode]

/** The parameters `errorRef(code, …)` takes after the code: none, or the code's parameters. */
export type ErrorArgs<C extends ErrorCode> = [ErrorParams[C]] extends [undefined]
  ? []
  : [params: ErrorParams[C]]

export function errorRef<C extends ErrorCode>(code: C, ...args: ErrorArgs<C>): ErrorRef {
  const [params] = args as [ErrorParams[C]?]
  return (params === undefined ? { code } : { code, params }) as ErrorRef
}

/** The code of a parseWorkshopFile refusal. */
export function workshopFileErrorRef(error: WorkshopFileError): ErrorRef {
  return { code: `file.${error}` }
}
