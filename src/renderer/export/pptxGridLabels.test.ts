import JSZip from 'jszip'
import { describe, expect, it } from 'vitest'
import { buildExportDeck } from '../../shared/export/exportModel'
import { EXPORT_CAPACITIES, textWidth } from '../../shared/export/textSize'
import { deckSlides } from '../../shared/testing/exportTestHelpers'
import { fakeContext } from '../../shared/testing/fakeContext'
import { buildQuietTablesFixture } from '../../shared/testing/quietTablesFixture'
import { applyRecords } from '../../shared/model/workshopDoc'
import { placeCause } from '../../shared/theme2/causeOps'
import { placeMeasure } from '../../shared/theme2/measureOps'
import { buildPptx } from './pptxDeck'
import { overlaps, placeLabels, type GridPoint } from './pptxGridLabels'
import { SLIDE_W, type Box } from './pptxLayout'
import { GRID_STYLE } from './pptxTheme2'

/**
 * The priority maps' labels on the slides: read back from the .pptx's XML (every shape's place
 * and size in EMU), no label overlaps another label or any point, none leaves the slide or its
 * own half, and every label's box is wider than its text at its size (nothing is cut).
 */

const EMU = 914400

interface Shape {
  name: string
  box: Box
  text: string
  pt: number
}

function shapes(xml: string): Shape[] {
  return [...xml.matchAll(/<p:sp>([\s\S]*?)<\/p:sp>/g)].map((m) => {
    const sp = m[1] ?? ''
    const num = (re: RegExp) => Number(re.exec(sp)?.[1] ?? NaN) / EMU
    return {
      name: /<p:cNvPr id="\d+" name="([^"]*)"/.exec(sp)?.[1] ?? '',
      box: {
        x: num(/<a:off x="(-?\d+)"/),
        y: num(/<a:off x="-?\d+" y="(-?\d+)"/),
        w: num(/<a:ext cx="(\d+)"/),
        h: num(/<a:ext cx="\d+" cy="(\d+)"/),
      },
      text: [...sp.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((t) => t[1]).join(''),
      pt: Number(/<a:rPr[^>]* sz="(\d+)"/.exec(sp)?.[1] ?? NaN) / 100,
    }
  })
}

/** A topic whose points crowd into one corner (the worst case for labels). */
function crowdedDoc() {
  let doc = buildQuietTablesFixture(fakeContext())
  const causes = Object.values(doc.causes).filter((c) => c.deletedAt === null)
  const measures = Object.values(doc.measures).filter((m) => m.deletedAt === null)
  causes.forEach((c, i) => {
    doc = applyRecords(doc, placeCause(doc, c.id, { x: 0.95 - 0.02 * i, y: 0.9 - 0.03 * i }))
  })
  measures.forEach((m, i) => {
    doc = applyRecords(doc, placeMeasure(doc, m.id, { x: 1, y: 0.05 * i }))
  })
  return doc
}

async function gridSlides(): Promise<{ xml: string; points: number }[]> {
  const doc = crowdedDoc()
  const deck = buildExportDeck(doc, { capacity: EXPORT_CAPACITIES.pptx16x9 })
  const zip = await JSZip.loadAsync(await buildPptx(deck))
  const slides = deckSlides(deck)
  const found: { xml: string; points: number }[] = []
  for (const [i, slide] of slides.entries()) {
    if (slide.kind !== 'theme2Grid') continue
    const xml = (await zip.file(`ppt/slides/slide${String(i + 2)}.xml`)?.async('string')) ?? ''
    found.push({ xml, points: slide.grids.reduce((n, g) => n + g.points.length, 0) })
  }
  return found
}

describe('priority map labels in the PPTX', () => {
  it('never overlap a label or a point, stay on the slide and in their own map, and are never cut', async () => {
    const slides = await gridSlides()
    expect(slides.length).toBeGreaterThan(0)
    for (const { xml, points } of slides) {
      const all = shapes(xml)
      const circles = all.filter((s) => /-point-\d+$/.test(s.name))
      const labels = all.filter((s) => /-label-\d+$/.test(s.name))
      expect(circles).toHaveLength(points)
      expect(labels.length).toBeGreaterThan(0)
      for (const [i, label] of labels.entries()) {
        expect(label.pt).toBe(GRID_STYLE.label)
        // Wider than its text at its size: PowerPoint never cuts or wraps it.
        expect(label.box.w, label.text).toBeGreaterThanOrEqual(
          (textWidth(label.text) * label.pt) / 72,
        )
        expect(label.box.x).toBeGreaterThanOrEqual(0)
        expect(label.box.x + label.box.w).toBeLessThanOrEqual(SLIDE_W)
        // In its own map's half of the slide.
        const causesMap = label.name.startsWith('causes-')
        if (causesMap) expect(label.box.x + label.box.w).toBeLessThanOrEqual(SLIDE_W / 2)
        else expect(label.box.x).toBeGreaterThanOrEqual(SLIDE_W / 2 - 0.2)
        for (const other of labels.slice(i + 1)) {
          expect(overlaps(label.box, other.box), `${label.name} / ${other.name}`).toBe(false)
        }
        for (const circle of circles) {
          expect(overlaps(label.box, circle.box), `${label.name} / ${circle.name}`).toBe(false)
        }
      }
    }
  }, 30_000)

  it('the layout: shortens a label rather than let it overlap, and leaves it out as a last resort', () => {
    const region: Box = { x: 0, y: 0, w: 3, h: 2 }
    const points: GridPoint[] = Array.from({ length: 12 }, (_, i) => ({
      cx: 2.7,
      cy: 0.3 + 0.12 * i,
      label: `病院と在宅の窓口が互いに見えていない${String(i)}`,
    }))
    const style = { pt: 14, diameter: 0.46, maxChars: 10 }
    const placed = placeLabels(points, region, style)
    expect(placed.length).toBeGreaterThan(0)
    expect(placed.length).toBeLessThanOrEqual(points.length)
    for (const [i, a] of placed.entries()) {
      expect(a.text.length).toBeLessThanOrEqual(11)
      for (const b of placed.slice(i + 1)) expect(overlaps(a.box, b.box)).toBe(false)
    }
    // Deterministic.
    expect(placeLabels(points, region, style)).toEqual(placed)
  })
})
