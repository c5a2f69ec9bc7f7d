import { expect, test, type Locator, type Page } from '@playwright/test'
import { INAGI_MITORI_WORKSHEET } from '../../src/shared/testing/inagiExample'
import { typeWithIme } from '../support/ime'
import { expectSaved, notices } from '../support/pages/app'
import { area, typeTaneNote } from '../support/pages/board'
import { newWorkshopWithGroups, openGroupScreen } from '../support/pages/setup'
import { drag } from '../support/pointer'
import { snap } from '../support/screenshots'

/**
 * テーマ2: a タネ of テーマ1 becomes a topic; causes (one typed through the IME), placed on the
 * priority grid by pointer and by keyboard, dot votes, the main cause, a countermeasure with its
 * 対象, 期待値/指標, the worksheet view, and a reload that finds it all. Then the report's
 * 稲城市 看取り example typed into the worksheet.
 */

const TANE = '看取りの時期に家族が不安になり、救急車を呼んでしまう'
const CAUSE_A = '看取りのプロセスを家族が知らない'
const CAUSE_B = '説明不足'

async function openTheme2(page: Page): Promise<void> {
  await openGroupScreen(page, 'Ａグループ', 'テーマ2')
  await expect(page.getByText('テーマ2', { exact: true }).first()).toBeVisible()
}

const causeNote = (page: Page, text: string): Locator =>
  page.locator('[data-cause-id]').filter({ has: page.locator(`textarea:text-is("${text}")`) })

const priority = (page: Page): Locator => page.locator('.t2-priority')

/** Goes to one of the thinking steps ①-⑤ in the step bar. */
const step = (page: Page, mark: string) =>
  page
    .getByRole('navigation', { name: '考える手順' })
    .getByRole('button', { name: new RegExp(`^${mark} `) })
    .click()

/** Drags an element by pointer to a point of the square (x, y in [0, 1], y upwards). */
const dragOnto = (page: Page, item: Locator, square: Locator, x: number, y: number) =>
  drag(page, item, square, { x, y: 1 - y })

test('from a タネ of テーマ1 to causes, priority, votes, main cause, countermeasure and sheet', async ({
  page,
}) => {
  await newWorkshopWithGroups(page, 'テーマ2の練習')
  await openGroupScreen(page, 'Ａグループ')
  // A note marked タネ in 看取り.
  await typeTaneNote(page, 'endOfLife', TANE)
  await expect(area(page, 'endOfLife').locator('[data-note-id]')).toHaveCount(1)
  await page.getByRole('link', { name: '研修会の準備' }).click()
  await openTheme2(page)

  // The タネ is offered, linked: pick it.
  const tane = page.locator('.t2-tane').filter({ hasText: TANE })
  await expect(tane).toContainText('テーマ1のタネ')
  await expect(tane).toContainText('看取り')
  await tane.getByRole('button', { name: `選ぶ：${TANE}` }).click()
  await expect(page.getByRole('textbox', { name: 'テーマ', exact: true })).toHaveValue(TANE)
  await page.getByLabel('具体的な困りごと').fill('家族が急変時にどうしてよいか分からない')
  await page.getByLabel('目指す姿').fill('本人の意向に沿って自宅で看取れる')
  await page.getByLabel('目指す姿').press('Enter')

  // ② Causes: one typed plainly, one through the IME (its converting Enter adds nothing).
  await step(page, '②')
  const capture = page.getByLabel('原因を追加（Enter で追加、Shift+Enter で改行）')
  await capture.fill(CAUSE_A)
  await capture.press('Enter')
  await expect(causeNote(page, CAUSE_A)).toBeVisible()
  await capture.click()
  await typeWithIme(page, ['せつめいぶそく'], CAUSE_B, { pressEnterToConvert: true })
  await expect(capture).toHaveValue(CAUSE_B)
  await expect(page.locator('[data-cause-id]')).toHaveCount(1)
  await page.keyboard.press('Enter')
  await expect(page.locator('[data-cause-id]')).toHaveCount(2)
  await expect(capture).toHaveValue('')

  // "Why?" under the first cause.
  await causeNote(page, CAUSE_A).getByRole('button', { name: 'なぜ？' }).click()
  await page.keyboard.type('説明の資料がない')
  await page.keyboard.press('Enter')
  await expect(page.locator('.t2-cause-list--why [data-cause-id]')).toHaveCount(1)

  // ③ The grid: one cause by pointer, one by keyboard.
  await step(page, '③')
  const square = priority(page).locator('.t2-grid__square')
  await dragOnto(
    page,
    priority(page).locator('[data-unplaced-item]').filter({ hasText: CAUSE_A }),
    square,
    0.8,
    0.7,
  )
  await expect(square.locator('[data-grid-item]')).toHaveCount(1)
  const unplacedB = priority(page).locator('[data-unplaced-item]').filter({ hasText: CAUSE_B })
  await unplacedB.focus()
  await page.keyboard.press('Enter')
  const placedB = square.locator('[data-grid-item]').filter({ hasText: CAUSE_B })
  await expect(placedB).toBeFocused()
  await page.keyboard.press('ArrowRight')
  await page.keyboard.press('ArrowRight')
  await page.keyboard.press('ArrowUp')
  await expect(placedB).toHaveAttribute('aria-label', /影響の大きさ 60%、取り組みやすさ 55%/)
  await expect(page.locator('[data-t2-announcer]')).toContainText('を移動しました')

  // Dots: 1番の席 puts two on A, one on B.
  await page.getByRole('button', { name: `『${CAUSE_A}』に1票` }).click()
  await page.getByRole('button', { name: `『${CAUSE_A}』に1票` }).click()
  await page.getByRole('button', { name: `『${CAUSE_B}』に1票` }).click()
  await expect(page.locator('.t2-vote-panel__left')).toHaveText('残り0票')
  await expect(page.locator('[data-vote-cause]').filter({ hasText: CAUSE_A })).toContainText('2票')
  await page.getByLabel('投票する人').selectOption({ label: '2番の席' })
  await expect(page.locator('.t2-vote-panel__left')).toHaveText('残り3票')
  await expect(page.getByRole('list', { name: '一人ひとりの残りの票' })).toContainText(
    '1番の席 残り0票',
  )

  // The main cause, visibly marked here, on the grid and on ②'s notes.
  await page.getByRole('button', { name: `主たる原因：${CAUSE_B}` }).click()
  await expect(page.getByRole('button', { name: `主たる原因：${CAUSE_B}` })).toHaveAttribute(
    'aria-pressed',
    'true',
  )
  await expect(placedB).toContainText('★主たる原因')
  await step(page, '②')
  await expect(causeNote(page, CAUSE_B)).toHaveAttribute('data-main', '')
  await expect(causeNote(page, CAUSE_B).locator('.t2-note__main')).toHaveText('★ 主たる原因')
  await expect(causeNote(page, CAUSE_A)).toContainText('2票')

  // ④ A countermeasure for it, with its 対象; ⑤ chosen, 期待値 and 指標.
  await step(page, '④')
  await page.getByLabel('対策の内容', { exact: true }).fill('看取りのプロセスを説明する資料を作る')
  await page.getByLabel('誰に対する対策', { exact: true }).fill('ケアマネ、訪看')
  await page.getByRole('button', { name: '対策を追加' }).click()
  const measure = page.locator('[data-measure-id]')
  await expect(measure).toHaveCount(1)
  await step(page, '⑤')
  await page.getByRole('checkbox', { name: '看取りのプロセスを説明する資料を作る' }).check()
  // On 効果 × 実現可能性, by keyboard.
  const measures = page.locator('.t2-measure-grid')
  await measures.locator('[data-unplaced-item]').focus()
  await page.keyboard.press('Enter')
  // placed at the centre, it keeps the focus (as for the causes above)
  await expect(measures.locator('[data-grid-item]')).toBeFocused()
  await page.keyboard.press('ArrowUp')
  await expect(measures.locator('[data-grid-item]')).toHaveAttribute(
    'aria-label',
    /効果 50%、実現可能性 55%/,
  )
  await page.getByRole('button', { name: '期待値・指標を追加' }).click()
  await page.keyboard.type('家族が安心して自宅で過ごせる')
  await page.keyboard.press('Tab')
  await page.keyboard.type('家族へのアンケート')
  await page.keyboard.press('Tab')
  await page.getByLabel('地域課題（一行で）').fill('看取りのプロセスを家族に説明できる体制がない')
  await page.getByLabel('地域課題（一行で）').press('Enter')
  await expectSaved(page)
  await page.evaluate(() => {
    window.scrollTo(0, 0)
  })
  await snap(page, 'theme2-map')

  const expectSheet = async () => {
    await page.getByRole('button', { name: 'ワークシート' }).click()
    await expect(
      page.getByText('【問1】取り組みたい具体的なテーマを１つ決めて下さい。'),
    ).toBeVisible()
    await expect(page.getByRole('textbox', { name: 'テーマ', exact: true })).toHaveValue(TANE)
    await expect(page.getByLabel('目指す姿', { exact: true })).toHaveValue(
      '本人の意向に沿って自宅で看取れる',
    )
    await expect(page.getByLabel('原因1', { exact: true })).toHaveValue(CAUSE_A)
    await expect(page.getByLabel('原因2', { exact: true })).toHaveValue('説明の資料がない')
    await expect(page.getByLabel('最も大きな原因', { exact: true })).toHaveValue(CAUSE_B)
    await expect(page.getByLabel('対策1', { exact: true })).toHaveValue(
      '看取りのプロセスを説明する資料を作る',
    )
    await expect(page.getByLabel('対策1の対象', { exact: true })).toHaveValue('ケアマネ、訪看')
    await expect(page.getByLabel('期待値1', { exact: true })).toHaveValue(
      '家族が安心して自宅で過ごせる',
    )
    await expect(page.getByLabel('指標1', { exact: true })).toHaveValue('家族へのアンケート')
  }
  await expectSheet()
  await page.evaluate(() => {
    window.scrollTo(0, 0)
  })
  await snap(page, 'theme2-worksheet')

  // Reload: everything is still there.
  await page.reload()
  await expect(page.getByRole('heading', { name: 'Ａグループ', level: 1 })).toBeVisible()
  await page.getByRole('button', { name: 'マップ' }).click()
  await step(page, '③')
  await expect(square.locator('[data-grid-item]')).toHaveCount(2)
  await step(page, '②')
  await expect(causeNote(page, CAUSE_B)).toHaveAttribute('data-main', '')
  await expect(causeNote(page, CAUSE_A)).toContainText('2票')
  await step(page, '④')
  await expect(page.locator('[data-measure-id]')).toHaveClass(/is-chosen/)
  await expectSheet()
})

test('the 稲城市 看取り example typed into the worksheet reproduces the sheet', async ({
  page,
}) => {
  const sheet = INAGI_MITORI_WORKSHEET
  await newWorkshopWithGroups(page, '稲城市の検討例')
  await openTheme2(page)
  await page.getByRole('button', { name: '新しいテーマ' }).click()
  await page.keyboard.type(sheet.theme)
  await page.keyboard.press('Enter')
  await page.getByRole('button', { name: 'ワークシート' }).click()

  const cell = (label: string) => page.getByRole('textbox', { name: label, exact: true })
  const enter = async (label: string, value: string) => {
    await cell(label).fill(value)
    await cell(label).press('Enter')
    await expect(cell(label)).toHaveValue(value)
  }
  await expect(cell('テーマ')).toHaveValue(sheet.theme)
  await enter('目指す姿', sheet.goal)
  for (const [i, cause] of sheet.causes.entries()) await enter(`原因${String(i + 1)}`, cause)
  await enter('最も大きな原因', sheet.mainCause)
  for (const [i, m] of sheet.measures.entries()) {
    await enter(`対策${String(i + 1)}`, m.text)
    await enter(`対策${String(i + 1)}の対象`, m.target)
  }
  for (const [i, o] of sheet.outcomes.entries()) {
    await enter(`期待値${String(i + 1)}`, o.expectation)
    await enter(`指標${String(i + 1)}`, o.indicator)
  }
  await expectSaved(page)
  await page.reload()
  await page.getByRole('button', { name: 'ワークシート' }).click()
  await expect(cell('テーマ')).toHaveValue(sheet.theme)
  await expect(cell('目指す姿')).toHaveValue(sheet.goal)
  for (const [i, cause] of sheet.causes.entries()) {
    await expect(cell(`原因${String(i + 1)}`)).toHaveValue(cause)
  }
  await expect(cell('最も大きな原因')).toHaveValue(sheet.mainCause)
  for (const [i, m] of sheet.measures.entries()) {
    await expect(cell(`対策${String(i + 1)}`)).toHaveValue(m.text)
    await expect(cell(`対策${String(i + 1)}の対象`)).toHaveValue(m.target)
  }
  for (const [i, o] of sheet.outcomes.entries()) {
    await expect(cell(`期待値${String(i + 1)}`)).toHaveValue(o.expectation)
    await expect(cell(`指標${String(i + 1)}`)).toHaveValue(o.indicator)
  }
  await page.evaluate(() => {
    window.scrollTo(0, 0)
  })
  await snap(page, 'theme2-inagi-worksheet')
  // The map shows the same: the main cause is marked (② 原因).
  await page.getByRole('button', { name: 'マップ' }).click()
  await step(page, '②')
  await expect(page.locator('[data-cause-id][data-main]')).toHaveCount(1)
})

test('deleting a cause, a countermeasure or a topic can be undone from the notice and the header', async ({
  page,
}) => {
  const TOPIC = '退院後の生活が不安'
  const MEASURE = '退院前カンファレンスに家族を呼ぶ'
  await newWorkshopWithGroups(page, 'テーマ2の削除')
  await openTheme2(page)
  await page.getByRole('button', { name: '新しいテーマ' }).click()
  await page.getByLabel('新しいテーマ（Enter で追加）').fill(TOPIC)
  await page.getByLabel('新しいテーマ（Enter で追加）').press('Enter')
  const topicField = page.getByRole('textbox', { name: 'テーマ', exact: true })
  await expect(topicField).toHaveValue(TOPIC)
  await step(page, '②')
  const capture = page.getByLabel('原因を追加（Enter で追加、Shift+Enter で改行）')
  await capture.fill(CAUSE_A)
  await capture.press('Enter')
  await expect(causeNote(page, CAUSE_A)).toBeVisible()
  await step(page, '④')
  await page.getByLabel('対策の内容', { exact: true }).fill(MEASURE)
  await page.getByRole('button', { name: '対策を追加' }).click()
  // The row is named by its own text; 対策の内容 alone names only the field to add one.
  const measureText = page.getByRole('textbox', { name: `対策の内容：${MEASURE}`, exact: true })
  await expect(measureText).toHaveValue(MEASURE)
  await expect(page.getByRole('textbox', { name: '対策の内容', exact: true })).toHaveValue('')
  const noticeArea = notices(page)
  const header = page.getByRole('banner')

  // A cause (on ②): the notice's 元に戻す brings it back with its text.
  await step(page, '②')
  await page.getByRole('button', { name: `削除：${CAUSE_A}` }).click()
  await expect(page.locator('[data-cause-id]')).toHaveCount(0)
  await expect(noticeArea.getByText('原因を削除しました。')).toBeVisible()
  await noticeArea.getByRole('button', { name: '元に戻す' }).click()
  await expect(causeNote(page, CAUSE_A)).toBeVisible()
  await expect(noticeArea.getByText('原因を削除しました。')).toHaveCount(0)

  // A countermeasure (on ④), then another edit (on ①): 元に戻す still brings back exactly it.
  await step(page, '④')
  await page.getByRole('button', { name: `対策を削除：${MEASURE}` }).click()
  await expect(page.locator('[data-measure-id]')).toHaveCount(0)
  await expect(noticeArea.getByText('対策を削除しました。')).toBeVisible()
  await step(page, '①')
  await page.getByLabel('目指す姿').fill('安心して自宅に戻れる')
  await page.getByLabel('目指す姿').press('Enter')
  await noticeArea.getByRole('button', { name: '元に戻す' }).click()
  await expect(page.getByLabel('目指す姿')).toHaveValue('安心して自宅に戻れる')
  await step(page, '④')
  await expect(measureText).toHaveValue(MEASURE)
  // The header's 元に戻す undoes the restore, やり直す brings it back again.
  await header.getByRole('button', { name: '元に戻す' }).click()
  await expect(page.locator('[data-measure-id]')).toHaveCount(0)
  await header.getByRole('button', { name: 'やり直す' }).click()
  await expect(measureText).toHaveValue(MEASURE)

  // The topic (on ①) with everything on it.
  await step(page, '①')
  await page.getByRole('button', { name: 'テーマを削除' }).click()
  await expect(topicField).toHaveCount(0)
  await expect(noticeArea.getByText('テーマを削除しました。')).toBeVisible()
  await noticeArea.getByRole('button', { name: '元に戻す' }).click()
  await expect(topicField).toHaveValue(TOPIC)
  await step(page, '②')
  await expect(causeNote(page, CAUSE_A)).toBeVisible()
  await step(page, '④')
  await expect(measureText).toHaveValue(MEASURE)

  // And it is all still there after a reload (which comes back to the step it was on).
  await expectSaved(page)
  await page.reload()
  await expect(measureText).toHaveValue(MEASURE)
  await step(page, '①')
  await expect(topicField).toHaveValue(TOPIC)
  await expect(page.getByLabel('目指す姿')).toHaveValue('安心して自宅に戻れる')
  await step(page, '②')
  await expect(causeNote(page, CAUSE_A)).toBeVisible()
})

test('半日開催: the 試行② preset adds its four topics; the card shows the 問い', async ({
  page,
}) => {
  await newWorkshopWithGroups(page, '試行②の練習', { template: '半日開催（試行②）' })
  await openTheme2(page)
  await page.getByRole('button', { name: '試行②の4テーマ' }).click()
  const tabs = page.getByRole('region', { name: 'テーマの一覧' }).locator('.t2-topic-tab')
  await expect(tabs).toHaveText([
    '入退院支援①',
    '入退院支援②',
    '看取り（自宅）',
    '看取り（自宅以外）',
  ])
  await tabs.nth(2).click()
  await expect(tabs.nth(2)).toHaveAttribute('aria-current', 'true')
  await page.getByRole('button', { name: 'テーマカード' }).click()
  const card = page.getByRole('complementary')
  await expect(card).toContainText('その対策がもしうまくいったら課題解決に近づきそう？')
  await snap(page, 'theme2-card')
  await page.keyboard.press('Escape')
  await expect(card).toHaveCount(0)
})
