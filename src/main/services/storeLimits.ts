import { parseWorkshopFile } from '../../shared/files/workshopFile'

/**
 * What the page may keep on disk through the host. The page is trusted to write its own
 * workshops, but a compromised one must not be able to erase the history (junk in every backup
 * slot) or fill the disk (20 MB snapshots under ever new ids). Far above real use: a workshop
 * file is typically 0.1 to 2 MB, and a facilitator keeps tens of workshops.
 */
export const STORE_LIMITS = {
  /** Snapshot files (one per workshop). */
  snapshotFiles: 500,
  /** All snapshot files together. */
  snapshotTotalBytes: 1024 * 1024 * 1024,
  /** Workshops with backups (one folder each). */
  backupWorkshops: 500,
  /** All backup files of all workshops together. */
  backupTotalBytes: 2 * 1024 * 1024 * 1024,
} as const

/**
 * Whether `content` is a workshop file that parseWorkshopFile reads, of the workshop
 * `workshopId`: what the second copy and the backups may hold. The page writes only such files.
 */
export function isWorkshopFileOf(workshopId: string, content: string): boolean {
  const parsed = parseWorkshopFile(content)
  return parsed.ok && parsed.doc.workshop.id === workshopId
}
