import { readFileSync } from 'node:fs'
import type { Browser } from '@playwright/test'

/**
 * Lays PNG images (PDF pages or slides rendered by poppler) out as one picture, in rows of
 * `columns`, each with its number, so a person sees a whole document at a glance.
 */
export async function contactSheet(
  browser: Browser,
  images: readonly string[],
  out: string,
  options: { columns: number; width: number },
): Promise<void> {
  const page = await browser.newPage({ viewport: { width: options.width, height: 600 } })
  const cells = images
    .map((path, i) => {
      const data = readFileSync(path).toString('base64')
      return `<figure><img src="data:image/png;base64,${data}"><figcaption>${String(i + 1)}</figcaption></figure>`
    })
    .join('')
  await page.setContent(
    `<style>body{margin:8px;font:14px sans-serif;background:#ddd}
    main{display:grid;grid-template-columns:repeat(${String(options.columns)},1fr);gap:8px}
    figure{margin:0;background:#fff}img{width:100%;display:block;border:1px solid #999}
    figcaption{text-align:center}</style><main>${cells}</main>`,
  )
  await page.screenshot({ path: out, fullPage: true })
  await page.close()
}
