import type { EditField, ErrorCode, ErrorParams, ErrorRef } from './errorCodes'

/**
 * One language's words for every error code: a sentence, or a function of the code's
 * parameters. `text` renders a nested error (a `detail`) in the same language ('' for none).
 */
export type ErrorCatalogue = {
  readonly [C in ErrorCode]: [ErrorParams[C]] extends [undefined]
    ? string
    : (params: ErrorParams[C], text: (ref: ErrorRef | undefined) => string) => string
}

/** The name of each field an edit guard mentions. */
export type EditFieldNames = Readonly<Record<EditField, string>>
