import { errorRefOf } from '../errors/appError'
import { errorText, type Lang } from '../errors/errorText'

/**
 * The message a user is shown for the rejection of `promise` (Japanese unless asked), or ''
 * when it rejected with something other than an AppError. Throws when it does not reject.
 */
export async function rejectionText(promise: Promise<unknown>, lang: Lang = 'ja'): Promise<string> {
  try {
    await promise
  } catch (error) {
    return errorText(errorRefOf(error), lang)
  }
  throw new Error('rejectionText: the promise resolved')
}
