/* global window, document */
// What the harness does in the app, through the UI as a user would.
import { readBoard } from './inPage.mjs'

export const AREAS = ['tray', 'daily', 'admission', 'emergency', 'endOfLife']
export const RESTORE_NOTICE = /バックアップから復元しました/

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms))

export function boardHash(workshopId, groupId) {
  return `#/w/${workshopId}/g/${groupId}/theme1`
}

/**
 * First cycle: a new 終日開催 workshop through the home screen's dialog, `groupCount` groups
 * added on its グループ tab. Returns the workshop id and each group's id and name.
 */
export async function createWorkshop(page, baseUrl, groupCount) {
  await page.goto(`${baseUrl}/#/`)
  await page.getByRole('heading', { name: 'タネボード', level: 1 }).waitFor()
  await page.getByRole('button', { name: '新しい研修会をつくる' }).click()
  const dialog = page.getByRole('dialog', { name: '新しい研修会をつくる' })
  await dialog.getByRole('radio', { name: /終日開催.試行①./ }).check()
  await dialog.getByLabel('研修会名').fill('クラッシュ試験の研修会')
  await dialog.getByRole('button', { name: '作成' }).click()
  await page.getByRole('heading', { name: 'タイムテーブル', level: 2 }).waitFor()
  await page
    .getByRole('navigation', { name: '研修会の準備' })
    .getByRole('link', { name: 'グループ' })
    .click()
  await page.getByRole('heading', { name: 'グループ', level: 2 }).waitFor()
  const links = page.getByRole('link', { name: 'テーマ1の模造紙' })
  for (let i = 1; i <= groupCount; i++) {
    await page.getByRole('button', { name: 'グループを追加' }).click()
    await links.nth(i - 1).waitFor()
  }
  const groups = []
  for (const article of await page.getByRole('article').all()) {
    const link = article.getByRole('link', { name: 'テーマ1の模造紙' })
    if ((await link.count()) !== 1) continue
    const href = (await link.getAttribute('href')) ?? ''
    const match = /^#\/w\/([\w-]+)\/g\/([\w-]+)\/theme1$/.exec(href)
    if (!match) throw new Error(`unexpected board link ${href}`)
    groups.push({
      workshopId: match[1],
      id: match[2],
      name: await article.getAttribute('aria-label'),
    })
  }
  if (groups.length !== groupCount)
    throw new Error(`expected ${groupCount} groups, saw ${groups.length}`)
  const workshopId = groups[0].workshopId
  return { workshopId, groups: groups.map(({ id, name }) => ({ id, name })) }
}

/**
 * Waits until the group's board is shown (its heading and the tray's capture field), or the app
 * says it could not start or could not find the workshop. Returns 'ok' or what was shown instead.
 */
export async function waitForBoard(page, groupName, timeoutMs = 30_000) {
  const handle = await page.waitForFunction(
    (name) => {
      const heading = document.querySelector('h1.board-header__group')
      const capture = document.querySelector('[data-capture="tray"]')
      if (heading && heading.textContent === name && capture) return 'ok'
      const fatal = document.querySelector('main.fatal')
      if (fatal) return `startup failure: ${fatal.textContent}`
      const card = document.querySelector('.message-card')
      if (card && !heading) return `board not shown: ${card.textContent}`
      return false
    },
    groupName,
    { timeout: timeoutMs, polling: 50 },
  )
  return handle.jsonValue()
}

/** Opens a board of the open workshop in place (a hash change, as the group switcher does). */
export async function switchBoard(page, workshopId, group) {
  await page.evaluate(
    (hash) => {
      window.location.hash = hash
    },
    boardHash(workshopId, group.id),
  )
  return waitForBoard(page, group.name)
}

/** Waits for 保存済み in the board header. */
export async function waitSaved(page, timeoutMs = 30_000) {
  await page.locator('.save-status--saved').waitFor({ timeout: timeoutMs })
}

/** Our notes on the board: Map text → area. */
export async function boardNotes(page, prefix) {
  return new Map(await page.evaluate(readBoard, prefix))
}

/** The texts of the notices shown now. */
export async function noticeTexts(page) {
  return page.locator('.notice').allTextContents()
}

/**
 * Types one note with the keyboard into an area's capture field and commits it with Enter.
 * `delayMs` between keys (Japanese characters arrive as committed text, one by one).
 */
export async function typeNote(page, area, text, delayMs, hooks) {
  // Focus rather than click: after a restore the notice may cover a field for 8 s.
  await page.locator(`[data-capture="${area}"]`).focus()
  hooks.phase('typing')
  const t0 = Date.now()
  await page.keyboard.type(text, { delay: delayMs })
  hooks.typed?.(Date.now() - t0, text.length)
  hooks.phase('enter')
  await page.keyboard.press('Enter')
  hooks.phase('idle')
}

/**
 * Drags a note (by its text) with the pointer into another area's list, like a touchpad user:
 * press, a small move past the activation distance, then across in `steps` moves `stepMs` apart.
 */
export async function dragNote(page, text, toArea, { steps, stepMs }, hooks) {
  const id = await page.evaluate((wanted) => {
    for (const el of document.querySelectorAll('[data-note-id]:not([data-secondary])')) {
      if (el.querySelector('.note__text')?.textContent === wanted) return el.dataset.noteId
    }
    return null
  }, text)
  if (!id) throw new Error(`drag: note not on the board: ${text}`)
  const from = page.locator(`[data-note-id="${id}"]:not([data-secondary])`)
  const to = page.locator(`[data-area="${toArea}"] .board-area__notes`)
  await from.scrollIntoViewIfNeeded()
  await to.scrollIntoViewIfNeeded()
  const a = await from.boundingBox()
  const b = await to.boundingBox()
  if (!a || !b) throw new Error('drag: element not visible')
  const start = { x: a.x + a.width / 2, y: a.y + Math.min(a.height / 2, 12) }
  const end = { x: b.x + b.width / 2, y: b.y + Math.min(b.height / 2, 40) }
  hooks.phase('dragging')
  await page.mouse.move(start.x, start.y)
  await page.mouse.down()
  await page.mouse.move(start.x + 8, start.y + 8, { steps: 3 })
  for (let i = 1; i <= steps; i++) {
    const f = i / steps
    await page.mouse.move(start.x + (end.x - start.x) * f, start.y + (end.y - start.y) * f)
    await sleep(stepMs)
  }
  hooks.phase('dropping')
  await page.mouse.up()
  hooks.phase('idle')
}
