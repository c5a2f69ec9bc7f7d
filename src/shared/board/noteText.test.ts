import { describe, expect, it } from 'vitest'
import { sanitizeNoteText } from './noteText'

describe('sanitizeNoteText', () => {
  it('keeps line breaks and leading spaces, drops other control characters', () => {
    expect(sanitizeNoteText('  a\r\nb\rc\n\td\u0000e\u009f\u200bf')).toBe('  a\nb\nc\nde\u200bf')
  })

  it('normalises to NFC (decomposed kana and half-width sound marks stay themselves)', () => {
    expect(sanitizeNoteText('ﾊﾟ は\u309a')).toBe('ﾊﾟ ぱ')
  })

  it('trims trailing whitespace, full-width spaces and blank lines', () => {
    expect(sanitizeNoteText('困りごと\u3000 \n\n')).toBe('困りごと')
  })

  it('caps to the limit without splitting a surrogate pair, then trims again', () => {
    expect(sanitizeNoteText('abcdef', 4)).toBe('abcd')
    expect(sanitizeNoteText('abc😀', 4)).toBe('abc')
    expect(sanitizeNoteText('ab  cd', 4)).toBe('ab')
    expect(sanitizeNoteText('ab😀', 4)).toBe('ab😀')
  })
})
