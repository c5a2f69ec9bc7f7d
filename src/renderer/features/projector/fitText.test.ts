import { describe, expect, it } from 'vitest'
import { breakUnits, countLines, fitText, fitTextScaled, type CharWidth } from './fitText'

/** Full-width characters are 1em, everything else half. */
const width: CharWidth = (char) => ((char.codePointAt(0) ?? 0) > 0x2000 ? 1 : 0.5)

const OPTIONS = { maxPx: 48, minPx: 20, lineHeight: 1.3 }

describe('breakUnits (strict kinsoku)', () => {
  it('keeps closing punctuation, small kana and ー with the character before', () => {
    expect(breakUnits('困った。ショート')).toEqual(['困っ', 'た。', 'ショー', 'ト'])
  })

  it('keeps opening brackets with the character after, and Latin words whole', () => {
    expect(breakUnits('（ケアマネ）「病院」')).toEqual(['（ケ', 'ア', 'マ', 'ネ）', '「病', '院」'])
    expect(breakUnits('MSW and CM')).toEqual(['MSW', ' ', 'and', ' ', 'CM'])
    expect(breakUnits('(本人)OK')).toEqual(['(本', '人)', 'OK'])
  })

  it('gives an empty paragraph no units', () => {
    expect(breakUnits('')).toEqual([])
  })
})

describe('countLines', () => {
  it('wraps CJK text anywhere, at the box width', () => {
    expect(countLines('あいうえおかきくけこ', 5, width)).toBe(2)
    expect(countLines('あいうえおかきくけこ', 4, width)).toBe(3)
    expect(countLines('あいうえお', 10, width)).toBe(1)
  })

  it('never starts a line with 。: the unit moves down whole', () => {
    // 「あいうえ。」 in a 4em box: え。 does not fit after あいう, so it takes the next line.
    expect(countLines('あいうえ。', 4, width)).toBe(2)
  })

  it('counts explicit line breaks and blank lines', () => {
    expect(countLines('一行目\n\n三行目', 10, width)).toBe(3)
  })

  it('keeps Latin words whole, lets spaces hang, and breaks a word wider than the line', () => {
    expect(countLines('aaaa bbbb', 2.5, width)).toBe(2)
    expect(countLines('aaaa ', 2, width)).toBe(1)
    expect(countLines('https://example.com/very/long/path', 5, width)).toBe(4)
  })
})

describe('fitText', () => {
  it('uses the largest size when the text fits', () => {
    const fit = fitText('入院した事を知らなかった', { width: 600, height: 200 }, OPTIONS, width)
    expect(fit).toEqual({ fontPx: 48, totalLines: 1, visibleLines: 1, hiddenLines: 0 })
  })

  it('shrinks the font just enough for everything to fit', () => {
    const text = 'あ'.repeat(40)
    const fit = fitText(text, { width: 400, height: 200 }, OPTIONS, width)
    expect(fit.hiddenLines).toBe(0)
    expect(fit.fontPx).toBeLessThan(48)
    expect(fit.fontPx).toBeGreaterThanOrEqual(20)
    // It fits at fontPx …
    expect(fit.totalLines * fit.fontPx * 1.3).toBeLessThanOrEqual(200.5)
    // … and would not at one pixel more.
    const bigger = fit.fontPx + 1
    expect(countLines(text, 400 / bigger, width) * bigger * 1.3).toBeGreaterThan(200.5)
  })

  it('stops at the floor and hides the lines that do not fit, counting them', () => {
    const text = 'あ'.repeat(200)
    const fit = fitText(text, { width: 200, height: 104 }, OPTIONS, width)
    // 10 characters a line at 20px: 20 lines; 104px holds 4 lines of 26px.
    expect(fit).toEqual({ fontPx: 20, totalLines: 20, visibleLines: 4, hiddenLines: 16 })
  })

  it('always shows at least one line, even in a tiny box', () => {
    const fit = fitText('あいうえおかきくけこ', { width: 40, height: 5 }, OPTIONS, width)
    expect(fit.visibleLines).toBe(1)
    expect(fit.hiddenLines).toBe(fit.totalLines - 1)
  })

  it('treats a floor above the maximum as the maximum', () => {
    const fit = fitText('あ', { width: 100, height: 100 }, { ...OPTIONS, minPx: 80 }, width)
    expect(fit.fontPx).toBe(48)
  })

  it('sizes long real notes, emoji and line breaks without throwing', () => {
    const notes = [
      '(家族)配偶者が認知症を否認し、地域包括支援センターも拒否するが、持病の治療も途絶え、通院先以外に相談先がない。',
      '😀👍🏽 家族が不安\n夜間の連絡先は？',
      'x'.repeat(2000),
    ]
    for (const text of notes) {
      const fit = fitText(text, { width: 300, height: 150 }, OPTIONS, width)
      expect(fit.visibleLines).toBeGreaterThanOrEqual(1)
      expect(fit.visibleLines + fit.hiddenLines).toBe(fit.totalLines)
      expect(fit.visibleLines * fit.fontPx * 1.3).toBeLessThanOrEqual(150.5)
    }
  })
})

describe('fitTextScaled (A＋ / A−)', () => {
  const box = { width: 400, height: 200 }
  const text = 'あ'.repeat(40)

  it('is fitText at 100%', () => {
    expect(fitTextScaled(text, box, OPTIONS, 1, width)).toEqual(fitText(text, box, OPTIONS, width))
  })

  it('makes shrunk text larger on A＋ even when it filled its note, hiding what no longer fits', () => {
    const base = fitText(text, box, OPTIONS, width)
    const larger = fitTextScaled(text, box, OPTIONS, 1.3, width)
    expect(base.fontPx).toBeLessThan(48)
    expect(larger.fontPx).toBeGreaterThan(base.fontPx)
    expect(larger.fontPx).toBeLessThanOrEqual(Math.round(base.fontPx * 1.3))
    expect(larger.hiddenLines).toBeGreaterThan(0)
    expect(larger.visibleLines * larger.fontPx * 1.3).toBeLessThanOrEqual(200.5)
    expect(larger.visibleLines + larger.hiddenLines).toBe(larger.totalLines)
  })

  it('grows a note that fits only as far as it still fits whole', () => {
    // 「皮膚科へ対応する往診」: 10 characters, 2 lines at 48px in a 260px-wide note.
    const heading = '皮膚科へ対応する往診'
    const note = { width: 260, height: 140 }
    const base = fitText(heading, note, OPTIONS, width)
    const larger = fitTextScaled(heading, note, OPTIONS, 1.3, width)
    expect(larger.fontPx).toBeGreaterThan(base.fontPx)
    expect(larger.fontPx).toBeLessThanOrEqual(Math.round(base.fontPx * 1.3))
    expect(larger.hiddenLines).toBe(0)
  })

  it('grows text at the floor by the whole factor', () => {
    const long = 'あ'.repeat(200)
    const larger = fitTextScaled(long, box, OPTIONS, 1.3, width)
    expect(larger.fontPx).toBe(26)
  })

  it('keeps a note at the full size whole when there is no room to grow', () => {
    const heading = 'あいうえおかきくけこさしすせそ'
    const note = { width: 250, height: 190 }
    const base = fitText(heading, note, OPTIONS, width)
    expect(base).toMatchObject({ fontPx: 48, hiddenLines: 0 })
    expect(fitTextScaled(heading, note, OPTIONS, 1.3, width)).toEqual(base)
  })

  it('makes text smaller on A−, showing all of it', () => {
    const long = 'あ'.repeat(200)
    const base = fitText(long, box, OPTIONS, width)
    const smaller = fitTextScaled(long, box, OPTIONS, 0.7, width)
    expect(smaller.fontPx).toBeLessThan(base.fontPx)
    expect(smaller.hiddenLines).toBeLessThanOrEqual(base.hiddenLines)
  })
})
