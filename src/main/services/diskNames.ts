import { isWindowsDeviceName } from '../../shared/files/workshopFileChecks'
import { idSchema } from '../../shared/model/schemas'

/**
 * Workshop ids as file and folder names, safe on every disk.
 *
 * Ids are `[A-Za-z0-9_-]{1,64}`, so they are already free of separators and of the characters
 * Windows forbids; but NTFS and APFS fold case (`Abc` and `abc` are one file there), and Windows
 * reserves device names (`CON`, `NUL`, `COM1`…, with any extension). The disk name is therefore an
 * encoding of the id that is all lower case and never a device name:
 *
 * - an upper-case letter becomes `~` and the letter in lower case (`Abc` → `~abc`);
 * - every other character stays (app-made ids, lower-case UUIDs, are their own disk name);
 * - a result that would be a device name gets the prefix `~-` (`con` → `~-con`).
 *
 * `~` never occurs in an id, so a name tells which scheme wrote it: names with an upper-case
 * letter were written before this encoding (a "legacy" name: the id itself), names with `~` are
 * encoded, and names with neither are both at once.
 */

/** Whether `name` (a file name without its extension) is a Windows device name. */
export const isDeviceName = isWindowsDeviceName

const DEVICE_PREFIX = '~-'

/** The disk name of a workshop id (see above). */
export function diskNameOf(id: string): string {
  const encoded = id.replace(/[A-Z]/g, (letter) => `~${letter.toLowerCase()}`)
  return isDeviceName(encoded) ? `${DEVICE_PREFIX}${encoded}` : encoded
}

/** The workshop id an encoded disk name stands for, or null when it is not one of ours. */
export function idOfDiskName(name: string): string | null {
  const body = name.startsWith(DEVICE_PREFIX) ? name.slice(DEVICE_PREFIX.length) : name
  if (/[A-Z]/.test(body) || /~(?![a-z])/.test(body)) return null
  const id = body.replace(/~([a-z])/g, (_match, letter: string) => letter.toUpperCase())
  // Only the one canonical name of each id counts (so `~-abc` or a device name do not).
  if (!idSchema.safeParse(id).success || diskNameOf(id) !== name) return null
  return id
}

/**
 * The id a name written before the encoding stands for (the name was the id itself), or null.
 * Only names that differ from their encoded form count: those with an upper-case letter, or a
 * device name.
 */
export function idOfLegacyName(name: string): string | null {
  if (!idSchema.safeParse(name).success) return null
  return diskNameOf(name) === name ? null : name
}

/** The name the id was stored under before the encoding, when it differs from the new one. */
export function legacyNameOf(id: string): string | null {
  return diskNameOf(id) === id ? null : id
}

/**
 * The id of the workshop a workshop file's text holds (its `workshop.id`), or null. A light look,
 * used to check a legacy file before it is moved: on a disk that folds case, the file under
 * `Abc` may hold the workshop `abc`, written over it before this encoding existed.
 */
export function workshopIdInText(text: string): string | null {
  try {
    const parsed: unknown = JSON.parse(text.startsWith('\uFEFF') ? text.slice(1) : text)
    const workshop = (parsed as { workshop?: { id?: unknown } } | null)?.workshop
    return typeof workshop?.id === 'string' ? workshop.id : null
  } catch {
    return null
  }
}
