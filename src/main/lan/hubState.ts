import { randomBytes } from 'node:crypto'
import * as fs from 'node:fs/promises'
import { join } from 'node:path'
import { z } from 'zod'
import { idSchema } from '../../shared/model/schemas'
import { writeFileAtomic } from '../services/atomicFile'

/**
 * What the hub keeps per workshop besides the documents: the session secret (join tokens and codes
 * derive from it; replaced by 「すべて切断」) and the hub's own editor id (the slot its conflict
 * decisions go in). Kept on disk so a restarted hub accepts the codes already handed out.
 */
export interface HubState {
  secret: Uint8Array
  editorId: string
}

const stateSchema = z.strictObject({
  version: z.literal(1),
  secret: z.string().regex(/^[0-9a-f]{64}$/),
  editorId: z.string().regex(/^[0-9a-f]{16}$/),
})

const fileOf = (directory: string, workshopId: string): string =>
  join(directory, workshopId, 'hub.json')

export function freshHubState(editorId?: string): HubState {
  return { secret: randomBytes(32), editorId: editorId ?? randomBytes(8).toString('hex') }
}

export async function saveHubState(
  directory: string,
  workshopId: string,
  state: HubState,
): Promise<void> {
  await fs.mkdir(join(directory, workshopId), { recursive: true })
  const content = JSON.stringify({
    version: 1,
    secret: Buffer.from(state.secret).toString('hex'),
    editorId: state.editorId,
  })
  await writeFileAtomic(fs, fileOf(directory, workshopId), content, { mode: 0o600 })
}

/** The stored state, or a new one (stored) when there is none or it cannot be read. */
export async function loadHubState(directory: string, workshopId: string): Promise<HubState> {
  try {
    const parsed = stateSchema.safeParse(
      JSON.parse(await fs.readFile(fileOf(directory, workshopId), 'utf8')),
    )
    if (parsed.success) {
      return { secret: Buffer.from(parsed.data.secret, 'hex'), editorId: parsed.data.editorId }
    }
  } catch {
    // no state yet
  }
  const state = freshHubState()
  await saveHubState(directory, workshopId, state)
  return state
}

/**
 * The session the hub has open (the workshop and its groups), kept on disk while it is open so a
 * hub that died without stopping (a crash, kill -9, the laptop's power) opens it again when it
 * starts: the tables' codes keep working and what they hold comes back, with no one at the
 * console. A deliberate stop forgets it (sharing off means nobody gets in).
 */
export interface OpenSession {
  workshopId: string
  groupIds: string[]
}

const openSessionSchema = z.strictObject({
  version: z.literal(1),
  workshopId: idSchema,
  groupIds: z.array(idSchema).max(200),
})

const sessionFileOf = (directory: string): string => join(directory, 'session.json')

export async function saveOpenSession(directory: string, session: OpenSession): Promise<void> {
  await fs.mkdir(directory, { recursive: true })
  const content = JSON.stringify({ version: 1, ...session })
  await writeFileAtomic(fs, sessionFileOf(directory), content, { mode: 0o600 })
}

/** The session open when the hub last ran, or null (none, or unreadable). */
export async function loadOpenSession(directory: string): Promise<OpenSession | null> {
  try {
    const parsed = openSessionSchema.safeParse(
      JSON.parse(await fs.readFile(sessionFileOf(directory), 'utf8')),
    )
    return parsed.success
      ? { workshopId: parsed.data.workshopId, groupIds: parsed.data.groupIds }
      : null
  } catch {
    return null
  }
}

export async function forgetOpenSession(directory: string): Promise<void> {
  await fs.rm(sessionFileOf(directory), { force: true })
}

/** The open session on disk for a hub: kept while open, read at start, forgotten on purpose. */
export function keptSession(directory: string, log: (line: string) => void) {
  return {
    /** Keeps it (or forgets it when none is open); a failed write only loses the restart. */
    remember: async (session: OpenSession | null): Promise<void> => {
      if (!session) return
      await saveOpenSession(directory, session).catch(() => {
        log('[lan] could not keep the open session on disk')
      })
    },
    load: () => loadOpenSession(directory),
    forget: () => forgetOpenSession(directory),
  }
}
