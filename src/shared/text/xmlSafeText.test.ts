import { describe, expect, it } from 'vitest'
import { hasXmlForbiddenChars, xmlSafeDeep, xmlSafeText } from './xmlSafeText'

describe('xmlSafeText', () => {
  it('drops C0 controls but TAB, LF and CR, U+FFFE, U+FFFF and lone surrogates', () => {
    for (let code = 0; code < 0x20; code++) {
      const char = String.fromCharCode(code)
      const allowed = code === 0x09 || code === 0x0a || code === 0x0d
      expect(xmlSafeText(`a${char}b`), `U+${code.toString(16)}`).toBe(allowed ? `a${char}b` : 'ab')
    }
    expect(xmlSafeText('a\uFFFEb\uFFFFc')).toBe('abc')
    expect(xmlSafeText('a\uD800b\uDC00c\uDBFF')).toBe('abc')
    expect(xmlSafeText('絵文字😀と\uD83D\uDE00')).toBe('絵文字😀と😀')
    expect(xmlSafeText('\u007F\u0085\uFFFD')).toBe('\u007F\u0085\uFFFD') // allowed by XML 1.0
  })

  it('returns the same string, and the same objects, when there is nothing to drop', () => {
    const clean = { a: ['x', { b: 'y' }], n: 1, z: null }
    expect(xmlSafeDeep(clean)).toBe(clean)
    expect(hasXmlForbiddenChars('普通の文')).toBe(false)
  })

  it('cleans every string at any depth without touching the input, except kept keys', () => {
    const dirty = { id: 'a\u0000', text: 'b\u0001', list: ['c\u0002', { deep: 'd\u0003' }], n: 2 }
    const cleaned = xmlSafeDeep(dirty, (key) => key === 'id')
    expect(cleaned).toEqual({ id: 'a\u0000', text: 'b', list: ['c', { deep: 'd' }], n: 2 })
    expect(dirty.text).toBe('b\u0001')
  })

  it('keeps a __proto__ key an own data property', () => {
    const parsed = JSON.parse('{"__proto__":{"x":"a\\u0000"},"y":"b\\u0000"}') as object
    const cleaned = xmlSafeDeep(parsed)
    expect(Object.getPrototypeOf(cleaned)).toBe(Object.prototype)
    expect(Object.hasOwn(cleaned, '__proto__')).toBe(true)
    expect(({} as { x?: unknown }).x).toBeUndefined()
  })
})
