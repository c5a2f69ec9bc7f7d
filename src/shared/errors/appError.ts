import { errorRef, type ErrorArgs, type ErrorCode, type ErrorRef } from './errorCodes'

/**
 * An error meant for the user, carried as a code (`ref`), never as words: screens turn it into
 * their language with `errorText`. Its `message` is the code, for logs only; no code reads it.
 */
export class AppError extends Error {
  constructor(
    readonly ref: ErrorRef,
    options?: { cause?: unknown },
  ) {
    super(ref.code, options)
    this.name = 'AppError'
  }

  get code(): ErrorCode {
    return this.ref.code
  }
}

/** `throw appError('backup.missing')`, `throw appError('backup.failed', { detail })`. */
export function appError<C extends ErrorCode>(code: C, ...args: ErrorArgs<C>): AppError {
  return new AppError(errorRef(code, ...args))
}

/** The code of a thrown value when it is an AppError, else undefined (an unexpected failure). */
export function errorRefOf(error: unknown): ErrorRef | undefined {
  return error instanceof AppError ? error.ref : undefined
}
