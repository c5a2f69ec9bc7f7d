import type { KeyboardEvent as ReactKeyboardEvent } from 'react'

/**
 * True while an IME is composing (Japanese input before the conversion is accepted). Enter, Tab
 * and Escape then belong to the IME. Safari reports keyCode 229 with isComposing already false.
 */
export function isComposing(event: KeyboardEvent | ReactKeyboardEvent): boolean {
  const native = 'nativeEvent' in event ? event.nativeEvent : event
  // keyCode is deprecated, but it is the only signal Safari gives for an IME's Enter.
  // eslint-disable-next-line @typescript-eslint/no-deprecated
  return native.isComposing || native.keyCode === 229
}

const NON_TEXT_INPUTS = new Set([
  'button',
  'checkbox',
  'color',
  'file',
  'hidden',
  'image',
  'radio',
  'range',
  'reset',
  'submit',
])

/** True for elements with their own text editing (and their own Ctrl+Z). */
export function isTextEditable(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  if (target.isContentEditable) return true
  if (target instanceof HTMLTextAreaElement) return !target.readOnly
  if (target instanceof HTMLInputElement)
    return !target.readOnly && !NON_TEXT_INPUTS.has(target.type)
  return false
}

/** Full-width digits and signs (typed with the IME on) to ASCII: ４０ → 40. */
export function toHalfWidth(text: string): string {
  return text
    .replace(/[０-９．－]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/\u3000/g, ' ')
}
