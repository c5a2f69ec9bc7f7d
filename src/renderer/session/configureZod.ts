import { z } from 'zod/mini'

/**
 * The renderer's CSP has no 'unsafe-eval': zod must not try to JIT-compile parsers with
 * `new Function` (even the swallowed probe raises a CSP violation report). Imported for its side
 * effect, first, by appServices.ts and by the renderer test setup.
 */
z.config({ jitless: true })
