import { describe, expect, it } from 'vitest'
import { BRIEF_PARTS, type BriefPart } from '../../../shared/model/schemas'
import { briefDensity, printedLines } from './briefDensity'

const parts = (text: (part: BriefPart) => string) =>
  Object.fromEntries(BRIEF_PARTS.map((p) => [p, text(p)])) as Record<BriefPart, string>

describe('briefDensity', () => {
  it('counts wrapped lines, and room to write in an empty part', () => {
    expect(printedLines('')).toBe(2)
    expect(printedLines('あ'.repeat(40))).toBe(1)
    expect(printedLines(`${'あ'.repeat(41)}\n・い`)).toBe(3)
  })

  it('keeps a normally filled sheet at the normal size and steps down as it fills', () => {
    expect(briefDensity(parts(() => ''))).toBe('normal')
    expect(briefDensity(parts(() => '・あ\n・い\n・う\n・え'))).toBe('normal')
    expect(briefDensity(parts(() => '・あ\n・い\n・う\n・え\n・お\n・か'))).toBe('dense')
    expect(briefDensity(parts(() => 'あ'.repeat(400)))).toBe('denser')
  })
})
