import type { z } from 'zod/mini'

/**
 * A schema issue in words, for logs and the `detail` of a refused file: `path: what is wrong`.
 * zod/mini (the schemas' tree-shakable form, so that ホーム's first load stays small) ships no
 * message catalogue, so the words come from the issue's own fields here, not from zod's locale.
 */
export function issueText(issue: z.core.$ZodIssue | undefined, none = 'invalid'): string {
  if (!issue) return none
  return `${issue.path.map(String).join('.')}: ${issueProblem(issue)}`
}

/** What is wrong, without the path. */
export function issueProblem(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'unrecognized_keys':
      return `Unrecognized key(s): ${issue.keys.map(quoted).join(', ')}`
    case 'invalid_key':
      return 'Invalid key in record'
    case 'invalid_type':
      return `Invalid input: expected ${issue.expected}`
    case 'too_big':
      return `Too big: expected ${issue.origin} <= ${String(issue.maximum)}`
    case 'too_small':
      return `Too small: expected ${issue.origin} >= ${String(issue.minimum)}`
    case 'invalid_format':
      return `Invalid ${issue.format}`
    case 'invalid_value':
      return `Invalid option: expected one of ${issue.values.map(quoted).join('|')}`
    case 'invalid_union':
      return 'Invalid input: no variant matched'
    case 'invalid_element':
      return 'Invalid element'
    case 'not_multiple_of':
      return `Invalid number: expected a multiple of ${String(issue.divisor)}`
    case 'custom':
      // A refine's own message, e.g. 'reserved id'.
      return issue.message
  }
}

function quoted(value: unknown): string {
  return typeof value === 'string' ? JSON.stringify(value) : String(value)
}
