import type { importedNoteJa } from './messages.importedNote'

export const importedNoteEn: typeof importedNoteJa = {
  boardImportedLegend: 'Imported note',
  boardImportedMerge: 'Merge with the original…',
  boardImportedKeep: 'Remove the Imported mark',
  boardImportedNoOriginal: 'The original note has been deleted.',
  boardMergeTitle: 'Merge two notes into one',
  boardMergeIntro:
    'The note on this laptop and the note imported from the file. Edit the text to keep and press “Merge” to make them one note (the imported note goes; this can be undone).',
  boardMergeLocal: 'Text on this laptop',
  boardMergeImported: 'Imported text',
  boardMergeResult: 'Merged text',
  boardMergeUseLocal: 'Use this laptop’s text',
  boardMergeUseImported: 'Use the imported text',
  boardMergeUseBoth: 'Join both',
  boardMergeConfirm: 'Merge',
  boardMergeEmpty: 'The merged text is empty.',
  boardMerged: 'Merged two notes into one.',
  boardImportedKept: 'Removed the Imported mark.',
}
