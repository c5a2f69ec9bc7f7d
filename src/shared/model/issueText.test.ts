import { describe, expect, it } from 'vitest'
import { z } from 'zod/mini'
import { idSchema } from './ids'
import { issueText } from './issueText'

function firstIssueOf(schema: z.ZodMiniType, value: unknown): string {
  const parsed = schema.safeParse(value)
  return parsed.success ? 'valid' : issueText(parsed.error.issues[0])
}

describe('issueText: a zod/mini issue in words, without a zod locale', () => {
  const item = z.strictObject({ name: z.string().check(z.maxLength(3)), n: z.int() })

  it('names the path and what is wrong', () => {
    expect(firstIssueOf(item, { name: 'abcd', n: 1 })).toBe('name: Too big: expected string <= 3')
    expect(firstIssueOf(item, { name: 'a', n: 'x' })).toBe('n: Invalid input: expected number')
    expect(firstIssueOf(item, { name: 'a', n: 1, pad: 0 })).toBe(': Unrecognized key(s): "pad"')
  })

  it("keeps a refine's own message", () => {
    expect(firstIssueOf(idSchema, 'constructor')).toBe(': reserved id')
  })

  it('says invalid when there is no issue', () => {
    expect(issueText(undefined)).toBe('invalid')
  })
})
