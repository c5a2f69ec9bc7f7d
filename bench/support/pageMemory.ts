import type { Page } from '@playwright/test'

export interface PageMemory {
  /** JS heap in use after a full garbage collection, MB. */
  jsHeapMb: number
  /** DOM nodes of the page (elements, text and the rest), after that collection. */
  domNodes: number
}

/** The page's JS heap and DOM size, from CDP (Performance.getMetrics) after a full GC. */
export async function pageMemory(page: Page): Promise<PageMemory> {
  const cdp = await page.context().newCDPSession(page)
  try {
    await cdp.send('HeapProfiler.collectGarbage')
    await cdp.send('Performance.enable')
    const { metrics } = await cdp.send('Performance.getMetrics')
    const metric = (name: string) => metrics.find((m) => m.name === name)?.value ?? Number.NaN
    return { jsHeapMb: metric('JSHeapUsedSize') / 1e6, domNodes: metric('Nodes') }
  } finally {
    await cdp.detach()
  }
}
