import { expect, test, type Page } from '@playwright/test'
import { workshopIdOf } from '../support/pages/app'
import { openHome, openSampleWorkshop } from '../support/pages/home'
import { laidOutLines } from '../support/textLines'
import { snap } from '../support/screenshots'

/**
 * 投影 at 1920×1080: Japanese note text breaks at phrase boundaries (「病院の敷居が高い」 is never
 * 「病院の敷居が高／い」), no visible line is one lone character, and the notes of the whole
 * board are set in sizes of one narrow band, not 25 px next to 42 px.
 */

async function groupIds(page: Page, workshopId: string): Promise<Map<string, string>> {
  const groups = await page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('taneboard')
      request.onsuccess = () => {
        resolve(request.result)
      }
      request.onerror = () => {
        reject(new Error(String(request.error)))
      }
    })
    try {
      return await new Promise<{ id: string; workshopId: string; name: string }[]>(
        (resolve, reject) => {
          const request = db.transaction('groups').objectStore('groups').getAll()
          request.onsuccess = () => {
            resolve(request.result as { id: string; workshopId: string; name: string }[])
          }
          request.onerror = () => {
            reject(new Error(String(request.error)))
          }
        },
      )
    } finally {
      db.close()
    }
  })
  return new Map(groups.filter((g) => g.workshopId === workshopId).map((g) => [g.name, g.id]))
}

/** Every note's text whole, or its hidden lines counted as 「ほか N 行」 exactly. */
async function expectNothingCut(page: Page): Promise<void> {
  const problems = await page.locator('[data-note-id]').evaluateAll((notes) =>
    notes.flatMap((note) => {
      const text = note.querySelector<HTMLElement>('.pj-note__text')
      if (!text) return []
      const line = parseFloat(getComputedStyle(text).fontSize) * 1.3
      const clamped = text.scrollHeight - text.clientHeight > line / 2
      const counted = note.querySelector('.pj-note__more') !== null
      const box = note.getBoundingClientRect()
      const overflows = text.getBoundingClientRect().bottom > box.bottom + 1
      return clamped !== counted || overflows ? [text.textContent.slice(0, 12)] : []
    }),
  )
  expect(problems).toEqual([])
}

test('the whole board of each sample group: phrase breaks, no lone character, one size band', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1920, height: 1080 })
  await openHome(page)
  await openSampleWorkshop(page)
  const workshopId = workshopIdOf(page)
  const ids = await groupIds(page, workshopId)
  const report: string[] = []
  for (const [name, file] of [
    ['Ａグループ', 'a'],
    ['Ｂグループ', 'b'],
    ['Ｃグループ', 'c'],
  ] as const) {
    await page.goto(`/#/w/${workshopId}/g/${ids.get(name) ?? ''}/theme1/projector`)
    const board = page.getByTestId('projector-board')
    await expect(board.getByRole('heading', { level: 1 })).toHaveText(name)
    await page.evaluate(() => document.fonts.ready.then(() => undefined))
    const texts = board.locator('.pj-note__text')
    await expect(texts.first()).toBeVisible()
    await page.waitForTimeout(300)
    await snap(page, `issue17-p7-1920-board-${file}`)
    const laidOut = await laidOutLines(texts)
    const sizes = laidOut.map((t) => t.fontPx)
    const low = Math.min(...sizes)
    const high = Math.max(...sizes)
    report.push(`${name}: ${String(laidOut.length)} notes, ${String(low)}-${String(high)} px`)
    for (const t of laidOut) report.push(`  ${String(t.fontPx)} ${t.lines.join('／')}`)
    console.log(report.join('\n'))
    // No visible line is one lone character.
    const lone = laidOut.filter((t) => t.lines.some((line) => line.length === 1))
    expect(lone.map((t) => t.lines.join('／'))).toEqual([])
    // One band of sizes: the largest note text at most a fifth larger than the smallest, and
    // never under the floor (40% of 54 px at 1080 px high).
    expect(high / low).toBeLessThanOrEqual(1.2)
    expect(low).toBeGreaterThanOrEqual(22)
    await expectNothingCut(page)
    // Every scene's name is read whole, an empty scene beside a full one too (not 「入…」).
    const cutNames = await board
      .locator('.pj-area__name')
      .evaluateAll((names) =>
        names.filter((n) => n.scrollWidth > n.clientWidth + 1).map((n) => n.textContent),
      )
    expect(cutNames).toEqual([])
  }
  // Phrases stay whole: 「病院の敷居が高い」 never breaks inside 「高い」, 「病院の情報」 stays one.
  expect(report.join('\n')).not.toMatch(/高／い|情報／|情／報|共／有/)
})
