import type { Locator } from '@playwright/test'

/** One element's text as the browser laid it out: its font size and its visible lines. */
export interface LaidOutText {
  text: string
  fontPx: number
  lines: string[]
}

/**
 * The visible lines of each matched element, read character by character with
 * Range.getClientRects (characters whose box starts at the same height are one line; lines a
 * line clamp hides are left out). Spaces are dropped from the lines.
 */
export async function laidOutLines(elements: Locator): Promise<LaidOutText[]> {
  return elements.evaluateAll((els) =>
    els.map((el) => {
      const box = el.getBoundingClientRect()
      const fontPx = parseFloat(getComputedStyle(el).fontSize)
      const lines: { top: number; text: string }[] = []
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT)
      const range = document.createRange()
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const value = node.nodeValue ?? ''
        let offset = 0
        for (const char of value) {
          const end = offset + char.length
          range.setStart(node, offset)
          range.setEnd(node, end)
          offset = end
          if (/\s/.test(char)) continue
          const rect = range.getClientRects()[0]
          if (!rect || rect.top >= box.bottom - 1) continue
          const line = lines.find((l) => Math.abs(l.top - rect.top) < fontPx / 2)
          if (line) line.text += char
          else lines.push({ top: rect.top, text: char })
        }
      }
      return {
        text: el.textContent,
        fontPx,
        lines: lines.sort((a, b) => a.top - b.top).map((l) => l.text),
      }
    }),
  )
}
