/**
 * Everything English, in its own chunk: the UI strings and the error messages. Fetched only when
 * the user chooses English (or chose it before: main.tsx), never with the first screen (useT.ts).
 */
export { en } from './messages.en'
export { errorMessagesEn } from '../../shared/errors/errorMessages.en'
