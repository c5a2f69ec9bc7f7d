import { typeWithIme } from '../../support/ime'
import { expect, test } from '../../support/lan/fixtures'
import {
  joinByCode,
  joinByUrl,
  lanWorkshop,
  linkOf,
  overviewCard,
  shareFromConsole,
  storageHolds,
} from '../../support/lan/session'
import { captureOf, note } from '../../support/pages/board'
import { snap } from '../../support/screenshots'
import { workshopGroups } from '../../../src/shared/ops/groupOps'

/**
 * The LAN live session end to end: the facilitator shares the workshop from the console's
 * 「LAN共有」 (QR code, URL, a code per group), one table joins by its URL and another by typing
 * its code, each on its own device and link, on a name that is not a secure context. A wrong or
 * missing code gets nothing, and no other group's text ever reaches a table. A note typed at a
 * table (through an IME) appears on the console's グループ一覧 and on the projector.
 * 「すべて切断」 locks every table out and replaces every code.
 */

const SECRET_B = 'Ｂグループだけの付箋'

test('tables join by URL and by code, see only their group, and the console follows them', async ({
  hub,
  device,
  facilitator,
}) => {
  test.setTimeout(120_000)
  const doc = lanWorkshop('LAN共有の確認', [
    [{ text: '入院した事を知らなかった', scene: 'admission' }],
    [{ text: SECRET_B, scene: 'daily' }],
  ])
  const [groupA] = workshopGroups(doc)
  const host = await shareFromConsole(facilitator, hub, doc)
  await expect(host.page.getByText(hub.url.replace(/\/$/, ''), { exact: true })).toBeVisible()
  await expect(
    host.page.getByRole('row', { name: /^Ａグループ.*Ａグループ：未接続/ }),
  ).toBeVisible()
  await expect(host.page.getByRole('row', { name: /^ファシリテーター/ })).toBeVisible()
  await snap(host.page, 'lan-console-share-qr')

  // Ａ joins by its URL, Ｂ by typing its code.
  const tableA = await device()
  await joinByUrl(tableA, await host.urlOf(groupA!.id), 'Ａグループ')
  await expect(note(tableA.page, '入院した事を知らなかった')).toBeVisible()
  expect(await tableA.page.evaluate(() => window.isSecureContext)).toBe(false)
  const tableB = await device()
  await joinByCode(tableB, await host.codeOf('Ｂグループ'), 'Ｂグループ')
  await expect(note(tableB.page, SECRET_B)).toBeVisible()
  await expect(host.page.getByRole('row', { name: /Ａグループ：1台接続/ })).toBeVisible()
  await expect(host.page.getByRole('row', { name: /Ｂグループ：1台接続/ })).toBeVisible()

  // A wrong code, and no code at all, get nothing.
  const stranger = await device()
  await stranger.page.goto('/#/join')
  await stranger.page.getByRole('button', { name: '参加する' }).click()
  await expect(stranger.page.getByRole('heading', { name: 'グループワークに参加' })).toBeVisible()
  await stranger.page.getByLabel('参加コード').fill('ABCD-EFGH')
  await stranger.page.getByRole('button', { name: '参加する' }).click()
  await expect(stranger.page.getByRole('alert')).toHaveText(
    '参加コードが違います。ファシリテーターに確認してください。',
  )
  await stranger.page.goto('/')
  await expect(stranger.page.getByText('入院した事を知らなかった')).toHaveCount(0)

  // A note typed at Ａ through an IME reaches the console's グループ一覧 and the projector.
  await captureOf(tableA.page, 'daily').click()
  await typeWithIme(tableA.page, ['そうだんさき', '相談先'], '相談先が分からない')
  await tableA.page.keyboard.press('Enter')
  await expect(note(tableA.page, '相談先が分からない')).toBeVisible()
  await expect(linkOf(tableA.page)).toHaveText('接続中')
  await host.openTab('グループ一覧')
  const cardA = overviewCard(host.page, 'Ａグループ')
  await expect(cardA.getByText('相談先が分からない')).toBeVisible()
  await expect(cardA.getByText(/^Ａグループ：1台接続・最終更新\d+秒前$/)).toBeVisible()
  const projector = await host.context.newPage()
  await projector.goto(`/#/w/${host.workshopId}/console/projector`)
  await cardA.getByRole('button', { name: 'Ａグループのテーマ1を投影する' }).click()
  await expect(projector.getByRole('article').getByText('相談先が分からない')).toBeVisible()
  // Typed while projected: the projector follows too.
  await captureOf(tableA.page, 'daily').click()
  await typeWithIme(tableA.page, ['れんらく', '連絡'], '連絡先の一覧がほしい')
  await tableA.page.keyboard.press('Enter')
  await expect(projector.getByRole('article').getByText('連絡先の一覧がほしい')).toBeVisible()

  // Nothing of Ｂ ever reached Ａ's device, nor anything of the workshop the stranger's.
  expect(await storageHolds(tableA.page, SECRET_B)).toBe(false)
  expect(await storageHolds(stranger.page, '入院した事を知らなかった')).toBe(false)
  expect(await storageHolds(stranger.page, SECRET_B)).toBe(false)

  // 「すべて切断」: every table is locked out, every code replaced; an old code gets nothing.
  const oldCodeB = await host.codeOf('Ｂグループ')
  await host.page.getByRole('button', { name: 'すべて切断' }).click()
  await host.page.getByRole('dialog').getByRole('button', { name: 'すべて切断する' }).click()
  await expect(
    host.page.getByText('すべての接続を切断しました。新しい参加コードを配ってください。'),
  ).toBeVisible()
  await expect(linkOf(tableA.page)).toHaveText(/^参加できません/, { timeout: 20_000 })
  await expect(linkOf(tableB.page)).toHaveText(/^参加できません/, { timeout: 20_000 })
  const newCodeB = await host.codeOf('Ｂグループ')
  expect(newCodeB).not.toBe(oldCodeB)
  await tableB.page.getByRole('link', { name: '新しい参加コードを入力' }).click()
  await tableB.page.getByLabel('参加コード').fill(oldCodeB)
  await tableB.page.getByRole('button', { name: '参加する' }).click()
  await expect(tableB.page.getByRole('alert')).toHaveText(
    '参加コードが違います。ファシリテーターに確認してください。',
  )
  await joinByCode(tableB, newCodeB, 'Ｂグループ')
  await expect(note(tableB.page, SECRET_B)).toBeVisible()
})
