import type { SummaryPart } from '../merge/mergeLabels'
import { RECORD_TYPES } from '../model/recordTypes'
import type { EditFieldNames, ErrorCatalogue } from './errorCatalogue'

const KEPT = 'Your data has not been lost.'
const NOTHING_CHANGED = 'Nothing was changed.'
const RETRY_LATER = 'What you typed is still on screen; saving is tried again with the next change.'

const count = (n: number) => n.toLocaleString('en-US')
/** "1 item", "3 items". */
const items = (n: number) => `${count(n)} ${n === 1 ? 'item' : 'items'}`
const leftAsIs = (n: number) => (n === 1 ? 'was left as it is' : 'were left as they are')
/** A nested message followed by a space, or nothing. */
const then = (detail: string) => (detail === '' ? '' : `${detail} `)

const FIELDS: EditFieldNames = {
  note: 'note',
  title: 'workshop name',
  venue: 'venue',
  name: 'name',
  item: 'item',
  content: 'content',
  affiliation: 'affiliation',
  goal: 'goal',
  concern: 'concern',
  statement: 'local issue',
  label: 'label',
  target: 'target',
  expectation: 'expected effect',
  indicator: 'indicator',
  theme: 'theme',
  axis: 'axis name',
  cause: 'cause',
  measure: 'countermeasure',
  canvasTitle: 'local issue',
  tane: 'seed of the local issue',
  facts: 'facts and information',
  thoughts: 'what they suggest',
  materials: 'supporting material',
  share: 'how to share',
  qa: 'questions from the municipal officer, and answers',
  question: 'question',
  answer: 'answer',
  comment: 'comment',
  input: 'input',
}

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1)

/** Error messages in English. */
export const errorMessagesEn: ErrorCatalogue = {
  'file.tooLarge': 'The file is too large (limit 20 MB).',
  'file.notJson': 'The file could not be read: it is damaged or incomplete.',
  'file.notTaneboard': 'This does not look like a TaneBoard file.',
  'file.tooNew': 'This file was made by a newer TaneBoard. Update the app to open it.',
  'file.invalid': 'The file contains invalid data.',
  'file.overLimit':
    'The file holds more than TaneBoard can handle (too many groups, notes or other items).',

  'host.noSpace': 'There is not enough disk space.',
  'host.noPermission': 'There is no permission to write there.',
  'host.tooLarge': 'The data is too large.',
  'host.noStorage': 'This browser has no place to keep backups.',
  'host.storageFull': "The browser's storage is full. Delete data you do not need and try again.",
  'host.storageDenied': 'The browser did not allow the use of its storage.',
  'host.backupWriteFailed': 'The backup file could not be written.',
  'host.backupReadFailed': 'The backup file could not be read.',
  'host.invalidWorkshopId': 'The workshop ID is not valid.',
  'host.invalidBackupId': 'The backup ID is not valid.',
  'host.invalidBackupReason': 'The kind of backup is not valid.',
  'host.unnamedBackup': "The backup could not be named. Please check the computer's date and time.",
  'host.fileTooLarge': ({ maxBytes }) => {
    const mb = maxBytes / (1024 * 1024)
    return `The file is too large (limit ${Number.isInteger(mb) ? mb : mb.toFixed(1)} MB).`
  },
  'host.fileReadFailed': 'The file could not be read.',
  'host.serverUnreachable':
    'The TaneBoard server (npm run web) cannot be reached. Start it again; what you entered is still in this browser.',
  'host.projectorBlocked':
    'The projector window could not be opened. Please check whether the browser blocks pop-ups.',

  'lanShare.needsHub':
    'LAN sharing needs the desktop app or a server started with "npm run web -- --lan". Open the facilitator URL that server printed.',
  'lanShare.adminRefused':
    'The admin key is not valid. Open the facilitator URL the server printed when it started again.',
  'lanShare.unreachable':
    'The LAN sharing server could not be reached. Please check that it is running.',
  'lanShare.portInUse': ({ port }) =>
    `Port ${port} is used by another application. Choose another port or quit that application.`,
  'lanShare.addressUnavailable':
    'The chosen network was not found. Check the Wi-Fi connection and choose the network again.',
  'lanShare.notSharing': 'LAN sharing is not on.',
  'lanShare.failed': 'LAN sharing could not be started. Please try again.',

  'lanJoin.wrongCode': 'That join code is not right. Please ask the facilitator.',
  'lanJoin.throttled': 'Too many wrong codes. Please wait about a minute, then try again.',
  'lanJoin.noSession':
    'The facilitator has not opened the session for joining yet. Please wait a little and try again.',
  'lanJoin.facilitatorCode':
    'This is the facilitator’s code. On a table’s computer, enter your group’s join code.',
  'lanJoin.unreachable':
    'The facilitator’s computer cannot be reached. Check the Wi-Fi and the address, then try again.',
  'lanJoin.failed': 'Joining did not work. Please try again.',

  'save.cancelled': 'Saving was cancelled.',
  'save.noSpace': `Could not save: there is not enough disk space. ${KEPT}`,
  'save.noPermission': `Could not save: this place cannot be written to. Please choose another one. ${KEPT}`,
  'save.failed': `Could not save. Please try again. ${KEPT}`,
  'save.pdfFailed': `The PDF could not be made. Please try again. ${KEPT}`,
  'save.downloadFailed': 'The file could not be saved.',

  'persist.database': ({ detail }, text) =>
    `Could not save (this computer's database cannot be written). ${RETRY_LATER}${inParens(text(detail))}`,
  'persist.snapshot': ({ detail }, text) =>
    `The backup file could not be saved. ${RETRY_LATER}${inParens(text(detail))}`,

  'workshop.notFound': 'The workshop was not found.',
  'workshop.loadFailed': 'The workshop could not be loaded. Please restart the app and try again.',
  'workshop.corruptRows':
    'Damaged data was found and skipped. If a backup can restore it, that happens at the next start.',
  'backup.failed': ({ detail }, text) =>
    `The backup could not be saved. ${then(text(detail))}Earlier backups and what you typed are kept.`,
  'backup.missing': 'This backup was not found (it may have been deleted).',
  'backup.otherWorkshop': 'This backup belongs to another workshop.',
  'backup.foreign':
    'This file cannot be read: it holds records with the same IDs as another workshop on this computer. The workshop has not changed.',
  'backup.tooLarge':
    'Stopped: the workshop would become too large to save. The workshop has not changed.',
  'backup.beforeRestoreFailed': ({ detail }, text) =>
    `The restore was stopped: the current state could not be backed up first. ${then(text(detail))}${NOTHING_CHANGED}`,
  'import.backupFailed': ({ detail }, text) =>
    `The import was stopped: the current state could not be backed up first. ${then(text(detail))}${NOTHING_CHANGED}`,
  'import.undoFailed': ({ detail }, text) =>
    `The state before the import could not be brought back. ${text(detail)}`.trim(),
  'collect.otherWorkshop': ({ title }) =>
    `Not imported: this file belongs to another workshop (${titleOf(title)}).`,
  'collect.noFiles': 'No workshop file (.taneboard) was found.',
  'startup.tooNew': 'Some data was saved by a newer TaneBoard. Please update the app.',
  'startup.listFailed':
    'The backup files could not be checked. You can keep working, but please restart the app and try again.',
  'startup.unreadable': ({ count: n }) =>
    `Some backup files could not be read (${n}). They have been kept, not deleted.`,

  'edit.invalid': 'The input contains an error and was not applied.',
  'edit.textTooLong': ({ field, max }) =>
    `${capitalised(FIELDS[field])} is longer than the limit (${count(max)} characters).`,
  'edit.tooManyItems': ({ field, max }) =>
    `${capitalised(FIELDS[field])}: more than the limit (${count(max)}).`,
  'edit.notesFull': ({ max }) => `The limit of notes (${count(max)}) has been reached.`,
  'edit.groupsFull': ({ max }) => `The limit of groups (${max}) has been reached.`,
  'edit.commentatorsFull': ({ max }) => `The limit of commentators (${max}) has been reached.`,
  'edit.rowsFull': ({ max }) => `The limit of timetable rows (${max}) has been reached.`,
  'edit.topicsFull': ({ max }) => `The limit of themes (${max}) has been reached.`,
  'edit.causesFull': ({ max }) => `The limit of causes (${max}) has been reached.`,
  'edit.measuresFull': ({ max }) => `The limit of countermeasures (${max}) has been reached.`,
  'edit.outcomesFull': ({ max }) =>
    `The limit of expected effects and indicators (${max}) has been reached.`,
  'edit.canvasesFull': ({ max }) => `The limit of local issue canvases (${max}) has been reached.`,
  'edit.canvasNotesFull': ({ max }) =>
    `The limit of notes on this canvas (${max}) has been reached.`,
  'edit.qasFull': ({ max }) =>
    `The limit of questions from the municipal officer (${max}) has been reached.`,
  'edit.theme2Full': 'Nothing more can be added to Theme 2 (the limit of saved items is reached).',
  'edit.theme3Full': 'Nothing more can be added to Theme 3 (the limit of saved items is reached).',
  'edit.workshopFull':
    'Nothing more can be added to this workshop (the limit of saved items is reached).',
  'edit.cafeReactionsFull': ({ max }) =>
    `The limit of comments and likes on this board (${max}) has been reached.`,
  'edit.cafeFull':
    'No more World Café comments or likes can be added (the limit of saved items is reached).',

  'cafe.tooFewTables': ({ tables }) =>
    `A World Café needs at least two tables (groups); there ${tables === 1 ? 'is 1' : `are ${tables}`} now.`,
  'cafe.noRounds': 'Set at least one round.',
  'cafe.tooManyRounds': ({ rounds, maxRounds, tables }) =>
    `With ${tables} tables, visitors can go round without seeing a table twice for at most ${maxRounds} rounds (nobody visits their own table), not ${rounds}. Set ${maxRounds} rounds or fewer.`,

  'survey.noNameColumn':
    'No name column was found. Head it "Name" in the first row, or choose the name column in the mapping below. Nothing was imported.',
  'survey.rowNoName': ({ row }) => `Row ${row}: the name is blank, so the row is not imported.`,
  'survey.rowTooLong': ({ row, max }) =>
    `Row ${row}: the name is too long (at most ${max} characters), so the row is not imported.`,
  'survey.rowBadOption': ({ row, column, value, letters }) =>
    `Row ${row}: the answer "${value}" in "${column}" is not one of the options (${letters}), so the row is not imported.`,
  'survey.cellBadOption': ({ column, value, letters }) =>
    `"${value}" cannot go in "${column}": type one of the option letters (${letters}). Nothing was written.`,
  'survey.cellNoName':
    'The name cannot be blank (before and after are matched by name). Nothing was written.',
  'survey.cellTooLong': ({ column, max }) =>
    `"${column}" holds at most ${max} characters. Nothing was written.`,

  'notice.keptRemote': ({ count: n }) => `${items(n)} changed on another device ${leftAsIs(n)}.`,
  'notice.keptChanged': ({ count: n }) => `${items(n)} changed since ${leftAsIs(n)}.`,
  'notice.undo': 'Undo',
  'notice.workshopDeleted': ({ title }) => `Deleted “${titleOf(title)}”.`,
  'notice.startupRestored': ({ count: n, from }) =>
    from === undefined
      ? `Restored the last state from the backups (${count(n)} ${n === 1 ? 'workshop' : 'workshops'}).`
      : `Restored from the copies kept in the computer's folder (${from}): ${count(n)} ${n === 1 ? 'workshop' : 'workshops'}.`,
  'notice.databaseReset':
    'The database on this device was damaged and has been recreated. Whatever had a backup has been restored.',
  'notice.importedNew': ({ title }) => `Imported the workshop “${titleOf(title)}”.`,
  'notice.imported': ({ title, summary }) =>
    `Imported into “${titleOf(title)}” (${summary.map(summaryLine).join(', ')}).`,
  'notice.importNothing': ({ title }) =>
    `Nothing to import into “${titleOf(title)}” (it is already the same).`,
  'notice.importUndone': ({ title }) => `“${titleOf(title)}” is back as it was before the import.`,
  'notice.importUndoneKept': ({ title, count: n }) =>
    `“${titleOf(title)}” is back as it was before the import (${items(n)} changed after the import ${n === 1 ? 'was' : 'were'} kept).`,
  'notice.collected': ({ files, written }) =>
    `Imported ${count(files)} ${files === 1 ? 'file' : 'files'} (${count(written)} ${written === 1 ? 'record' : 'records'} written).`,
  'notice.collectUndone': 'Back as it was before collecting.',
  'notice.collectUndoneKept': ({ count: n }) =>
    `Back as it was before collecting (${items(n)} changed after collecting ${n === 1 ? 'was' : 'were'} kept).`,
}

/** A workshop's title as shown ('' or blanks: untitled). */
function titleOf(title: string): string {
  return title.trim() || 'Untitled workshop'
}

/** "12 new notes", "3 updated", … */
function summaryLine(part: SummaryPart): string {
  switch (part.kind) {
    case 'newWorkshop':
      return `new workshop “${titleOf(part.title)}”`
    case 'added': {
      const label = RECORD_TYPES[part.type].label.en
      return `${count(part.count)} new ${part.count === 1 ? label : plural(label)}`
    }
    case 'updated':
      return `${count(part.count)} updated`
    case 'deleted':
      return `${count(part.count)} deleted`
    case 'conflicts':
      return `${count(part.count)} ${part.count === 1 ? 'conflict' : 'conflicts'}`
    case 'nothing':
      return 'no changes'
  }
}

/** "notes", "canvases", "questions and answers". */
function plural(label: string): string {
  const words = label.split(' ')
  const last =
    words.length > 1 && words.at(-2) === 'and'
      ? [words.length - 3, words.length - 1]
      : [words.length - 1]
  return words
    .map((w, i) => (last.includes(i) ? (/(s|x|ch|sh)$/.test(w) ? `${w}es` : `${w}s`) : w))
    .join(' ')
}

function inParens(detail: string): string {
  return detail === '' ? '' : ` (${detail})`
}
