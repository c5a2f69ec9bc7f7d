import { serializeWorkshopFile } from '../../shared/files/workshopFile'
import { extractGroups, type ExtractOptions } from '../../shared/merge/extractGroups'
import { workshopGroups } from '../../shared/ops/groupOps'
import type { ThemeId } from '../../shared/model/themes'
import type { WorkshopDoc } from '../../shared/model/workshopDoc'

/** The paper sizes of the PDF (always landscape). */
export type PageSize = 'A4' | 'A3'

/** What the user chose to export. `groupIds` undefined: every group. */
export interface ExportChoice {
  groupIds: readonly string[] | undefined
  themes: readonly ThemeId[]
  pageSize: PageSize
}

/** Characters Windows forbids in a file name, control characters and line breaks. */
// eslint-disable-next-line no-control-regex
const UNSAFE = /[/\\:*?"<>|\u0000-\u001f\u007f]+/g

/** Longest name before the extension (the host accepts 120 characters in all). */
const MAX_NAME_CHARS = 100
const MAX_PIECE_CHARS = 48

function safePiece(text: string): string {
  const clean = text.replace(UNSAFE, ' ').replace(/\s+/g, ' ').trim()
  return Array.from(clean).slice(0, MAX_PIECE_CHARS).join('')
}

/**
 * The name a file is offered under: 研修会名_Ａグループ_グループワーク成果.pdf, with what a file
 * name may not hold replaced, trailing dots and spaces dropped (Windows), and cut to fit.
 */
export function exportFileName(pieces: readonly string[], extension: string): string {
  const kept = pieces.map(safePiece).filter((p) => p !== '')
  const name = Array.from(kept.join('_')).slice(0, MAX_NAME_CHARS).join('')
  const trimmed = name.replace(/[.\s_]+$/u, '')
  return `${trimmed === '' ? 'taneboard' : trimmed}.${extension}`
}

/** Bytes as base64 (saveFile carries binary content as base64 text). */
export function bytesToBase64(bytes: Uint8Array): string {
  const CHUNK = 0x8000
  let binary = ''
  for (let i = 0; i < bytes.length; i += CHUNK) {
    binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK))
  }
  return btoa(binary)
}

/**
 * The workshop file (.taneboard) of some groups: the workshop, its whole timetable, the groups
 * and everything on their boards, deletions included, and the 名簿 only when `options.roster`
 * (see docs/workshop-file-format.md).
 */
export function workshopFileText(
  doc: WorkshopDoc,
  groupIds: readonly string[],
  appVersion: string,
  savedAt: string,
  options: ExtractOptions = {},
): string {
  return serializeWorkshopFile(extractGroups(doc, groupIds, options), appVersion, savedAt)
}

/** One group's table file (「テーブル用ファイルを一括作成」). */
export interface TableFile {
  groupId: string
  groupName: string
  /** 研修会名_Ａグループ.taneboard: safe on Windows, unique (ignoring case) among the files. */
  name: string
  content: string
}

/**
 * One workshop file per group, each with the workshop, its timetable and that group only (the
 * same file as 書き出し's 研修会ファイル of one group). Names hold the workshop's title and the
 * group's name; two groups whose names give the same file name get 「_2」, 「_3」.
 */
export function tableFiles(
  doc: WorkshopDoc,
  appVersion: string,
  savedAt: string,
  fallbackTitle: string,
): TableFile[] {
  const title = doc.workshop.title.trim() || fallbackTitle
  const taken = new Set<string>()
  return workshopGroups(doc).map((group, index) => {
    const groupName = group.name.trim() || `グループ${String(index + 1)}`
    let name = exportFileName([title, groupName], 'taneboard')
    for (let n = 2; taken.has(name.toLowerCase()); n++) {
      name = exportFileName([title, groupName, String(n)], 'taneboard')
    }
    taken.add(name.toLowerCase())
    return {
      groupId: group.id,
      groupName,
      name,
      content: workshopFileText(doc, [group.id], appVersion, savedAt),
    }
  })
}
