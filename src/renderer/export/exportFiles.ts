import { serializeWorkshopFile } from '../../shared/files/workshopFile'
import { extractGroups } from '../../shared/merge/extractGroups'
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
 * and everything on their boards, deletions included (see docs/workshop-file-format.md).
 */
export function workshopFileText(
  doc: WorkshopDoc,
  groupIds: readonly string[],
  appVersion: string,
  savedAt: string,
): string {
  return serializeWorkshopFile(extractGroups(doc, groupIds), appVersion, savedAt)
}
