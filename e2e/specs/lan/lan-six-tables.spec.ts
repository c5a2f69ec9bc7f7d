import { expect, test } from '../../support/lan/fixtures'
import { joinByUrl, lanWorkshop, overviewCard, shareFromConsole } from '../../support/lan/session'
import { addNote } from '../../support/pages/board'
import { snap } from '../../support/screenshots'
import { workshopGroups } from '../../../src/shared/ops/groupOps'

/** グループ一覧 follows six live tables, each on its own device and link. */

const NAMES = ['Ａグループ', 'Ｂグループ', 'Ｃグループ', 'Ｄグループ', 'Ｅグループ', 'Ｆグループ']

test('グループ一覧 follows six live tables', async ({ hub, device, facilitator }) => {
  test.setTimeout(150_000)
  const doc = lanWorkshop(
    '6テーブルの確認',
    NAMES.map((name) => [{ text: `${name}の最初の付箋`, scene: 'admission' as const }]),
  )
  const groups = workshopGroups(doc)
  expect(groups.map((g) => g.name)).toEqual(NAMES)
  const host = await shareFromConsole(facilitator, hub, doc)
  const tables = []
  for (const group of groups) {
    const table = await device()
    await joinByUrl(table, await host.urlOf(group.id), group.name)
    tables.push(table)
  }
  await host.openTab('グループ一覧')
  await Promise.all(
    tables.map((table, i) =>
      addNote(table.page, 'daily', `${NAMES[i]!.slice(0, 1)}テーブルからいま届いた付箋`),
    ),
  )
  for (const name of NAMES) {
    const card = overviewCard(host.page, name)
    await expect(card.getByText(`${name.slice(0, 1)}テーブルからいま届いた付箋`)).toBeVisible()
    await expect(card.getByText(new RegExp(`^${name}：1台接続・最終更新\\d+秒前$`))).toBeVisible()
  }
  await snap(host.page, 'lan-console-groups-six-tables')
})
