import JSZip from 'jszip'
import { beforeAll, describe, expect, it } from 'vitest'
import { buildExportFixture } from '../../shared/testing/exportFixture'
import { buildExportDeck } from '../../shared/export/exportModel'
import { deckSlides, liveTexts } from '../../shared/testing/exportTestHelpers'
import type { ExportDeck } from '../../shared/export/exportTypes'
import type { WorkshopDoc } from '../../shared/model/workshopDoc'
import { createSampleWorkshop, SAMPLE_TITLE } from '../../shared/templates/sampleWorkshop'
import { fakeContext } from '../../shared/testing/fakeContext'
import { FONT } from './pptxLayout'
import { applyRecords } from '../../shared/model/workshopDoc'
import { workshopGroups } from '../../shared/ops/groupOps'
import { addCommentator, setReviewer, setReviewText } from '../../shared/plenary/reviewOps'
import { buildPptx } from './pptxDeck'

/**
 * The .pptx unzipped: one slide file per model slide (+ the title slide), every live text in the
 * slides' XML, the options reducing the slides, 游ゴシック / ja-JP on every run, no pictures,
 * the grids as shapes, valid XML; and LibreOffice opening it (skipped without LibreOffice).
 * Node's modules are loaded by name at run time: the renderer's tsconfig has no Node types.
 */

interface NodeApis {
  execFileSync: (file: string, args: string[], options?: object) => string | Uint8Array
  mkdtempSync: (prefix: string) => string
  writeFileSync: (path: string, data: Uint8Array) => void
  existsSync: (path: string) => boolean
  rmSync: (path: string, options: { recursive: boolean; force: boolean }) => void
  tmpdir: () => string
}

async function nodeApis(): Promise<NodeApis> {
  const load = (name: string) => import(/* @vite-ignore */ name) as Promise<NodeApis>
  const [cp, fs, os] = await Promise.all([
    load('node:child_process'),
    load('node:fs'),
    load('node:os'),
  ])
  return {
    execFileSync: cp.execFileSync,
    mkdtempSync: fs.mkdtempSync,
    writeFileSync: fs.writeFileSync,
    existsSync: fs.existsSync,
    rmSync: fs.rmSync,
    tmpdir: os.tmpdir,
  }
}

const node = await nodeApis()

function onPath(command: string): string | null {
  try {
    const found = node.execFileSync('sh', ['-c', `command -v ${command}`], { encoding: 'utf8' })
    return typeof found === 'string' && found.trim() !== '' ? found.trim() : null
  } catch {
    return null
  }
}

const office = onPath('soffice') ?? onPath('libreoffice')
const pdftotext = onPath('pdftotext')

function unescapeXml(text: string): string {
  return text
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&')
}

/** The text of each paragraph: its <a:t> runs concatenated. */
function paragraphs(xml: string): string[] {
  return [...xml.matchAll(/<a:p>([\s\S]*?)<\/a:p>/g)].map((p) =>
    [...(p[1] ?? '').matchAll(/<a:t>([\s\S]*?)<\/a:t>/g)]
      .map((t) => unescapeXml(t[1] ?? ''))
      .join(''),
  )
}

interface Unzipped {
  files: string[]
  /** slides[0] is slide1.xml (the title slide). */
  slides: string[]
}

async function unzip(bytes: Uint8Array): Promise<Unzipped> {
  const zip = await JSZip.loadAsync(bytes)
  const files = Object.keys(zip.files)
  const slideNames = files
    .filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f))
    .sort((a, b) => Number(/(\d+)\.xml$/.exec(a)?.[1]) - Number(/(\d+)\.xml$/.exec(b)?.[1]))
  const slides = await Promise.all(
    slideNames.map((name) => {
      const file = zip.file(name)
      if (!file) throw new Error(`missing ${name}`)
      return file.async('string')
    }),
  )
  return { files, slides }
}

/** A text as the slides hold it: blank lines dropped, each line its own paragraph. */
function asParagraphs(text: string): string {
  return text
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '')
    .join('\n')
}

function slideCount(deck: ExportDeck): number {
  return 1 + deckSlides(deck).length
}

interface Built {
  doc: WorkshopDoc
  deck: ExportDeck
  pptx: Uint8Array
  unzipped: Unzipped
}

async function build(doc: WorkshopDoc, deck = buildExportDeck(doc)): Promise<Built> {
  const pptx = await buildPptx(deck)
  return { doc, deck, pptx, unzipped: await unzip(pptx) }
}

let fixture: Built
let sample: Built

beforeAll(async () => {
  fixture = await build(buildExportFixture(fakeContext(), { groups: 12 }))
  sample = await build(createSampleWorkshop(fakeContext()))
})

describe('buildPptx', () => {
  it("puts a group's 講評メモ on a slide after its slides, with who commented", async () => {
    const ctx = fakeContext('2026-02-01T00:00:00.000Z')
    let doc = createSampleWorkshop(ctx)
    doc = applyRecords(doc, addCommentator(doc, { name: '山田 太郎', role: 'lecturer' }, ctx))
    const groupId = workshopGroups(doc)[0]!.id
    const commentatorId = Object.keys(doc.commentators)[0]!
    doc = applyRecords(
      doc,
      setReviewText(doc, groupId, '目指す姿が具体的です。\n指標も良い。', ctx),
    )
    doc = applyRecords(doc, setReviewer(doc, groupId, commentatorId, true, ctx))
    const built = await build(doc)
    expect(built.unzipped.slides.length).toBe(slideCount(built.deck) + 1)
    const texts = built.unzipped.slides.map((xml) => paragraphs(xml).join('\n'))
    const at = texts.findIndex((t) => t.includes('目指す姿が具体的です。'))
    expect(texts[at]).toContain('Ａグループ\u3000講評')
    expect(texts[at]).toContain('講評：山田 太郎（講師）')
    expect(texts[at]).toContain('指標も良い。')
    // After Ａグループ's slides, before Ｂグループ's.
    expect(texts.slice(at + 1).every((t) => !t.includes('Ａグループ'))).toBe(true)
    expect(texts.slice(0, at).some((t) => t.includes('Ａグループ'))).toBe(true)
  })

  it('has one slide per model slide plus the title slide', () => {
    for (const { deck, unzipped } of [fixture, sample]) {
      expect(unzipped.slides.length).toBe(slideCount(deck))
    }
    expect(fixture.deck.sections).toHaveLength(12 * 3)
    expect(deckSlides(fixture.deck).length).toBeGreaterThan(36)
  })

  it('holds every live text of the workshop as slide text', () => {
    for (const { doc, unzipped } of [fixture, sample]) {
      const all = unzipped.slides.flatMap(paragraphs).join('\n')
      const texts = liveTexts(doc)
      expect(texts.length).toBeGreaterThan(10)
      const missing = texts.filter((t) => !all.includes(asParagraphs(t)))
      expect(missing).toEqual([])
    }
  })

  it('shows the title slide, and each slide its group, title and position', () => {
    const [title = '', ...rest] = sample.unzipped.slides.map((x) => paragraphs(x).join('\n'))
    expect(title).toContain(SAMPLE_TITLE)
    expect(title).toContain(sample.deck.title.dateText)
    expect(title).toContain(sample.deck.title.venue)
    let i = 0
    for (const section of sample.deck.sections) {
      for (const slide of section.slides) {
        const text = rest[i] ?? ''
        expect(text).toContain(section.groupName)
        expect(text).toContain(slide.title)
        expect(text).toContain(`${String(slide.index.n)} / ${String(slide.index.total)}`)
        i += 1
      }
    }
  })

  it('exports one group or chosen themes only', async () => {
    const groupId = fixture.deck.sections[3]?.groupId ?? ''
    const groupName = fixture.deck.sections[3]?.groupName ?? ''
    const oneGroup = await build(fixture.doc, buildExportDeck(fixture.doc, { groupIds: [groupId] }))
    expect(oneGroup.deck.sections.every((s) => s.groupId === groupId)).toBe(true)
    expect(oneGroup.unzipped.slides.length).toBe(slideCount(oneGroup.deck))
    expect(oneGroup.unzipped.slides.length).toBeLessThan(fixture.unzipped.slides.length / 6)
    const others = fixture.deck.sections.filter((s) => s.groupId !== groupId)
    const text = oneGroup.unzipped.slides.flatMap(paragraphs).join('\n')
    expect(text).toContain(groupName)
    for (const s of others) expect(text).not.toContain(`${s.groupName}\u3000`)

    const theme2 = await build(fixture.doc, buildExportDeck(fixture.doc, { themes: ['theme2'] }))
    const expected = fixture.deck.sections
      .filter((s) => s.themeId === 'theme2')
      .reduce((n, s) => n + s.slides.length, 1)
    expect(theme2.unzipped.slides.length).toBe(expected)
    const kinds = new Set(deckSlides(theme2.deck).map((s) => s.kind))
    expect(
      [...kinds].every((k) => k === 'theme2Topic' || k === 'theme2Grid' || k === 'empty'),
    ).toBe(true)
  })

  it('names 游ゴシック (latin and east Asian) as a Japanese font and ja-JP on every run, 16:9, no pictures', async () => {
    expect(FONT).toBe('游ゴシック')
    for (const xml of [...fixture.unzipped.slides, ...sample.unzipped.slides]) {
      const fonts = [...xml.matchAll(/<a:(latin|ea|cs) typeface="([^"]*)"([^>]*)\/>/g)]
      expect(fonts.length).toBeGreaterThan(0)
      expect(new Set(fonts.map((m) => m[2]))).toEqual(new Set([FONT]))
      // The Japanese character set (not pptxgenjs's simplified Chinese -122): a PC without the
      // font substitutes a Japanese gothic.
      for (const m of fonts) expect(m[3]).toContain('charset="-128"')
      const langs = [...xml.matchAll(/<a:rPr lang="([^"]*)"/g)].map((m) => m[1])
      expect(new Set(langs)).toEqual(new Set(['ja-JP']))
      expect(xml).not.toContain('<p:pic')
    }
    const themes = await JSZip.loadAsync(sample.pptx)
    const theme = (await themes.file('ppt/theme/theme1.xml')?.async('string')) ?? ''
    for (const font of ['majorFont', 'minorFont']) {
      const part = new RegExp(`<a:${font}>([\\s\\S]*?)</a:${font}>`).exec(theme)?.[1] ?? ''
      expect(part).toContain(`<a:latin typeface="${FONT}"`)
      expect(part).toContain(`<a:ea typeface="${FONT}"`)
      expect(part).toContain(`<a:font script="Jpan" typeface="${FONT}"/>`)
    }
    const media = fixture.unzipped.files.filter(
      (f) => f.startsWith('ppt/media/') && !f.endsWith('/'),
    )
    expect(media).toEqual([])
    const zip = await JSZip.loadAsync(sample.pptx)
    const presentation = (await zip.file('ppt/presentation.xml')?.async('string')) ?? ''
    expect(presentation).toContain('<p:sldSz cx="12192000" cy="6858000"')
  })

  it(
    'writes well-formed slides with one paragraph-properties element per paragraph',
    () => {
      const parser = new DOMParser()
      for (const xml of [...fixture.unzipped.slides, ...sample.unzipped.slides]) {
        const dom = parser.parseFromString(xml, 'application/xml')
        expect(dom.getElementsByTagName('parsererror')).toHaveLength(0)
        for (const p of xml.matchAll(/<a:p>([\s\S]*?)<\/a:p>/g)) {
          expect((p[1] ?? '').split('<a:pPr').length - 1).toBeLessThanOrEqual(1)
        }
      }
    },
    // jsdom's XML parser over every slide: seconds on a loaded 2-core machine. Speed is measured
    // in `npm run bench`, not here.
    30_000,
  )

  it('draws the priority grids as shapes: a circle per point, axes as lines', () => {
    const slides = deckSlides(fixture.deck)
    const gridIndex = slides.findIndex((s) => s.kind === 'theme2Grid')
    const grid = slides[gridIndex]
    if (grid?.kind !== 'theme2Grid') throw new Error('the fixture has no priority grid')
    const xml = fixture.unzipped.slides[gridIndex + 1] ?? ''
    const points = grid.grids.reduce((n, g) => n + g.points.length, 0)
    expect(points).toBeGreaterThan(0)
    expect(xml.split('prst="ellipse"').length - 1).toBe(points)
    expect(xml.split('prst="line"').length - 1).toBe(4 * grid.grids.length)
    const text = paragraphs(xml).join('\n')
    for (const g of grid.grids) {
      expect(text).toContain(g.heading)
      expect(text).toContain(g.xLabel)
      expect(text).toContain(g.yLabel)
      for (const p of g.points) expect(text).toContain(p.label)
    }
  })

  it('marks a slide the model flags overflow to shrink its text', async () => {
    const deck = sample.deck
    const section = deck.sections.find((s) => s.slides.some((x) => x.kind === 'theme1'))
    const slide = section?.slides.find((x) => x.kind === 'theme1')
    if (!section || !slide) throw new Error('the sample has no テーマ1 slide')
    const one: ExportDeck = {
      title: deck.title,
      sections: [{ ...section, slides: [{ ...slide, overflow: true }, slide] }],
      covers: [],
      leftOut: [],
    }
    const { slides } = await unzip(await buildPptx(one))
    expect(slides[1]).toContain('<a:normAutofit/>')
    // Only the footer line shrinks on a regular slide.
    expect((slides[2] ?? '').split('<a:normAutofit/>').length - 1).toBe(1)
  })

  // CI installs LibreOffice (.ci/run): there, a missing one fails instead of skipping.
  const skipOffice = office === null && process.env.CI !== 'true'
  const officeReason = skipOffice ? ' (skipped: no soffice/libreoffice on PATH)' : ''
  it.skipIf(skipOffice)(
    `opens in LibreOffice: headless PDF conversion${officeReason}`,
    () => {
      const dir = node.mkdtempSync(`${node.tmpdir()}/taneboard-pptx-`)
      try {
        const input = `${dir}/sample.pptx`
        node.writeFileSync(input, sample.pptx)
        node.execFileSync(
          office ?? 'soffice',
          [
            `-env:UserInstallation=file://${dir}/profile`,
            '--headless',
            '--convert-to',
            'pdf',
            '--outdir',
            dir,
            input,
          ],
          { stdio: 'pipe', timeout: 120_000 },
        )
        const pdf = `${dir}/sample.pdf`
        expect(node.existsSync(pdf)).toBe(true)
        expect(pdftotext).not.toBeNull()
        if (pdftotext === null) return
        const text = node.execFileSync(pdftotext, [pdf, '-'], { encoding: 'utf8' })
        const flat = String(text).replace(/\s+/g, '')
        expect(flat).toContain(SAMPLE_TITLE)
        const note = Object.values(sample.doc.notes).find((n) => n.deletedAt === null)
        expect(note).toBeDefined()
        // pdftotext spaces and wraps Japanese freely: compare without whitespace.
        expect(flat).toContain((note?.text ?? '').replace(/\s+/g, '').slice(0, 12))
      } finally {
        node.rmSync(dir, { recursive: true, force: true })
      }
    },
    180_000,
  )
})
