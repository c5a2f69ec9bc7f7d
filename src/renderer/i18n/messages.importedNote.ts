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
