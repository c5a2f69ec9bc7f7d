/**
 * Characters XML 1.0 forbids, which make an exported file invalid (PowerPoint refuses a PPTX
 * slide holding one, or "repairs" it): the C0 controls other than TAB, LF and CR (U+0000 to
 * U+001F), U+FFFE and U+FFFF, and lone surrogates (half of a pair, as a cut-off emoji leaves).
 * They can reach the app in text pasted from elsewhere or in a file, and mean nothing to a user:
 * they are dropped at the door (parseWorkshopFile) and again by every writer (CSV, the export
 * deck that the PPTX, the print view and the PDF draw).
 */
const XML_FORBIDDEN =
  // The point of this pattern is to match control characters.
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

/** Whether `text` holds a character XML 1.0 forbids. */
export function hasXmlForbiddenChars(text: string): boolean {
  XML_FORBIDDEN.lastIndex = 0
  const found = XML_FORBIDDEN.test(text)
  XML_FORBIDDEN.lastIndex = 0
  return found
}

/** `text` without the characters XML 1.0 forbids (the same string when it has none). */
export function xmlSafeText(text: string): string {
  return hasXmlForbiddenChars(text) ? text.replace(XML_FORBIDDEN, '') : text
}

/**
 * `value` with every string in it (array items and object values, at any depth) made
 * xmlSafeText, except the values of object keys `keep` accepts (and what is below them). Plain
 * data only (what JSON or the export model holds); parts without a forbidden character are
 * returned as they are, not copied.
 */
export function xmlSafeDeep<T>(value: T, keep: (key: string) => boolean = () => false): T {
  return cleanValue(value, keep) as T
}

function cleanValue(value: unknown, keep: (key: string) => boolean): unknown {
  if (typeof value === 'string') return xmlSafeText(value)
  if (Array.isArray(value)) {
    const items = value as readonly unknown[]
    let copy: unknown[] | null = null
    for (let i = 0; i < items.length; i++) {
      const item = items[i]
      const cleaned = cleanValue(item, keep)
      if (cleaned !== item) {
        copy ??= [...items]
        copy[i] = cleaned
      }
    }
    return copy ?? items
  }
  if (typeof value === 'object' && value !== null) {
    let copy: Record<string, unknown> | null = null
    const record = value as Record<string, unknown>
    for (const key of Object.keys(record)) {
      if (keep(key)) continue
      const field = record[key]
      const cleaned = cleanValue(field, keep)
      if (cleaned !== field) {
        copy ??= { ...record }
        // defineProperty: a key such as __proto__ stays an own data property, never a setter.
        Object.defineProperty(copy, key, {
          value: cleaned,
          writable: true,
          enumerable: true,
          configurable: true,
        })
      }
    }
    return copy ?? value
  }
  return value
}
