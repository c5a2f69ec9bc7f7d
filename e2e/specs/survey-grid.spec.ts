import { expect, test, type Page } from '@playwright/test'
import { createWorkshop, openHome } from '../support/pages/home'
import { typeWithIme } from '../support/ime'

/**
 * Issue 21 p1 (items linked to 研修の企画's 「3.研修終了時に想定する能力・効果等」) and p2 (typed in a
 * grid): with no plan yet the screen says so and links to 研修の企画; a line written there is
 * chosen for Ⅰ-1. Then two respondents' answers before and after typed in 「回答を入力する」
 * through the IME and the keyboard; a letter the scale lacks is refused on its cell; the results
 * count up / stay / down at once, also under the linked goal; one cell is undone. Pictures
 * (docs/issue21/) only with ISSUE21_SHOTS=1.
 */
const shots = process.env.ISSUE21_SHOTS === '1'
const GOAL = '地域課題を市町村担当者と共有できる'

/** A new row: the name through the IME, Enter (the row is added, the focus on 立場). */
async function addRespondent(page: Page, reading: string[], name: string, position: string) {
  await page.getByRole('textbox', { name: '新しい回答者の氏名' }).click()
  await typeWithIme(page, reading, name)
  await page.keyboard.press('Enter')
  const positionCell = page.getByRole('combobox', { name: `${name} 立場` })
  await expect(positionCell).toBeFocused()
  await positionCell.selectOption({ label: position })
  await page.keyboard.press('Tab') // 所属
  await page.keyboard.press('Tab') // Ⅰ-1
}

/** Types letters into the following cells, Tab after each. */
async function typeLetters(page: Page, letters: string[]) {
  for (const letter of letters) {
    await page.keyboard.type(letter)
    await page.keyboard.press('Tab')
  }
}

test('回答を入力する: 事前・事後を表に入力すると結果が変わり、1セルずつ元に戻せる', async ({
  page,
}) => {
  await openHome(page)
  await createWorkshop(page, '終日開催（試行①）', { title: 'アンケート入力の研修会' })
  await page.getByRole('link', { name: 'アンケート' }).click()
  await page.getByRole('button', { name: '報告書（試行①）の設問を使う' }).click()

  // p1: no 「3.研修終了時に想定する能力・効果等」 yet — said, with the way to 研修の企画
  await expect(
    page.getByText(/「3\.研修終了時に想定する能力・効果等」がまだ書かれていません/).first(),
  ).toBeVisible()
  await page.getByRole('link', { name: '研修の企画へ' }).first().click()
  const program = page.getByRole('region', { name: '図表-73 研修プログラムの企画' })
  await program
    .getByRole('textbox', { name: 'コーディネーター 3.研修終了時に想定する能力・効果等' })
    .fill(`・${GOAL}\n・多職種の視点で整理できる`)
  await page.keyboard.press('Tab')
  await page.getByRole('link', { name: 'アンケート' }).click()
  await page
    .getByRole('combobox', { name: 'Ⅰ-1で確かめる「3.研修終了時に想定する能力・効果等」' })
    .selectOption({ label: GOAL })
  await expect(page.getByText(`研修終了時（コーディネーター）：${GOAL}`)).toBeVisible()

  await page.getByRole('button', { name: '事前（受講前）の回答を入力する' }).click()
  const pre = page.getByRole('table', { name: '事前（受講前）の回答' })
  await addRespondent(page, ['や', 'やま', 'やまだ'], '山田', 'コーディネーター')
  await typeLetters(page, ['d', 'c'])
  // Ⅱ has four steps: 「e」 is refused on its cell, nothing written
  await pre.getByRole('textbox', { name: '山田 Ⅱ-1' }).click()
  await page.keyboard.type('e')
  await page.keyboard.press('Enter')
  await expect(page.getByRole('alert')).toHaveText(
    '「Ⅱ-1」に「e」は入力できません。選択肢の記号（a・b・c・d）を入力してください。書き込んでいません。',
  )
  await expect(pre.getByRole('textbox', { name: '山田 Ⅱ-1' })).toHaveValue('')
  await page.keyboard.type('Ｃ') // full width, as typed with the IME on
  await page.keyboard.press('Enter') // down: the new row's 氏名
  await expect(page.getByRole('textbox', { name: '新しい回答者の氏名' })).toBeFocused()
  await expect(pre.getByRole('textbox', { name: '山田 Ⅱ-1' })).toHaveValue('c')
  await addRespondent(page, ['さ', 'さと', 'さとう'], '佐藤', '市町村担当者')
  await typeLetters(page, ['b'])
  await expect(pre.getByRole('textbox', { name: '佐藤 Ⅰ-1' })).toHaveValue('b')

  await page.getByRole('button', { name: '事後（受講後）の回答を入力する' }).click()
  const post = page.getByRole('table', { name: '事後（受講後）の回答' })
  await addRespondent(page, ['や', 'やま', 'やまだ'], '山田', 'コーディネーター')
  await typeLetters(page, ['b', 'c'])
  await addRespondent(page, ['さ', 'さと', 'さとう'], '佐藤', '市町村担当者')
  await typeLetters(page, ['d'])
  // free text through the IME: the Enter that accepts the conversion does not leave the cell
  const free = post.getByRole('textbox', { name: '佐藤 自由記述1' })
  await free.click()
  await typeWithIme(page, ['た', 'たしょ', 'たしょくしゅ'], '多職種の視点', {
    pressEnterToConvert: true,
  })
  await expect(free).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(free).toHaveValue('多職種の視点')
  await expect(free).not.toBeFocused()

  // results: Ⅰ-1 山田 d→b up, 佐藤 b→d down; Ⅰ-2 山田 c→c stay
  const results = page.getByRole('region', { name: '結果（up / stay / down）' })
  const row = (label: string) => results.getByRole('row', { name: new RegExp(`^${label} `) })
  await expect(row('Ⅰ-1').getByRole('cell')).toHaveText(['1', '0', '1', '2', /.*/])
  await expect(row('Ⅰ-2').getByRole('cell')).toHaveText(['0', '1', '0', '1', /.*/])
  await expect(results.getByText('多職種の視点')).toBeVisible()
  await expect(results.getByRole('button', { name: '市町村担当者（1人）' })).toBeVisible()
  // p1: per goal, the items that measure it, with their counts
  const goals = page.getByRole('region', { name: '研修終了時に想定する能力・効果等と設問' })
  await expect(goals.getByRole('heading', { name: `コーディネーター ${GOAL}` })).toBeVisible()
  const measured = goals.getByRole('listitem').filter({ hasText: 'Ⅰ-1' })
  await expect(measured).toContainText('up 1・stay 0・down 1（計2人）')
  if (shots) {
    await page.getByRole('heading', { name: '回答を入力する' }).evaluate((h) => {
      h.scrollIntoView()
    })
    await page.screenshot({ path: 'docs/issue21/survey-grid-1366.png' })
  }

  // undo: the free text, then 佐藤's Ⅰ-1 (one cell each)
  const undo = page.getByRole('button', { name: /元に戻す/ }).first()
  await undo.click()
  await expect(free).toHaveValue('')
  await undo.click()
  await expect(post.getByRole('textbox', { name: '佐藤 Ⅰ-1' })).toHaveValue('')
  await expect(row('Ⅰ-1').getByRole('cell')).toHaveText(['1', '0', '0', '1', /.*/])
  await expect(measured).toContainText('up 1・stay 0・down 0（計1人）')
  if (shots) {
    await goals.evaluate((section) => {
      section.scrollIntoView()
    })
    await page.screenshot({ path: 'docs/issue21/survey-goals-1366.png' })
  }
})
