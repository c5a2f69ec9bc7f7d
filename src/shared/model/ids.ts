import { z } from 'zod'

/** A record's id (the rule every id follows; schemas.ts re-exports it). */
export const idSchema = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/)
  // Ids key plain objects (the doc's maps): never a name Object.prototype already has.
  .refine((id) => !Object.hasOwn(Object.prototype, id), { message: 'reserved id' })
