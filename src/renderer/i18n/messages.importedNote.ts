/**
 * UI strings of a copy a conflict kept (「両方残す」, the 「取り込み」 badge) on the テーマ1 board:
 * its menu's 元の付箋とまとめる / 取り込みの印を外す and the merge dialog (issue 17 p8). The
 * Japanese ones are the labels the e2e tests read.
 */
export const importedNoteJa = {
  boardImportedLegend: '取り込んだ付箋',
  boardImportedMerge: '元の付箋とまとめる…',
  boardImportedKeep: '取り込みの印を外す',
  boardImportedNoOriginal: '元の付箋は削除されています。',
  boardMergeTitle: '2枚の付箋を1枚にまとめる',
  boardMergeIntro:
    'このパソコンの付箋と、ファイルから取り込んだ付箋です。残す文を整えて「まとめる」を押すと、1枚の付箋になります（取り込んだ付箋は消えます。元に戻せます）。',
  boardMergeLocal: 'このパソコンの文',
  boardMergeImported: '取り込んだ文',
  boardMergeResult: 'まとめた文',
  boardMergeUseLocal: 'このパソコンの文にする',
  boardMergeUseImported: '取り込んだ文にする',
  boardMergeUseBoth: '両方つなげる',
  boardMergeConfirm: 'まとめる',
  boardMergeEmpty: 'まとめた文が空です。',
  boardMerged: '2枚の付箋を1枚にまとめました。',
  boardImportedKept: '取り込みの印を外しました。',
}

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
