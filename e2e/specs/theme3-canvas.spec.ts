import { expect, test, type Locator, type Page } from '@playwright/test'
import { typeWithIme } from '../support/ime'
import { expectSaved } from '../support/pages/app'
import { area as boardArea, typeTaneNote } from '../support/pages/board'
import { newWorkshopWithGroups, openGroupScreen } from '../support/pages/setup'
import { drag } from '../support/pointer'
import { snap } from '../support/screenshots'

/**
 * テーマ3 canvas: a タネ on テーマ1 becomes a topic on テーマ2, then a canvas on テーマ3; notes
 * written through the IME (its converting Enter adds nothing), moved by pointer and by keyboard,
 * a live reference to the テーマ1 note that follows its edit, 稲城市's three questions with an
 * answer, undo/redo, and a reload that finds it all. Screenshots at 1366×768 and 1920×1080.
 */

const TANE = '看取りの時期に家族が不安になり、救急車を呼んでしまう'
const TANE_EDITED = '看取りの時期に家族が不安になり、夜間に救急車を呼んでしまう'
const FACT_IME = '救急搬送が月3回'
const FACT_NIGHT = '夜間の電話相談が多い'
const THOUGHT = '家族が看取りの流れを知らない'
const MATERIAL = '救急搬送の件数（消防のデータ）'
const SHARE = '在宅医療・介護連携推進協議会で報告する'
const ANSWER = '退院時に看取りの流れを説明する人が決まっていない'

const area = (page: Page, name: string): Locator => page.locator(`[data-canvas-area="${name}"]`)
const notesOf = (page: Page, name: string): Locator =>
  area(page, name).locator('[data-canvas-note-id] .note__text')
const noteOf = (page: Page, name: string, text: string): Locator =>
  area(page, name).locator('[data-canvas-note-id]').filter({ hasText: text })
const captureOf = (page: Page, name: string): Locator =>
  area(page, name).locator(`[data-t3-capture="${name}"]`)
const themeNav = (page: Page): Locator => page.getByRole('navigation', { name: 'テーマの切り替え' })

/** A タネ in 看取り on テーマ1, then a テーマ2 topic made from it (both through the UI). */
async function taneAndTopic(page: Page): Promise<void> {
  await openGroupScreen(page, 'Ａグループ')
  await typeTaneNote(page, 'endOfLife', TANE)
  await expect(boardArea(page, 'endOfLife').locator('[data-note-id]')).toHaveCount(1)

  await themeNav(page).getByRole('link', { name: 'テーマ2' }).click()
  await page
    .locator('.t2-tane')
    .filter({ hasText: TANE })
    .getByRole('button', { name: `選ぶ：${TANE}` })
    .click()
  await expect(page.getByRole('textbox', { name: 'テーマ', exact: true })).toHaveValue(TANE)
}

test('a canvas for a テーマ2 topic: notes, moves, a live reference, questions, reload', async ({
  page,
}) => {
  await newWorkshopWithGroups(page, 'テーマ3の練習')
  await taneAndTopic(page)

  // テーマ3: the empty state teaches, and offers the topic.
  await themeNav(page).getByRole('link', { name: 'テーマ3' }).click()
  await expect(page.getByRole('heading', { name: 'Ａグループ', level: 1 })).toBeVisible()
  await expect(page.getByText('地域課題ごとにキャンバスをつくりましょう')).toBeVisible()
  await expect(page.getByText(/「個別課題から地域課題のタネを伝える」/)).toBeVisible()
  await snap(page, 'theme3-canvas-empty')
  await page
    .getByRole('list', { name: 'テーマ2から選ぶ' })
    .getByRole('button', { name: `選ぶ：${TANE}` })
    .click()
  await expect(page.getByRole('heading', { name: TANE, level: 2 })).toBeVisible()
  await expect(page.getByText('テーマ2の文面を表示中', { exact: false })).toBeVisible()

  // Capture through the IME: the converting Enter adds nothing; Enter adds, the focus stays.
  const facts = captureOf(page, 'facts')
  await facts.click()
  await typeWithIme(page, ['きゅうきゅう', 'きゅうきゅうはんそう'], '救急搬送', {
    pressEnterToConvert: true,
  })
  await typeWithIme(page, ['がつき3かい'], 'が月3回', { pressEnterToConvert: true })
  await expect(facts).toHaveValue(FACT_IME)
  await expect(notesOf(page, 'facts')).toHaveCount(0)
  await page.keyboard.press('Enter')
  await expect(notesOf(page, 'facts')).toHaveText([FACT_IME])
  await expect(facts).toHaveValue('')
  await expect(facts).toBeFocused()
  await facts.fill(FACT_NIGHT)
  await facts.press('Enter')
  await captureOf(page, 'thoughts').fill(THOUGHT)
  await captureOf(page, 'thoughts').press('Enter')
  await captureOf(page, 'materials').fill(MATERIAL)
  await captureOf(page, 'materials').press('Enter')
  await captureOf(page, 'share').fill(SHARE)
  await captureOf(page, 'share').press('Enter')
  await expect(notesOf(page, 'facts')).toHaveText([FACT_IME, FACT_NIGHT])

  // Pointer: 夜間の電話相談 onto そこから考えられること, before the note there.
  await drag(page, noteOf(page, 'facts', FACT_NIGHT), noteOf(page, 'thoughts', THOUGHT), {
    x: 0.15,
    y: 0.5,
    gripTop: 12,
  })
  await expect(notesOf(page, 'thoughts')).toHaveText([FACT_NIGHT, THOUGHT])
  await expect(notesOf(page, 'facts')).toHaveText([FACT_IME])

  // Keyboard: pick 家族が… up, move it up in its area, then to the next area; Escape on another.
  await noteOf(page, 'thoughts', THOUGHT).click()
  await expect(noteOf(page, 'thoughts', THOUGHT)).toBeFocused()
  await page.keyboard.press('Space')
  await expect(page.locator('[data-t3-announcer]')).toContainText('を持ち上げました')
  await expect(page.locator('.pick-hint')).toBeVisible()
  await page.keyboard.press('ArrowUp')
  await expect(notesOf(page, 'thoughts')).toHaveText([THOUGHT, FACT_NIGHT])
  await page.keyboard.press('ArrowLeft')
  await expect(notesOf(page, 'facts')).toHaveText([FACT_IME, THOUGHT])
  await expect(noteOf(page, 'facts', THOUGHT)).toBeFocused()
  await page.keyboard.press('Space')
  await expect(page.locator('[data-t3-announcer]')).toHaveText(
    `『${THOUGHT}』を事実・情報の2枚目に置きました。`,
  )
  await page.keyboard.press('Space')
  await page.keyboard.press('ArrowRight')
  await expect(notesOf(page, 'thoughts')).toHaveText([FACT_NIGHT, THOUGHT])
  await page.keyboard.press('Escape')
  await expect(notesOf(page, 'facts')).toHaveText([FACT_IME, THOUGHT])
  await expect(notesOf(page, 'thoughts')).toHaveText([FACT_NIGHT])

  // A reference to the テーマ1 タネ in 事実・情報, shown as such.
  await area(page, 'facts')
    .getByRole('button', { name: /テーマ1・2から参照/ })
    .click()
  const dialog = page.getByRole('dialog', { name: '「事実・情報」にテーマ1・テーマ2から参照' })
  await expect(dialog).toBeVisible()
  await snap(page, 'theme3-canvas-refs')
  await dialog.getByRole('button', { name: `テーマ1 付箋『${TANE}』を参照` }).click()
  await expect(dialog).toBeHidden()
  const ref = area(page, 'facts').locator('[data-ref="theme1"]')
  await expect(ref).toContainText('参照：テーマ1 付箋')
  await expect(ref).toContainText('看取り')
  await expect(ref.locator('.note__text')).toHaveText(TANE)

  // Questions: 稲城市's three, one answered.
  const qa = page.getByRole('region', { name: '市町村担当者からの質問と答え' })
  await qa.getByRole('button', { name: '稲城市の3つの問いを追加' }).click()
  await expect(qa.getByRole('textbox', { name: /^質問\d$/ })).toHaveCount(3)
  await expect(qa.getByRole('textbox', { name: '質問1' })).toHaveValue(
    'なぜ、そのような相談が生じたのか',
  )
  await expect(qa.getByRole('textbox', { name: '質問2' })).toHaveValue(
    '相談室以外に相談できるところはどこか',
  )
  await qa.getByRole('textbox', { name: '答え1' }).fill(ANSWER)
  await qa.getByRole('textbox', { name: '答え1' }).press('Enter')

  // Undo and redo (this board's edits): the answer goes and comes back.
  const header = page.getByRole('banner')
  await header.getByRole('button', { name: '元に戻す' }).click()
  await expect(qa.getByRole('textbox', { name: '答え1' })).toHaveValue('')
  await header.getByRole('button', { name: 'やり直す' }).click()
  await expect(qa.getByRole('textbox', { name: '答え1' })).toHaveValue(ANSWER)

  // The page scrolls under a sticky header: shoot it from the top.
  await page.mouse.move(5, 5)
  await page.evaluate(() => {
    window.scrollTo(0, 0)
  })
  await snap(page, 'theme3-canvas-1366')
  await page.setViewportSize({ width: 1920, height: 1080 })
  await snap(page, 'theme3-canvas-1920')
  await page.getByRole('button', { name: 'テーマカード' }).click()
  await expect(page.getByRole('complementary')).toContainText('相談せずに済むようにするには')
  await snap(page, 'theme3-canvas-card-1920')
  await page.keyboard.press('Escape')
  await page.setViewportSize({ width: 1366, height: 768 })

  // Edit the テーマ1 note: the reference follows.
  await themeNav(page).getByRole('link', { name: 'テーマ1' }).click()
  const taneNote = boardArea(page, 'endOfLife').locator('[data-note-id]').first()
  await taneNote.getByText(TANE).dblclick()
  const editor = page.getByRole('textbox', { name: /付箋の文章/ })
  await editor.fill(TANE_EDITED)
  await editor.press('Enter')
  await expect(taneNote.locator('.note__text')).toHaveText(TANE_EDITED)
  await themeNav(page).getByRole('link', { name: 'テーマ3' }).click()
  await expect(ref.locator('.note__text')).toHaveText(TANE_EDITED)

  // Everything is still there after a reload.
  await expectSaved(page)
  await page.reload()
  await expect(page.getByRole('heading', { name: TANE_EDITED, level: 2 })).toBeVisible()
  await expect(notesOf(page, 'facts')).toHaveText([FACT_IME, THOUGHT, TANE_EDITED])
  await expect(notesOf(page, 'thoughts')).toHaveText([FACT_NIGHT])
  await expect(notesOf(page, 'materials')).toHaveText([MATERIAL])
  await expect(notesOf(page, 'share')).toHaveText([SHARE])
  await expect(ref).toContainText('参照：テーマ1 付箋')
  await expect(qa.getByRole('textbox', { name: '答え1' })).toHaveValue(ANSWER)
  await expect(qa.getByRole('textbox', { name: '質問3' })).toHaveValue(
    '相談せずに済むようにするにはどうしたらよいか',
  )
})
