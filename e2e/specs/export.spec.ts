import { readFileSync } from 'node:fs'
import { expect, test, type Page } from '@playwright/test'
import { parseCsv } from '../../src/shared/export/csvFormat'
import type { WorkshopDoc } from '../../src/shared/model/workshopDoc'
import { workshopGroups } from '../../src/shared/ops/groupOps'
import { buildExportFixture, EXPORT_FIXTURE_TITLE } from '../../src/shared/testing/exportFixture'
import { fakeContext } from '../../src/shared/testing/fakeContext'
import { seedWorkshop } from '../../testing/browser/seedWorkshop'
import { openHome, openSampleWorkshop } from '../support/pages/home'
import { pdfPageCount, pdfPageImage, pdfText, squash, tempPdfPath } from '../support/pdf'

/**
 * 書き出し: the PDF of a 12-group workshop and of the サンプル研修会 (page count, every note's
 * text, header and page numbers, page images to look at), and the notes CSV as a download.
 *
 * The 12-group workshop reaches the app the way a second copy does after IndexedDB is lost: its
 * workshop file is put where the browser host keeps snapshots, and the app restores it on start.
 */

/** Opens 書き出し of a workshop; resolves with the number of pages the print view shows. */
async function openExport(page: Page, workshopId: string): Promise<number> {
  await page.goto(`/#/w/${workshopId}/export`)
  // A big workshop (226 pages) takes more than 10 s to lay out on a loaded 2-core machine.
  await expect(page.getByRole('button', { name: 'PDFに保存' })).toBeEnabled({ timeout: 45_000 })
  await expect(page.locator('[data-print-page]').first()).toBeVisible()
  return page.locator('[data-print-page]').count()
}

interface PrintedPdf {
  path: string
  pages: number
  text: string
  ms: number
}

/** Prints the page as the app's print view (print media, A4 landscape) and reads it back. */
async function printPdf(page: Page, name: string, format: 'A4' | 'A3' = 'A4'): Promise<PrintedPdf> {
  const path = tempPdfPath(name)
  await page.emulateMedia({ media: 'print' })
  await page.evaluate(() => document.fonts.ready.then(() => undefined))
  const started = Date.now()
  await page.pdf({ path, landscape: true, format, printBackground: true })
  const ms = Date.now() - started
  await page.emulateMedia({ media: 'screen' })
  return { path, pages: pdfPageCount(path), text: pdfText(path, ['-enc', 'UTF-8']), ms }
}

/** Renders pages of a PDF to e2e/screenshots/export-pdf-<name>-<n>.png (for a human to look at). */
function pageImages(pdf: PrintedPdf, name: string, pages: number[]): void {
  for (const n of pages) {
    pdfPageImage(pdf.path, `e2e/screenshots/export-pdf-${name}-${String(n)}`, 50, n)
  }
}

function liveNoteTexts(doc: WorkshopDoc): string[] {
  return Object.values(doc.notes)
    .filter((note) => note.deletedAt === null)
    .map((note) => note.text)
}

test('a 12-group workshop: one PDF page per print page, every note in it; the CSV downloads', async ({
  page,
}) => {
  test.setTimeout(120_000)
  const doc = buildExportFixture(fakeContext(), { groups: 12, notesPerBoard: 8 })
  await seedWorkshop(page, doc)
  const shown = await openExport(page, doc.workshop.id)
  expect(shown).toBeGreaterThanOrEqual(36)

  const pdf = await printPdf(page, 'twelve')
  console.log(`PDF 12 groups: ${String(pdf.pages)} pages, page.pdf ${String(pdf.ms)} ms`)
  expect(pdf.pages).toBe(shown)
  const text = squash(pdf.text)
  for (const note of liveNoteTexts(doc)) expect(text, note).toContain(squash(note))
  for (const group of workshopGroups(doc)) expect(text).toContain(squash(group.name))
  expect(text).toContain(squash(EXPORT_FIXTURE_TITLE))
  expect(text).toContain('2025年2月7日（金）')
  expect(pdf.text).toContain(`1 / ${String(shown)}`)
  expect(pdf.text).toContain(`${String(shown)} / ${String(shown)}`)
  pageImages(pdf, 'twelve', [1, 5])

  // The CSV: a download in browser mode, UTF-8 with a BOM, every note a row.
  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: '付箋の一覧（CSV）' }).click()
  const file = await download
  expect(file.suggestedFilename()).toBe(`${EXPORT_FIXTURE_TITLE}_付箋一覧.csv`)
  const bytes = readFileSync(await file.path())
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
  const rows = parseCsv(bytes.toString('utf8'))
  expect(rows[0]?.[0]).toBe('グループ')
  const texts = new Set(rows.map((row) => row[4]))
  for (const note of liveNoteTexts(doc)) expect(texts.has(note), note).toBe(true)
  await expect(page.getByText('保存しました：ダウンロード')).toBeVisible()
})

test('the サンプル研修会 with テーマ2 and テーマ3 content prints as its preview shows', async ({
  page,
}) => {
  await openHome(page)
  await openSampleWorkshop(page)
  await page.getByRole('link', { name: '書き出し' }).click()
  await expect(page.locator('[data-print-page]').first()).toBeVisible()
  const shown = await page.locator('[data-print-page]').count()
  await page.screenshot({ path: 'e2e/screenshots/export-screen.png' })
  const pdf = await printPdf(page, 'sample')
  expect(pdf.pages).toBe(shown)
  const text = squash(pdf.text)
  for (const word of ['サンプル研修会', '主たる原因', '指標', '事実・情報', 'パーキンソン']) {
    expect(text).toContain(word)
  }
  const kinds = await page
    .locator('[data-slide-kind]')
    .evaluateAll((els) => els.map((el) => el.getAttribute('data-slide-kind')))
  const brief = kinds.indexOf('theme3Brief') + 1
  const topic = kinds.indexOf('theme2Topic') + 1
  pageImages(
    pdf,
    'sample',
    [topic, brief].filter((n) => n > 0),
  )
})

test('the slides download as a .pptx made in the browser (its code loads on demand)', async ({
  page,
}) => {
  await openHome(page)
  await openSampleWorkshop(page)
  await page.getByRole('link', { name: '書き出し' }).click()
  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: 'スライド（PPTX）' }).click()
  const file = await download
  expect(file.suggestedFilename()).toBe('サンプル研修会_全体共有スライド.pptx')
  const bytes = readFileSync(await file.path())
  // A zip (PK) holding slides with the sample's texts.
  expect([...bytes.subarray(0, 2)]).toEqual([0x50, 0x4b])
  const { default: JSZip } = await import('jszip')
  const zip = await JSZip.loadAsync(bytes)
  const slides = Object.keys(zip.files).filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f))
  expect(slides.length).toBeGreaterThan(10)
  const xml = (
    await Promise.all(slides.map((f) => zip.file(f)?.async('string') ?? Promise.resolve('')))
  ).join('')
  expect(xml).toContain('パーキンソン')
  await expect(page.getByText('保存しました：ダウンロード')).toBeVisible()
})

test('A3 and a big workshop (15 groups × 40 notes): pages match, and how long page.pdf takes', async ({
  page,
}) => {
  test.setTimeout(180_000)
  const doc = buildExportFixture(fakeContext(), { groups: 15, notesPerBoard: 40 })
  await seedWorkshop(page, doc)
  const shown = await openExport(page, doc.workshop.id)
  const pdf = await printPdf(page, 'big')
  console.log(`BENCH-HINT export.pdf_ms ${String(pdf.ms)} ms (${String(pdf.pages)} pages A4)`)
  expect(pdf.pages).toBe(shown)
  const text = squash(pdf.text)
  for (const note of liveNoteTexts(doc)) expect(text, note).toContain(squash(note))

  // A3 holds more per page: fewer pages, still as many as the preview shows.
  await page.getByRole('radio', { name: 'A3 横' }).check()
  await expect(page.locator('[data-page-size="A3"]')).toBeVisible()
  const a3Shown = await page.locator('[data-print-page]').count()
  expect(a3Shown).toBeLessThan(shown)
  const a3 = await printPdf(page, 'big-a3', 'A3')
  expect(a3.pages).toBe(a3Shown)
  expect(squash(a3.text)).toContain(squash(liveNoteTexts(doc)[0] ?? '?'))
  pageImages(a3, 'big-a3', [1])
})
