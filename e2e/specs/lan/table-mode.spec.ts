import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider'
import * as Y from 'yjs'
import { addNote as addNoteRecords } from '../../../src/shared/board/theme1Ops'
import type { EditContext } from '../../../src/shared/model/context'
import { applyRecords, type WorkshopDoc } from '../../../src/shared/model/workshopDoc'
import { addGroup, boardOf, workshopGroups } from '../../../src/shared/ops/groupOps'
import { docName, SYNC_PATH } from '../../../src/shared/sync/docNames'
import { recordsByDoc } from '../../../src/shared/sync/docOfRecord'
import { materialise } from '../../../src/shared/sync/materialise'
import { VERSIONS_MAP, versionKey } from '../../../src/shared/sync/versionKeys'
import { createWorkshopFromTemplate } from '../../../src/shared/templates/createWorkshop'
import { FULL_DAY_TEMPLATE } from '../../../src/shared/templates/workshopTemplates'
import { addNote, note } from '../../support/pages/board'
import { snap } from '../../support/screenshots'
import { expect, test } from '../../support/lan/fixtures'

/**
 * Table mode (#/join) against a real hub: a table's device joins by its code (or its URL), gets
 * its group's テーマ1-3 and nothing else, shows its link, and its notes reach the facilitator.
 * The facilitator here is a Node device holding the workshop (the console's 「LAN共有」 drives
 * a real one in the lane2e specs).
 */

const FACILITATOR_SLOT = 'fac0000000000001'

function workshop(): WorkshopDoc {
  let ids = 0
  let ms = Date.parse('2025-02-07T04:00:00.000Z')
  const ctx: EditContext = {
    now: () => new Date((ms += 1000)).toISOString(),
    newId: () => `tm${(++ids).toString(36).padStart(6, '0')}`,
    editorId: FACILITATOR_SLOT,
  }
  let doc = createWorkshopFromTemplate(
    FULL_DAY_TEMPLATE,
    { title: 'テーブルモードの確認', date: '2025-02-07', venue: '' },
    ctx,
  )
  doc = applyRecords(doc, addGroup(doc, ctx))
  doc = applyRecords(doc, addGroup(doc, ctx))
  const [a, b] = workshopGroups(doc)
  const boardA = boardOf(doc, a!.id, 'theme1')!.id
  const boardB = boardOf(doc, b!.id, 'theme1')!.id
  for (const text of ['入院した事を知らなかった', '退院時の情報をもっと早く欲しい']) {
    doc = applyRecords(doc, addNoteRecords(doc, boardA, { text, scenes: ['admission'] }, ctx))
  }
  doc = applyRecords(
    doc,
    addNoteRecords(doc, boardB, { text: 'Ｂグループだけの付箋', scenes: ['daily'] }, ctx),
  )
  return doc
}

/** The facilitator as a Node device: puts the workshop into the hub's documents and follows them. */
async function facilitatorDevice(port: number, token: string, doc: WorkshopDoc) {
  const origin = `http://127.0.0.1:${port}`
  class OriginWebSocket extends WebSocket {
    constructor(url: string | URL, protocols?: string | string[]) {
      super(url, { protocols, headers: { origin } } as unknown as string[])
    }
  }
  const socket = new HocuspocusProviderWebsocket({
    url: `ws://127.0.0.1:${port}${SYNC_PATH}`,
    WebSocketPolyfill: OriginWebSocket,
    delay: 100,
    minDelay: 100,
    maxDelay: 500,
  })
  const providers: HocuspocusProvider[] = []
  const docs = new Map<string, Y.Doc>()
  for (const [name, records] of recordsByDoc(doc)) {
    const document = new Y.Doc()
    const versions = document.getMap<unknown>(VERSIONS_MAP)
    document.transact(() => {
      for (const record of records) versions.set(versionKey(record, FACILITATOR_SLOT), record)
    })
    docs.set(name, document)
    const provider = new HocuspocusProvider({ websocketProvider: socket, name, document, token })
    provider.attach()
    providers.push(provider)
  }
  await expect
    .poll(() => providers.every((p) => p.isSynced && p.unsyncedChanges === 0), { timeout: 10_000 })
    .toBe(true)
  return {
    /** The note texts the facilitator's copy of a group's document shows. */
    notes(groupId: string): string[] {
      const ref = { kind: 'group' as const, workshopId: doc.workshop.id, groupId }
      const shown = materialise(
        ref,
        docs.get(docName(ref))!.getMap<unknown>(VERSIONS_MAP).entries(),
      )
      return [...shown.records.values()]
        .filter((r) => r.type === 'note' && r.deletedAt === null)
        .map((r) => (r.type === 'note' ? r.text : ''))
        .sort()
    },
    destroy() {
      for (const p of providers) p.destroy()
      socket.destroy()
    },
  }
}

interface JoinInfo {
  facilitator: { token: string; code: string }
  groups: { groupId: string; token: string; code: string; url: string }[]
}

test('a table joins by its code, sees only its group, and its notes reach the facilitator', async ({
  hub,
  device,
}) => {
  const doc = workshop()
  const [groupA, groupB] = workshopGroups(doc)
  const info = await hub.api<JoinInfo>('session', {
    workshopId: doc.workshop.id,
    groupIds: [groupA!.id, groupB!.id],
  })
  const facilitator = await facilitatorDevice(hub.port, info.facilitator.token, doc)
  const codeA = info.groups.find((g) => g.groupId === groupA!.id)!.code

  const table = await device({ viewport: { width: 1366, height: 768 } })
  const { page } = table
  await page.goto('/#/join')
  await expect(page.getByRole('heading', { name: 'グループワークに参加' })).toBeVisible()
  expect(await page.evaluate(() => window.isSecureContext)).toBe(false)

  // a wrong code: told so, nothing changes
  await page.getByLabel('参加コード').fill('ZZZZ-ZZZZ')
  await page.getByRole('button', { name: '参加する' }).click()
  await expect(page.getByRole('alert')).toHaveText(
    '参加コードが違います。ファシリテーターに確認してください。',
  )
  await expect(page).toHaveURL(/#\/join$/)
  await snap(page, 'table-mode-join')

  // the right one, typed in lower case: Ａグループ's テーマ1 board, with the link's state
  await page.getByLabel('参加コード').fill(codeA.toLowerCase())
  await page.getByRole('button', { name: '参加する' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Ａグループ' })).toBeVisible()
  await expect(page.getByRole('status').filter({ hasText: /^接続中$/ })).toBeVisible()
  await expect(note(page, '入院した事を知らなかった')).toBeVisible()
  await expect(page.getByText('Ｂグループだけの付箋')).toHaveCount(0)
  await expect(page.getByRole('navigation', { name: /テーマ/ })).toBeVisible()

  // a note typed here reaches the facilitator
  await addNote(page, 'daily', '相談先が分からない')
  await expect.poll(() => facilitator.notes(groupA!.id)).toContain('相談先が分からない')
  expect(facilitator.notes(groupB!.id)).toEqual(['Ｂグループだけの付箋'])
  await expect(page.getByRole('status').filter({ hasText: /^接続中$/ })).toBeVisible()
  await snap(page, 'table-mode-theme1')

  // the group's other themes, with the same header
  for (const theme of ['テーマ2', 'テーマ3']) {
    await page.getByRole('link', { name: theme, exact: true }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Ａグループ' })).toBeVisible()
    await expect(page.getByRole('status').filter({ hasText: /^接続中$/ })).toBeVisible()
    await snap(page, `table-mode-${theme === 'テーマ2' ? 'theme2' : 'theme3'}`)
  }
  await page.getByRole('link', { name: 'テーマ1', exact: true }).click()

  // nothing else is reachable: home, the setup, the console go back to the group
  for (const hash of ['#/', `#/w/${doc.workshop.id}/groups`, `#/w/${doc.workshop.id}/console`]) {
    await page.goto(`/${hash}`)
    await expect(page).toHaveURL(new RegExp(`#/w/${doc.workshop.id}/g/${groupA!.id}/theme1$`))
  }
  await page.goto(`/#/w/${doc.workshop.id}/g/${groupB!.id}/theme1`)
  await expect(page).toHaveURL(new RegExp(`/g/${groupA!.id}/theme1$`))

  // the link cut: reconnecting, then offline with what was typed counted
  table.link.cut()
  await expect(page.getByRole('status').filter({ hasText: /^再接続中$/ })).toBeVisible()
  await snap(page, 'table-mode-reconnecting')
  await addNote(page, 'tray', 'つながらない間の付箋')
  await expect(
    page.getByRole('status').filter({ hasText: /^オフライン・未送信\d+件$/ }),
  ).toBeVisible({ timeout: 15_000 })
  await snap(page, 'table-mode-offline')
  table.link.pass()
  await expect(page.getByRole('status').filter({ hasText: /^接続中$/ })).toBeVisible({
    timeout: 20_000,
  })
  await expect.poll(() => facilitator.notes(groupA!.id)).toContain('つながらない間の付箋')

  // a reload returns straight to the group
  await page.reload()
  await expect(page.getByRole('heading', { level: 1, name: 'Ａグループ' })).toBeVisible()
  await expect(note(page, 'つながらない間の付箋')).toBeVisible()

  // 参加をやめる, confirmed: back to the join screen
  await page.getByRole('button', { name: '参加をやめる' }).click()
  await page.getByRole('dialog').getByRole('button', { name: 'やめる' }).click()
  await expect(page.getByRole('heading', { name: 'グループワークに参加' })).toBeVisible()
  await page.reload()
  await expect(page.getByRole('heading', { name: 'グループワークに参加' })).toBeVisible()
  facilitator.destroy()
})

test('a table joins by its URL without typing', async ({ hub, device }) => {
  const doc = workshop()
  const [groupA, groupB] = workshopGroups(doc)
  const info = await hub.api<JoinInfo>('session', {
    workshopId: doc.workshop.id,
    groupIds: [groupA!.id, groupB!.id],
  })
  const facilitator = await facilitatorDevice(hub.port, info.facilitator.token, doc)
  const tokenB = info.groups.find((g) => g.groupId === groupB!.id)!.token
  const { page } = await device()
  await page.goto(`/#/join/${tokenB}`)
  await expect(page.getByRole('heading', { level: 1, name: 'Ｂグループ' })).toBeVisible()
  await expect(note(page, 'Ｂグループだけの付箋')).toBeVisible()
  // the token is not left in the address bar
  await expect(page).toHaveURL(new RegExp(`/g/${groupB!.id}/theme1$`))
  await expect(page.getByRole('status').filter({ hasText: /^接続中$/ })).toBeVisible()
  facilitator.destroy()

  // 「すべて切断」: the table is told, and joins again with the new code
  const after = await hub.api<JoinInfo>('disconnect')
  await expect(
    page.getByRole('status').filter({ hasText: /^参加できません（コードを確認してください）$/ }),
  ).toBeVisible({ timeout: 15_000 })
  await page.getByRole('link', { name: '新しい参加コードを入力' }).click()
  await page.getByLabel('参加コード').fill(after.groups.find((g) => g.groupId === groupB!.id)!.code)
  await page.getByRole('button', { name: '参加する' }).click()
  await expect(page.getByRole('status').filter({ hasText: /^接続中$/ })).toBeVisible({
    timeout: 15_000,
  })
  await expect(note(page, 'Ｂグループだけの付箋')).toBeVisible()
})
