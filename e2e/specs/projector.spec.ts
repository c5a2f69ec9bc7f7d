import { expect, test, type Locator, type Page } from '@playwright/test'
import { workshopIdOf } from '../support/pages/app'
import { openHome, openSampleWorkshop } from '../support/pages/home'
import { groupCard, openSection } from '../support/pages/setup'
import { snap } from '../support/screenshots'

/**
 * 投影: the sample's Ａグループ テーマ1 board in the projector view. Opened from the board in a
 * window of its own, large type at the projector's size, zoom by key, the text-size control,
 * edits of another window shown live, screenshots at 1920×1080 and 1280×800 for a human to look at.
 */

interface SampleIds {
  workshopId: string
  groupId: string
}

/** The id of a group of a workshop, read back from IndexedDB. */
async function groupIdByName(page: Page, workshopId: string, name: string): Promise<string> {
  const id = await page.evaluate(
    async ({ workshop, group }) => {
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
        const groups = await new Promise<{ id: string; workshopId: string; name: string }[]>(
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
        return groups.find((g) => g.workshopId === workshop && g.name === group)?.id ?? null
      } finally {
        db.close()
      }
    },
    { workshop: workshopId, group: name },
  )
  if (!id) throw new Error(`no ${name} in the workshop`)
  return id
}

/** Opens the サンプル研修会 and finds the ids of its Ａグループ. */
async function openSample(page: Page): Promise<SampleIds> {
  await openHome(page)
  await openSampleWorkshop(page)
  const workshopId = workshopIdOf(page)
  const groupId = await groupIdByName(page, workshopId, 'Ａグループ')
  return { workshopId, groupId }
}

const projectorUrl = ({ workshopId, groupId }: SampleIds) =>
  `/#/w/${workshopId}/g/${groupId}/theme1/projector`

function projector(page: Page): Locator {
  return page.getByTestId('projector-board')
}

async function fontPx(locator: Locator): Promise<number> {
  return locator.evaluate((el) => parseFloat(getComputedStyle(el).fontSize))
}

/**
 * Every note inside its area, every text inside its note and above the note's marks, and a
 * 「ほか N 行」 count exactly where the browser clamped lines.
 */
async function expectNothingOverflows(page: Page): Promise<void> {
  const problems = await page.locator('[data-note-id]').evaluateAll((notes) => {
    const out: string[] = []
    for (const note of notes) {
      const box = note.getBoundingClientRect()
      const area = note.closest('.pj-area__body')?.getBoundingClientRect()
      const text = note.querySelector<HTMLElement>('.pj-note__text')
      const meta = note.querySelector('.pj-note__meta')?.getBoundingClientRect()
      const label = (text?.textContent ?? '').slice(0, 12)
      if (area && (box.bottom > area.bottom + 1 || box.right > area.right + 1)) {
        out.push(`${label}: outside its area`)
      }
      if (!text) continue
      const t = text.getBoundingClientRect()
      if (t.bottom > box.bottom + 1 || (meta && t.bottom > meta.top + 1)) {
        out.push(`${label}: text overflows the note`)
      }
      // Half a line: glyphs taller than the line height overflow the last line by a few pixels.
      const line = parseFloat(getComputedStyle(text).fontSize) * 1.3
      const clamped = text.scrollHeight - text.clientHeight > line / 2
      const counted = note.querySelector('.pj-note__more') !== null
      if (meta && clamped !== counted) out.push(`${label}: clamped ${clamped}, counted ${counted}`)
    }
    return out
  })
  expect(problems).toEqual([])
}

const NOTE = '(ケアマネ)往診できる皮膚科は？(市外2カ所を紹介)'

test('投影 on the board opens the projector view in a window of its own; the board stays', async ({
  page,
  context,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 })
  const ids = await openSample(page)
  const boardHash = `#/w/${ids.workshopId}/g/${ids.groupId}/theme1`
  await page.goto(`/${boardHash}`)
  await expect(page.getByTestId('theme1-board')).toBeVisible()

  const project = page.getByRole('link', { name: '投影' })
  const [shown] = await Promise.all([context.waitForEvent('page'), project.click()])
  await expect(projector(shown).getByRole('heading', { level: 1 })).toHaveText('Ａグループ')
  expect(new URL(shown.url()).hash).toBe(`${boardHash}/projector`)
  await expect(page.getByTestId('theme1-board')).toBeVisible()
  expect(new URL(page.url()).hash).toBe(boardHash)

  // Asked again, the open projector window is reused.
  await project.click()
  await expect(page.getByTestId('theme1-board')).toBeVisible()
  expect(context.pages()).toHaveLength(2)
})

test('the projector shows the Ａグループ board large, zooms by key and grows the text on A＋', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1920, height: 1080 })
  const ids = await openSample(page)
  await page.goto(projectorUrl(ids))

  const board = projector(page)
  await expect(board.getByRole('heading', { level: 1 })).toHaveText('Ａグループ')
  await expect(board.getByText('住民･患者･家族が困っていること')).toBeVisible()
  for (const scene of ['日常療養', '入退院支援', '急変時の対応', '看取り']) {
    await expect(board.getByRole('region', { name: scene })).toBeVisible()
  }
  // All 20 notes of the group: 7 見出し and the 13 notes gathered under them.
  await expect(board.locator('[data-note-id]')).toHaveCount(20)
  await expect(board.locator('[data-kind="heading"]')).toHaveCount(7)
  expect(await board.locator('.pj-cluster').count()).toBeGreaterThanOrEqual(7)
  expect(await fontPx(board.getByRole('heading', { level: 1 }))).toBeGreaterThanOrEqual(48)
  await expectNothingOverflows(page)
  await snap(page, '1920-projector-board')

  // Key 1: 日常療養 alone, in large type: no note text under 32px at 1080px high (3 cm on a 2 m
  // wide image), short ones at 54px.
  await page.keyboard.press('1')
  await expect(board).toHaveAttribute('data-zoom', 'daily')
  const texts = board.locator('.pj-note__text')
  await expect(texts).toHaveCount(20)
  const sizes = await texts.evaluateAll((els) =>
    els.map((el) => parseFloat(getComputedStyle(el).fontSize)),
  )
  expect(Math.min(...sizes)).toBeGreaterThanOrEqual(32)
  expect(Math.max(...sizes)).toBeGreaterThanOrEqual(54)
  await expectNothingOverflows(page)
  const note = board.locator('[data-note-id]').filter({ hasText: NOTE }).locator('.pj-note__text')
  await expect(note).toBeVisible()
  const zoomedPx = await fontPx(note)
  await snap(page, '1920-projector-scene1')

  // A＋: larger, remembered on this machine.
  await board.getByRole('button', { name: /A＋/ }).click()
  await expect.poll(() => fontPx(note)).toBeGreaterThan(zoomedPx)
  await expect(board.getByText('115%')).toBeVisible()
  await expectNothingOverflows(page)
  await snap(page, '1920-projector-scene1-larger')
  await page.reload()
  await expect(board.getByText('115%')).toBeVisible()
  await board.getByRole('button', { name: /A−/ }).click()
  await expect(board.getByText('100%')).toBeVisible()

  // Key 2: 入退院支援 (empty in Ａグループ); Escape: the whole board again.
  await page.keyboard.press('2')
  await expect(board).toHaveAttribute('data-zoom', 'admission')
  await expect(board.getByRole('heading', { level: 1 })).toContainText('入退院支援')
  await expect(board.getByText('まだ付箋はありません')).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(board).toHaveAttribute('data-zoom', 'all')

  // F: full screen (a user gesture), F again: back.
  const fullScreen = () => page.evaluate(() => document.fullscreenElement !== null)
  await page.keyboard.press('f')
  await expect.poll(fullScreen).toBe(true)
  await page.keyboard.press('f')
  await expect.poll(fullScreen).toBe(false)

  // A click on a scene zooms to it too.
  await board.getByRole('button', { name: '看取りを拡大' }).click()
  await expect(board).toHaveAttribute('data-zoom', 'endOfLife')
  await page.keyboard.press('0')
  await expect(board).toHaveAttribute('data-zoom', 'all')
})

test('multi-scene notes appear in each of their scenes, the extra ones marked', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 })
  await openSample(page)
  const workshopId = workshopIdOf(page)
  const groupC = await groupIdByName(page, workshopId, 'Ｃグループ')
  await page.goto(projectorUrl({ workshopId, groupId: groupC }))
  const board = projector(page)
  const ambulance = board.locator('[data-note-id]').filter({ hasText: '救急車に連絡' })
  await expect(ambulance).toHaveCount(2)
  await expect(
    board.getByRole('region', { name: '看取り' }).locator('[data-note-id]').filter({
      hasText: '救急車に連絡',
    }),
  ).toContainText('⇄ 急変時の対応')
  await expect(
    board.getByRole('region', { name: '急変時の対応' }).locator('[data-secondary="true"]'),
  ).toContainText('⇄ 看取り')
  await snap(page, '1280-projector-board-c')
  await page.keyboard.press('4')
  await snap(page, '1280-projector-scene4-c')
})

test('edits made in another window appear in the projector within seconds', async ({
  page,
  context,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 })
  const ids = await openSample(page)
  const shown = await context.newPage()
  await shown.setViewportSize({ width: 1280, height: 800 })
  await shown.goto(projectorUrl(ids))
  await expect(projector(shown).getByRole('heading', { level: 1 })).toHaveText('Ａグループ')
  await snap(shown, '1280-projector-board')
  await shown.keyboard.press('1')
  await expect(projector(shown)).toHaveAttribute('data-zoom', 'daily')
  await expectNothingOverflows(shown)
  await snap(shown, '1280-projector-scene1')
  await shown.keyboard.press('0')

  // Rename the group in the setup screen of the first page.
  await openSection(page, 'グループ')
  const name = groupCard(page, 'Ａグループ').getByRole('textbox', {
    name: 'グループ名',
  })
  await name.fill('稲城グループ')
  await name.press('Enter')
  await expect(projector(shown).getByRole('heading', { level: 1 })).toHaveText('稲城グループ', {
    timeout: 3000,
  })

  // A note written on the group's board appears in its scene on the projector.
  await page.goto(`/#/w/${ids.workshopId}/g/${ids.groupId}/theme1`)
  const capture = page.locator('[data-capture="emergency"]')
  await capture.fill('夜間に連絡がつかない')
  await capture.press('Enter')
  await expect(
    projector(shown).getByRole('region', { name: '急変時の対応' }).locator('[data-note-id]'),
  ).toHaveText(/夜間に連絡がつかない/, { timeout: 3000 })
})
