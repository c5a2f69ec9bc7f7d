import { randomBytes } from 'node:crypto'
import * as fs from 'node:fs/promises'
import { join } from 'node:path'
import { z } from 'zod'
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
