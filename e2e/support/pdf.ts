import { execFileSync } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/** Reading printed PDFs back with poppler (pdfinfo, pdftotext, pdftoppm), as a user would see them. */

/** Text without any white space: PDF text extraction breaks lines and spaces as it likes. */
export const squash = (text: string) => text.replace(/\s+/g, '')

/** A fresh temporary path for a PDF called `<name>.pdf`. */
export function tempPdfPath(name: string): string {
  return join(mkdtempSync(join(tmpdir(), 'taneboard-pdf-')), `${name}.pdf`)
}

/** pdfinfo's report (page count, page size …). */
export function pdfInfo(path: string): string {
  return execFileSync('pdfinfo', [path], { encoding: 'utf8' })
}

/** The number of pages pdfinfo reports (NaN when it reports none). */
export function pdfPageCount(path: string): number {
  return Number(/^Pages:\s+(\d+)/m.exec(pdfInfo(path))?.[1] ?? 'NaN')
}

/** The PDF's text (pdftotext, with extra options such as '-raw' or '-enc UTF-8'). */
export function pdfText(path: string, options: readonly string[] = []): string {
  return execFileSync('pdftotext', [...options, path, '-'], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  })
}

/** Renders one page (default the first) to `<out>.png` for a human to look at. */
export function pdfPageImage(path: string, out: string, resolution: number, page?: number): void {
  const range = page === undefined ? [] : ['-f', String(page), '-l', String(page)]
  execFileSync('pdftoppm', ['-png', '-r', String(resolution), ...range, '-singlefile', path, out])
}
