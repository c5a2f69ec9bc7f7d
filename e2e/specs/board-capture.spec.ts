import { expect, test } from '@playwright/test'
import { typeWithIme } from '../support/ime'
import { expectSaved, notices } from '../support/pages/app'
import { area, captureOf, note, notesOf, openNewBoard, typeNotes } from '../support/pages/board'
import { snap } from '../support/screenshots'

/**
 * テーマ1 board, writing notes: Japanese typed through an IME (the Enter that accepts the
 * conversion never adds a note), Shift+Enter line breaks, long text and emoji, undo/redo, and a
 * reload that finds everything in place.
 */

test('types notes through the IME; the converting Enter never adds a note', async ({ page }) => {
  await openNewBoard(page, 'テーマ1の練習')
  const field = captureOf(page, 'tray')
  await page.keyboard.press('n')
  await expect(field).toBeFocused()

  await typeWithIme(page, ['か', 'かぞ', 'かぞく'], '家族', { pressEnterToConvert: true })
  await expect(field).toHaveValue('家族')
  await expect(notesOf(page, 'tray')).toHaveCount(0)

  await typeWithIme(page, ['が', 'がふ', 'がふあ', 'がふあん'], 'が不安', {
    pressEnterToConvert: true,
  })
  await expect(field).toHaveValue('家族が不安')
  await expect(notesOf(page, 'tray')).toHaveCount(0)
  await page.keyboard.press('Enter')
  await expect(notesOf(page, 'tray')).toHaveText(['家族が不安'])
  await expect(field).toHaveValue('')
  await expect(field).toBeFocused()

  // The next note straight away, with a line break in it, into 看取り.
  const endOfLife = captureOf(page, 'endOfLife')
  await endOfLife.click()
  await typeWithIme(page, ['きゅうきゅうしゃ'], '救急車', { pressEnterToConvert: true })
  await page.keyboard.press('Shift+Enter')
  await typeWithIme(page, ['よんでしまう'], '呼んでしまう', { pressEnterToConvert: true })
  await expect(notesOf(page, 'endOfLife')).toHaveCount(0)
  await page.keyboard.press('Enter')
  await expect(notesOf(page, 'endOfLife')).toHaveText(['救急車\n呼んでしまう'])
  await expect(area(page, 'endOfLife').getByText('1枚', { exact: true })).toBeVisible()

  await expectSaved(page)
  await page.reload()
  await expect(notesOf(page, 'tray')).toHaveText(['家族が不安'])
  await expect(notesOf(page, 'endOfLife')).toHaveText(['救急車\n呼んでしまう'])
})

test('undo and redo every edit, from the keyboard and the header', async ({ page }) => {
  await openNewBoard(page, 'テーマ1の練習')
  const field = captureOf(page, 'daily')
  await typeNotes(page, 'daily', ['かかりつけ医がいない', '通院が難しい'])
  await expect(notesOf(page, 'daily')).toHaveText(['かかりつけ医がいない', '通院が難しい'])

  // Ctrl+Z in the empty capture field undoes the last note; the header's button too.
  await field.press('Control+z')
  await expect(notesOf(page, 'daily')).toHaveText(['かかりつけ医がいない'])
  await page.getByRole('button', { name: 'やり直す' }).click()
  await expect(notesOf(page, 'daily')).toHaveText(['かかりつけ医がいない', '通院が難しい'])

  // Delete a focused note, then bring it back with the notice's 元に戻す.
  await area(page, 'daily').getByText('通院が難しい').click()
  await page.keyboard.press('Delete')
  await expect(notesOf(page, 'daily')).toHaveText(['かかりつけ医がいない'])
  await notices(page).getByRole('button', { name: '元に戻す' }).click()
  await expect(notesOf(page, 'daily')).toHaveText(['かかりつけ医がいない', '通院が難しい'])

  // Edit in place with the IME, then Ctrl+Z outside the field puts the old text back.
  await area(page, 'daily').getByText('かかりつけ医がいない').dblclick()
  const editor = area(page, 'daily').getByRole('textbox', { name: /付箋の文章/ })
  await expect(editor).toBeFocused()
  await page.keyboard.press('End')
  await typeWithIme(page, ['と', 'とし'], '（転入者）', { pressEnterToConvert: true })
  await expect(editor).toBeVisible()
  await page.keyboard.press('Enter')
  await expect(notesOf(page, 'daily').first()).toHaveText('かかりつけ医がいない（転入者）')
  await page.keyboard.press('Control+z')
  await expect(notesOf(page, 'daily').first()).toHaveText('かかりつけ医がいない')
  await page.keyboard.press('Control+Shift+z')
  await expect(notesOf(page, 'daily').first()).toHaveText('かかりつけ医がいない（転入者）')
})

test('long text, emoji and many notes stay inside their areas', async ({ page }) => {
  await openNewBoard(page, 'テーマ1の練習')
  const long =
    '在宅での療養には適切に患者の痛みを取り除く緩和ケアが必要不可欠であるが、その知識や診療体制については不安を抱く医療機関が多い。'.repeat(
      6,
    )
  await typeNotes(page, 'admission', [
    long,
    '👨‍👩‍👧 家族が😢\n\n\n改行が続く\nhttps://example.jp/averyveryverylongurlwithoutanybreakopportunity/abcdefghijklmnopqrstuvwxyz',
    ...Array.from({ length: 60 }, (_, i) => `困りごと${i + 1}`),
  ])
  await expect(area(page, 'admission').getByText('62枚', { exact: true })).toBeVisible()

  const list = area(page, 'admission').locator('.board-area__notes')
  const sizes = await list.evaluate((el) => ({
    scrollWidth: el.scrollWidth,
    clientWidth: el.clientWidth,
    scrollHeight: el.scrollHeight,
    clientHeight: el.clientHeight,
  }))
  expect(sizes.scrollWidth).toBeLessThanOrEqual(sizes.clientWidth)
  expect(sizes.scrollHeight).toBeGreaterThan(sizes.clientHeight)
  // The page itself does not scroll: the area does.
  const page_ = await page.evaluate(() => ({
    width: document.documentElement.scrollWidth,
    height: document.documentElement.scrollHeight,
    innerWidth: window.innerWidth,
    innerHeight: window.innerHeight,
  }))
  expect(page_.width).toBeLessThanOrEqual(page_.innerWidth)
  expect(page_.height).toBeLessThanOrEqual(page_.innerHeight)
  // Every note stays within the list's width.
  const overflowing = await list.evaluate((el) => {
    const box = el.getBoundingClientRect()
    return [...el.querySelectorAll('[data-note-id]')].filter((note) => {
      const r = note.getBoundingClientRect()
      return r.left < box.left || r.right > box.right
    }).length
  })
  expect(overflowing).toBe(0)
  // The newest note was scrolled into view.
  await expect(area(page, 'admission').getByText('困りごと60', { exact: true })).toBeInViewport()
  await snap(page, '1366-board-many-bottom')
  await list.evaluate((el) => {
    el.scrollTop = 0
  })
  await snap(page, '1366-board-long-text')
})

test("after switching groups, undo stays on the board in view: never the other group's notes", async ({
  page,
}) => {
  await openNewBoard(page, '二つのテーブル', 2)
  await typeNotes(page, 'daily', ['Ａの困りごと'])
  await expect(notesOf(page, 'daily')).toHaveText(['Ａの困りごと'])

  const switchTo = async (name: string) => {
    await page.getByLabel('グループ', { exact: true }).selectOption({ label: name })
    await expect(page.getByRole('heading', { name, level: 1 })).toBeVisible()
  }
  const undo = page.getByRole('button', { name: '元に戻す' })
  await switchTo('Ｂグループ')
  await expect(undo).toBeDisabled()
  const field = captureOf(page, 'daily')
  await typeNotes(page, 'daily', ['Ｂの困りごと'])
  await expect(undo).toBeEnabled()
  await field.press('Control+z')
  await expect(notesOf(page, 'daily')).toHaveCount(0)
  await expect(undo).toBeDisabled()
  // Nothing more to undo here: Ａ's note (the older edit) is not touched.
  await field.press('Control+z')

  await switchTo('Ａグループ')
  await expect(notesOf(page, 'daily')).toHaveText(['Ａの困りごと'])
  await expect(undo).toBeEnabled()
  await undo.click()
  await expect(notesOf(page, 'daily')).toHaveCount(0)
})

test('one Tab stop per area: Tab crosses an area of notes at once; 1–4 jump to the scenes', async ({
  page,
}) => {
  await openNewBoard(page, 'テーマ1の練習')
  const tray = captureOf(page, 'tray')
  const lines = ['Ａ', 'Ｂ', 'Ｃ', 'Ｄ', 'Ｅ', 'Ｆ']
  await typeNotes(page, 'tray', lines)
  await expect(notesOf(page, 'tray')).toHaveText(lines)

  // From the capture field, one Shift+Tab reaches the area's notes (its first note) …
  await expect(tray).toBeFocused()
  await page.keyboard.press('Shift+Tab')
  await expect(note(page, 'Ａ')).toBeFocused()
  // … arrows and End go through them, and one Tab leaves them for the capture field.
  await page.keyboard.press('ArrowDown')
  await expect(note(page, 'Ｂ')).toBeFocused()
  await page.keyboard.press('End')
  await expect(note(page, 'Ｆ')).toBeFocused()
  await page.keyboard.press('Home')
  await expect(note(page, 'Ａ')).toBeFocused()
  await page.keyboard.press('ArrowDown')
  await page.keyboard.press('ArrowDown')
  await expect(note(page, 'Ｃ')).toBeFocused()
  await page.keyboard.press('Tab')
  await expect(tray).toBeFocused()
  // Back in: the note last focused there.
  await page.keyboard.press('Shift+Tab')
  await expect(note(page, 'Ｃ')).toBeFocused()

  // 1–4: the scenes' capture fields in display order (the tooltip says so); N: the tray's.
  await expect(captureOf(page, 'daily')).toHaveAttribute('title', /1 キー/)
  await page.keyboard.press('1')
  await expect(captureOf(page, 'daily')).toBeFocused()
  await note(page, 'Ｃ').focus()
  await page.keyboard.press('4')
  await expect(captureOf(page, 'endOfLife')).toBeFocused()
  // In a text field a digit is typed, not a jump.
  await page.keyboard.press('2')
  await expect(captureOf(page, 'endOfLife')).toHaveValue('2')
  await expect(captureOf(page, 'endOfLife')).toBeFocused()
})
