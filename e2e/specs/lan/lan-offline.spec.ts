import type { Page } from '@playwright/test'
import { expect, test } from '../../support/lan/fixtures'
import {
  joinByCode,
  joinByUrl,
  lanWorkshop,
  linkOf,
  shareFromConsole,
} from '../../support/lan/session'
import { area, note, notesOf, typeNotes, type BoardArea } from '../../support/pages/board'
import { workshopGroups } from '../../../src/shared/ops/groupOps'

/**
 * Ten minutes without Wi-Fi (Playwright's clock on the table's page): the table adds 50 notes,
 * moves 20 of them and deletes 10 while its partner at the same table keeps working online;
 * when the link is back everything converges on both devices and the facilitator's laptop,
 * with nothing lost, nothing deleted coming back, and no note twice.
 */

const offline = (i: number): string => `オフライン付箋${String(i).padStart(2, '0')}`
const AREAS: BoardArea[] = ['tray', 'admission', 'daily', 'emergency', 'endOfLife']

/** The board as a page shows it: each area's note texts, sorted. */
async function boardOf(page: Page): Promise<Record<string, string[]>> {
  const shown: Record<string, string[]> = {}
  for (const name of AREAS) shown[name] = (await notesOf(page, name).allTextContents()).sort()
  return shown
}

/** Selects the notes (focus, Shift+Space each). */
async function select(page: Page, texts: readonly string[]): Promise<void> {
  for (const text of texts) {
    await note(page, text).focus()
    await page.keyboard.press('Shift+Space')
  }
}

test('ten minutes offline with 50 notes added, moved and deleted: everything converges', async ({
  hub,
  device,
  facilitator,
}) => {
  test.setTimeout(150_000)
  const doc = lanWorkshop('オフラインの確認', [
    [
      { text: '入院した事を知らなかった', scene: 'admission' },
      { text: '退院時の情報をもっと早く欲しい', scene: 'admission' },
      { text: '救急車を呼ぶか迷う', scene: 'emergency' },
    ],
  ])
  const [groupA] = workshopGroups(doc)
  const host = await shareFromConsole(facilitator, hub, doc)

  const away = await device()
  await away.page.clock.install()
  await joinByUrl(away, await host.urlOf(groupA!.id), 'Ａグループ')
  const partner = await device()
  await joinByCode(partner, await host.codeOf('Ａグループ'), 'Ａグループ')

  // The Wi-Fi goes; ten minutes pass while the table works on.
  away.link.cut()
  await expect(linkOf(away.page)).toHaveText(/^(再接続中|オフライン)/)
  const added = Array.from({ length: 50 }, (_, i) => offline(i + 1))
  await typeNotes(away.page, 'tray', added)
  await expect(notesOf(away.page, 'tray')).toHaveCount(50)
  // 20 moved to 日常療養 (one keyboard move of a selection), 10 deleted.
  const moved = added.slice(0, 20)
  const deleted = added.slice(40, 50)
  await select(away.page, moved)
  await away.page.keyboard.press('Space')
  await away.page.keyboard.press('ArrowRight')
  await away.page.keyboard.press('Space')
  await expect(notesOf(away.page, 'daily')).toHaveCount(20)
  await away.page.keyboard.press('Escape')
  await select(away.page, deleted)
  await away.page.keyboard.press('Delete')
  await expect(notesOf(away.page, 'tray')).toHaveCount(20)
  await away.page.clock.fastForward('10:00')
  await expect(linkOf(away.page)).toHaveText(/^オフライン・未送信\d+件$/)

  // Meanwhile the partner adds two notes and deletes one the away device never touched.
  await typeNotes(partner.page, 'endOfLife', ['通院の足がない', '家族が遠方に住んでいる'])
  await area(partner.page, 'emergency').getByText('救急車を呼ぶか迷う').click()
  await partner.page.keyboard.press('Delete')
  await expect(notesOf(partner.page, 'emergency')).toHaveCount(0)

  // Back: the away device catches up and sends what it did.
  away.link.pass()
  await expect(linkOf(away.page)).toHaveText('接続中', { timeout: 30_000 })

  const expected = {
    tray: added.slice(20, 40).sort(),
    admission: ['入院した事を知らなかった', '退院時の情報をもっと早く欲しい'].sort(),
    daily: [...moved].sort(),
    emergency: [],
    endOfLife: ['家族が遠方に住んでいる', '通院の足がない'].sort(),
  }
  const board = await host.context.newPage()
  await board.goto(`/#/w/${host.workshopId}/g/${groupA!.id}/theme1`)
  for (const page of [away.page, partner.page, board]) {
    await expect.poll(() => boardOf(page), { timeout: 20_000 }).toEqual(expected)
  }
  // Nothing twice, nothing deleted back, even read again from the device's own storage.
  await away.page.reload()
  await expect(linkOf(away.page)).toHaveText('接続中', { timeout: 30_000 })
  await expect.poll(() => boardOf(away.page)).toEqual(expected)
  for (const text of [...deleted, '救急車を呼ぶか迷う']) {
    await expect(away.page.getByText(text, { exact: true })).toHaveCount(0)
    await expect(board.getByText(text, { exact: true })).toHaveCount(0)
  }
})
