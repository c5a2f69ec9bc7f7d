import { z } from 'zod/mini'

/** A record's id (the rule every id follows; schemas.ts re-exports it). */
export const idSchema = z.string().check(
  z.minLength(1),
  z.maxLength(64),
  z.regex(/^[A-Za-z0-9_-]+$/),
  z.refine((id) => !Object.hasOwn(Object.prototype, id), { message: 'reserved id' }),
)
