import type { z } from 'zod/mini'
import {
  HOST_CHANNELS,
  HOST_REQUEST_SCHEMAS,
  type HostInvokeApi as HostApi,
} from '../../shared/host/hostApi'
import { isSameOrigin } from '../window/windowSecurity'
import { issueProblem } from '../../shared/model/issueText'

type HostMethod = keyof HostApi

/** The validated argument of a channel. */
export type HostRequest<K extends HostMethod> = z.output<(typeof HOST_REQUEST_SCHEMAS)[K]>

// Re-typed as a mapped type so that indexing with a generic key keeps the key's own type.
const REQUEST_SCHEMAS: { [K in HostMethod]: z.ZodMiniType<HostRequest<K>> } = HOST_REQUEST_SCHEMAS

/** The window whose main frame sent a trusted request. */
export interface TrustedWindowLike {
  isDestroyed(): boolean
  readonly webContents: { readonly mainFrame: unknown }
}

/** The main-process implementation of each HostApi method, told which window asked. */
export type HostServices<W> = {
  [K in HostMethod]: (request: HostRequest<K>, window: W) => ReturnType<HostApi[K]>
}

/** The part of an `IpcMainInvokeEvent` the guard reads. */
export interface InvokeEventLike {
  readonly senderFrame: { readonly url: string } | null
}

/** The part of `ipcMain` used here. */
export interface IpcMainLike<E extends InvokeEventLike> {
  handle(channel: string, listener: (event: E, ...args: unknown[]) => Promise<unknown>): void
  removeHandler(channel: string): void
}

/** What registerHostHandlers needs. */
export interface RegisterHostHandlersOptions<
  W extends TrustedWindowLike,
  E extends InvokeEventLike,
> {
  ipcMain: IpcMainLike<E>
  /** The windows we created; only their main frames may call. */
  windows: () => readonly W[]
  /** Origins allowed to call: app://taneboard, plus the dev server in development. */
  allowedOrigins: readonly string[]
  services: HostServices<W>
}

/** Thrown to the renderer when a request is refused; nothing has happened on the host. */
export class RejectedRequestError extends Error {
  constructor(channel: string, reason: string) {
    super(`Rejected ${channel}: ${reason}`)
    this.name = 'RejectedRequestError'
  }
}

/**
 * Registers one `ipcMain.handle` per HostApi channel. Each call is checked before any service
 * runs: the sender must be the main frame of one of our windows, showing one of our origins
 * (checklist item 17), and the argument must match the channel's schema.
 * Returns a function that removes the handlers.
 */
export function registerHostHandlers<W extends TrustedWindowLike, E extends InvokeEventLike>(
  options: RegisterHostHandlersOptions<W, E>,
): () => void {
  const { ipcMain, windows, allowedOrigins, services } = options

  function trustedWindowOf(event: E, channel: string): W {
    const frame = event.senderFrame
    if (!frame) throw new RejectedRequestError(channel, 'the sending frame is gone')
    const window = windows().find((w) => !w.isDestroyed() && w.webContents.mainFrame === frame)
    if (!window)
      throw new RejectedRequestError(channel, 'not sent by the main frame of an app window')
    if (!allowedOrigins.some((origin) => isSameOrigin(frame.url, origin))) {
      throw new RejectedRequestError(channel, 'sent from a foreign origin')
    }
    return window
  }

  // K ties the channel's schema to its service, so the service gets exactly its validated type.
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters
  function register<K extends HostMethod>(method: K): void {
    const channel = HOST_CHANNELS[method]
    const schema = REQUEST_SCHEMAS[method]
    const service: (request: HostRequest<K>, window: W) => Promise<unknown> = services[method]
    ipcMain.handle(channel, async (event, ...args) => {
      const window = trustedWindowOf(event, channel)
      if (args.length > 1) throw new RejectedRequestError(channel, 'expected a single argument')
      const parsed = schema.safeParse(args[0])
      if (!parsed.success) {
        const problems = parsed.error.issues
          .slice(0, 3)
          .map((issue) => `${issue.path.join('.') || '(argument)'}: ${issueProblem(issue)}`)
        throw new RejectedRequestError(channel, `invalid request (${problems.join('; ')})`)
      }
      return service(parsed.data, window)
    })
  }

  const methods = Object.keys(HOST_CHANNELS) as HostMethod[]
  for (const method of methods) register(method)
  return () => {
    for (const method of methods) ipcMain.removeHandler(HOST_CHANNELS[method])
  }
}
