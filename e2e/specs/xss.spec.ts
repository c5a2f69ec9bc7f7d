import { readFile, writeFile } from 'node:fs/promises'
import { expect, test, type Browser, type Locator, type Page } from '@playwright/test'
import { expectSaved } from '../support/pages/app'
import { createWorkshop, openHome } from '../support/pages/home'
import { openSection } from '../support/pages/setup'

/**
 * Markup and script entered as text, through the UI and through an imported workshop file, are
 * shown as text on every screen: nothing runs (no handler, no dialog, no policy violation) and no
 * element is injected (issue 15, point 8).
 */

const PAYLOADS = [
  '<img src=x onerror="window.__xss=1">',
  '<svg onload="window.__xss=2"></svg>',
  '"><script>window.__xss=3</script>',
  'javascript:window.__xss=4',
  '<iframe srcdoc="<script>parent.__xss=5</script>"></iframe>',
  '<a href="javascript:window.__xss=6">link</a>',
  '<details open ontoggle="window.__xss=7">',
  '</textarea><body onload="window.__xss=8">',
  "{{constructor.constructor('window.__xss=9')()}}",
  '${window.__xss=10}',
  '<math><mtext><table><mglyph><style><img src=x onerror="window.__xss=11">',
  '<object data="data:text/html,<script>parent.__xss=12</script>"></object>',
]

/** Elements or attributes a payload would have injected. */
const INJECTED =
  'img[src="x"], svg[onload], iframe, object, embed, details, math, mglyph, ' +
  '[onerror], [onload], [ontoggle], a[href^="javascript"], body[onload]'

/** Dialogs opened and errors thrown by the pages of the running test. */
let problems: string[] = []

test.beforeEach(async ({ page }) => {
  problems = []
  await watch(page)
})

async function watch(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __violations: string[] }
    w.__violations = []
    document.addEventListener('securitypolicyviolation', (event) => {
      w.__violations.push(`${event.violatedDirective} ${event.blockedURI}`)
    })
  })
  page.on('dialog', (dialog) => {
    problems.push(`dialog: ${dialog.message()}`)
    void dialog.dismiss()
  })
  page.on('pageerror', (error) => {
    problems.push(`error: ${error.message}`)
  })
}

/** Nothing ran and nothing was injected on the screen shown now. */
async function expectClean(page: Page, where: string): Promise<void> {
  const state = await page.evaluate((selector) => {
    const w = window as unknown as { __xss?: number; __violations: string[] }
    return {
      ran: w.__xss,
      injected: [...document.querySelectorAll(selector)].map((e) => e.outerHTML.slice(0, 80)),
      inlineScripts: [...document.scripts].filter((s) => !s.src).length,
      violations: w.__violations,
    }
  }, INJECTED)
  expect({ ...state, problems }, where).toEqual({
    ran: undefined,
    injected: [],
    inlineScripts: 0,
    violations: [],
    problems: [],
  })
}

const area = (page: Page, name: string): Locator => page.locator(`[data-area="${name}"]`)

async function addNote(page: Page, text: string): Promise<void> {
  const field = area(page, 'tray').locator('[data-capture]')
  await field.click()
  await field.fill(text)
  await field.press('Enter')
  await expect(area(page, 'tray').getByText(text, { exact: true })).toBeVisible()
}

async function openBoard(page: Page, groupName: string): Promise<void> {
  await openSection(page, 'グループ')
  await page
    .getByRole('article', { name: groupName })
    .getByRole('link', { name: 'テーマ1の模造紙' })
    .click()
  await expect(page.getByRole('heading', { name: groupName, level: 1 })).toBeVisible()
}

const workshopIdOf = (page: Page): string => /#\/w\/([^/]+)/.exec(page.url())?.[1] ?? ''

/** Home, setup, the テーマ1 board and the export screen (its print preview draws every slide). */
async function visitEverything(page: Page, workshopId: string, groupName: string): Promise<void> {
  await page.goto('/#/')
  await expect(page.getByRole('article')).not.toHaveCount(0)
  await expectClean(page, 'home')
  await page.goto(`/#/w/${workshopId}/groups`)
  await expect(page.getByRole('heading', { name: 'グループ', level: 2 })).toBeVisible()
  await expectClean(page, 'groups')
  await openBoard(page, groupName)
  await expectClean(page, 'board')
  await page.goto(`/#/w/${workshopId}/export`)
  await expect(page.getByRole('button', { name: '研修会ファイル（.taneboard）' })).toBeVisible()
  await expectClean(page, 'export')
}

test('payloads typed into the UI are shown as text and never run', async ({ page }) => {
  test.setTimeout(120_000)
  await openHome(page)
  await createWorkshop(page, '半日開催（試行②）', { title: PAYLOADS[0], venue: PAYLOADS[1] })
  await openSection(page, 'グループ')
  await page.getByRole('button', { name: 'グループを追加' }).click()
  const groupName = PAYLOADS[2] ?? ''
  const nameField = page.getByRole('textbox', { name: 'グループ名' }).last()
  await nameField.fill(groupName)
  await nameField.press('Enter')
  await openBoard(page, groupName)
  for (const payload of PAYLOADS) await addNote(page, payload)
  await expectSaved(page)
  await expect(area(page, 'tray').locator('[data-note-id] .note__text')).toHaveText(PAYLOADS)
  await expectClean(page, 'board after typing')
  await visitEverything(page, workshopIdOf(page), groupName)
  await page.reload()
  await expectClean(page, 'export after reload')
})

async function newLaptop(browser: Browser): Promise<Page> {
  const page = await (await browser.newContext()).newPage()
  await watch(page)
  return page
}

test('payloads in an imported workshop file are shown as text and never run', async ({
  browser,
}) => {
  test.setTimeout(150_000)
  // A plain workshop, exported; its texts are then replaced by payloads in the file itself.
  const author = await newLaptop(browser)
  await openHome(author)
  await createWorkshop(author, '半日開催（試行②）', { title: '普通の研修会' })
  await openSection(author, 'グループ')
  await author.getByRole('button', { name: 'グループを追加' }).click()
  await openBoard(author, 'Ａグループ')
  await addNote(author, '普通の付箋')
  await expectSaved(author)
  await author.goto(`/#/w/${workshopIdOf(author)}/export`)
  const download = author.waitForEvent('download')
  await author.getByRole('button', { name: '研修会ファイル（.taneboard）' }).click()
  const path = `${test.info().outputDir}/payloads.taneboard`
  await (await download).saveAs(path)
  await author.context().close()

  type Rec = Record<string, unknown> & { type: string; id: string }
  const file = JSON.parse(await readFile(path, 'utf8')) as { workshop: Rec; records: Rec[] }
  file.workshop.title = PAYLOADS[0]
  file.workshop.venue = PAYLOADS[1]
  const group = file.records.find((r) => r.type === 'group')
  const note = file.records.find((r) => r.type === 'note')
  if (!group || !note) throw new Error('the export holds no group or note')
  group.name = PAYLOADS[2]
  note.text = PAYLOADS[3]
  for (const [i, payload] of PAYLOADS.entries()) {
    file.records.push({ ...note, id: `xss-note-${String(i)}`, text: payload, order: 100 + i })
  }
  await writeFile(path, JSON.stringify(file))

  const reader = await newLaptop(browser)
  await openHome(reader)
  await reader.goto('/#/')
  const chooser = reader.waitForEvent('filechooser')
  await reader.getByRole('button', { name: 'ファイルから取り込む' }).click()
  await (await chooser).setFiles(path)
  const dialog = reader.getByRole('dialog', { name: '研修会ファイルの取り込み' })
  await expect(dialog).toBeVisible()
  await expectClean(reader, 'import preview')
  await dialog.getByRole('button', { name: '取り込む' }).click()
  await expect(dialog).toBeHidden()
  // A file of one group lands on that group's board.
  await expect(reader.getByRole('heading', { name: PAYLOADS[2], level: 1 })).toBeVisible()
  await expectClean(reader, 'landing board after import')
  await reader.goto('/#/')
  await expect(reader.getByRole('heading', { name: PAYLOADS[0] })).toBeVisible()
  await expectClean(reader, 'home after import')
  const workshopId = file.workshop.id
  await visitEverything(reader, workshopId, PAYLOADS[2] ?? '')
  await reader.goto(`/#/w/${workshopId}/groups`)
  await openBoard(reader, PAYLOADS[2] ?? '')
  await expect(area(reader, 'tray').locator('[data-note-id] .note__text')).toHaveText([
    PAYLOADS[3] ?? '',
    ...PAYLOADS,
  ])
  await expectClean(reader, 'board of the imported file')
  await reader.context().close()
})
