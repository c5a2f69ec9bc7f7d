import { expect, test } from '@playwright/test'
import { boardUrl, buildLargeBoard } from '../../testing/browser/largeBoard'
import { seedThroughSnapshot } from '../../testing/browser/seedWorkshop'
import { expectSaved } from '../support/pages/app'
import {
  area,
  type BoardArea,
  note,
  notesOf,
  openNewBoard,
  typeNotes,
} from '../support/pages/board'
import { drag } from '../support/pointer'
import { snap } from '../support/screenshots'

/**
 * テーマ1 board, sorting notes: pointer drags between the tray and the scenes, between notes and
 * onto a 見出し; a selection moved together; keyboard moving (pick up, arrows, drop, cancel);
 * a note in two scenes; undo; a reload that finds the board as it was; a full board (300 notes)
 * whose scrolling lists neither catch drops meant for the row below nor stop scrolling.
 */

test('drag between scenes, between notes, onto a 見出し, and a selection together', async ({
  page,
}) => {
  await openNewBoard(page, '並べ替えの練習')
  await typeNotes(page, 'tray', ['Ａ', 'Ｂ', 'Ｃ', 'Ｄ', 'Ｅ'])
  const daily = area(page, 'daily')
  await daily.locator('[data-capture]').click()
  await daily.getByRole('button', { name: '見出し' }).click()
  await typeNotes(page, 'daily', ['医療につながらない'])

  // The tray → an empty scene: the note lands there.
  await drag(page, note(page, 'Ａ'), area(page, 'admission').locator('.board-area__notes'))
  await expect(notesOf(page, 'admission')).toHaveText(['Ａ'])
  await expect(notesOf(page, 'tray')).toHaveText(['Ｂ', 'Ｃ', 'Ｄ', 'Ｅ'])

  // Onto the left half of a note: before it.
  await drag(page, note(page, 'Ｃ'), note(page, 'Ａ'), { x: 0.2 })
  await expect(notesOf(page, 'admission')).toHaveText(['Ｃ', 'Ａ'])

  // Onto a 見出し: gathered under it (shown inside its cluster).
  await drag(page, note(page, 'Ｂ'), note(page, '医療につながらない'), { x: 0.6 })
  const cluster = daily.locator('.note-cluster--filled')
  await expect(cluster.locator('.note__text')).toHaveText(['医療につながらない', 'Ｂ'])

  // A selection (click, Ctrl+click) moves together.
  await note(page, 'Ｄ').click()
  await note(page, 'Ｅ').click({ modifiers: ['Control'] })
  await expect(page.locator('.note.is-selected')).toHaveCount(2)
  await drag(page, note(page, 'Ｅ'), area(page, 'endOfLife').locator('.board-area__notes'))
  await expect(notesOf(page, 'endOfLife')).toHaveText(['Ｄ', 'Ｅ'])
  await expect(notesOf(page, 'tray')).toHaveCount(0)
  await snap(page, '1366-board-after-drags')

  // One drag is one undo step.
  await page.keyboard.press('Control+z')
  await expect(notesOf(page, 'tray')).toHaveText(['Ｄ', 'Ｅ'])
  await page.keyboard.press('Control+Shift+z')
  await expect(notesOf(page, 'endOfLife')).toHaveText(['Ｄ', 'Ｅ'])

  await expectSaved(page)
  await page.reload()
  await expect(notesOf(page, 'admission')).toHaveText(['Ｃ', 'Ａ'])
  await expect(daily.locator('.note-cluster--filled .note__text')).toHaveText([
    '医療につながらない',
    'Ｂ',
  ])
  await expect(notesOf(page, 'endOfLife')).toHaveText(['Ｄ', 'Ｅ'])
})

test('move a note with the keyboard: Space, arrows, Space; Escape cancels', async ({ page }) => {
  await openNewBoard(page, '並べ替えの練習')
  await typeNotes(page, 'tray', ['退院時の情報が遅い', '病院の敷居が高い'])
  const live = page.locator('[data-board-announcer]')

  await note(page, '病院の敷居が高い').focus()
  await page.keyboard.press('Space')
  await expect(live).toContainText('『病院の敷居が高い』を持ち上げました')
  await page.keyboard.press('ArrowUp')
  await expect(live).toHaveText('『病院の敷居が高い』を未分類（トレイ）の1番目に移動しました')
  await page.keyboard.press('ArrowRight')
  await page.keyboard.press('ArrowRight')
  await expect(live).toHaveText('『病院の敷居が高い』を入退院支援の1番目に移動しました')
  await expect(note(page, '病院の敷居が高い')).toBeFocused()
  await page.keyboard.press('Space')
  await expect(live).toContainText('入退院支援の1番目に置きました')
  await expect(notesOf(page, 'admission')).toHaveText(['病院の敷居が高い'])

  // Picked up again and moved, then Escape: back where it was.
  await page.keyboard.press('Space')
  await page.keyboard.press('ArrowRight')
  await expect(notesOf(page, 'emergency')).toHaveText(['病院の敷居が高い'])
  await page.keyboard.press('Escape')
  await expect(notesOf(page, 'admission')).toHaveText(['病院の敷居が高い'])
  await expect(notesOf(page, 'emergency')).toHaveCount(0)
  await expect(live).toContainText('移動を取り消しました')

  // Two notes selected with Shift+Space move together (Escape first: the moved note is selected).
  await page.keyboard.press('Escape')
  await note(page, '退院時の情報が遅い').focus()
  await page.keyboard.press('Shift+Space')
  await note(page, '病院の敷居が高い').focus()
  await page.keyboard.press('Shift+Space')
  await page.keyboard.press('Space')
  await page.keyboard.press('ArrowRight')
  await page.keyboard.press('ArrowRight')
  await page.keyboard.press('Space')
  await expect(notesOf(page, 'endOfLife')).toHaveText(['退院時の情報が遅い', '病院の敷居が高い'])
})

test('gather a note under a 見出し with the keyboard only (note menu), kept after a reload', async ({
  page,
}) => {
  await openNewBoard(page, '並べ替えの練習')
  await typeNotes(page, 'tray', ['医療につながらない', '受診を嫌がる'])
  const live = page.locator('[data-board-announcer]')
  const menu = page.getByRole('dialog', { name: '付箋の設定' })

  // Make the first note a 見出し (menu: the kind radio, →) and move it to 日常療養 (Space, →, Space).
  await note(page, '医療につながらない').focus()
  await page.keyboard.press('Shift+F10')
  await expect(menu).toBeVisible()
  await expect(menu.getByRole('radio', { name: '手元用' })).toBeFocused()
  await page.keyboard.press('ArrowRight')
  await expect(menu.getByRole('radio', { name: '見出し' })).toBeChecked()
  await page.keyboard.press('Escape')
  await expect(menu).toBeHidden()
  await expect(note(page, '医療につながらない')).toBeFocused()
  await page.keyboard.press('Space')
  await page.keyboard.press('ArrowRight')
  await page.keyboard.press('Space')
  await expect(notesOf(page, 'daily')).toHaveText(['医療につながらない'])

  // The other note: menu → Tab to 見出しの下に入れる → Enter.
  await note(page, '受診を嫌がる').focus()
  await page.keyboard.press('Shift+F10')
  const choice = menu
    .getByRole('group', { name: '見出しの下に入れる' })
    .getByRole('button', { name: '『医療につながらない』（日常療養）' })
  await expect(choice).toBeVisible()
  for (let i = 0; i < 40; i += 1) {
    if (await choice.evaluate((el) => el === document.activeElement)) break
    await page.keyboard.press('Tab')
  }
  await expect(choice).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(menu).toBeHidden()
  await expect(live).toHaveText('『受診を嫌がる』を見出し『医療につながらない』の下に入れました。')
  await expect(note(page, '受診を嫌がる')).toBeFocused()
  const cluster = area(page, 'daily').locator('.note-cluster--filled')
  await expect(cluster.locator('.note__text')).toHaveText(['医療につながらない', '受診を嫌がる'])
  await expect(notesOf(page, 'tray')).toHaveCount(0)

  await expectSaved(page)
  await page.reload()
  await expect(area(page, 'daily').locator('.note-cluster--filled .note__text')).toHaveText([
    '医療につながらない',
    '受診を嫌がる',
  ])
})

test('a note in two scenes shows in both, linked, and survives a reload', async ({ page }) => {
  await openNewBoard(page, '並べ替えの練習')
  await typeNotes(page, 'admission', ['病院はMSWがいるからいいけど、開業医の対応に困っている'])
  const text = '病院はMSWがいるからいいけど、開業医の対応に困っている'
  await note(page, text).focus()
  await page.keyboard.press('Shift+F10')
  const menu = page.getByRole('dialog', { name: '付箋の設定' })
  await expect(menu).toBeVisible()
  await menu.getByRole('checkbox', { name: '日常療養' }).check()
  await menu.getByRole('checkbox', { name: '患者' }).check()
  await menu.getByRole('checkbox', { name: 'タネ' }).check()
  await page.keyboard.press('Escape')
  await expect(menu).toBeHidden()
  await expect(note(page, text)).toBeFocused()

  const secondary = area(page, 'daily').locator('[data-secondary]')
  await expect(secondary).toHaveCount(1)
  await expect(secondary).toContainText('＋入退院支援')
  await expect(note(page, text)).toContainText('＋日常療養')
  await expect(note(page, text)).toContainText('患者')
  await expect(note(page, text)).toContainText('タネ')

  await expectSaved(page)
  await page.reload()
  await expect(area(page, 'daily').locator('[data-secondary]')).toContainText(text)
  await expect(notesOf(page, 'admission')).toHaveText([text])
})

test('on a board of 300 notes, a drop into the lower row lands there; a long list scrolls', async ({
  page,
}) => {
  const workshop = buildLargeBoard(300)
  await seedThroughSnapshot(page, workshop)
  await page.goto(boardUrl(workshop))
  await expect(page.locator('[data-note-id]')).toHaveCount(workshop.notes)

  // 入退院支援's list scrolls: the notes hidden below it lie over 看取り's title.
  const list = (name: BoardArea) => area(page, name).locator('.board-area__notes')
  expect(await list('admission').evaluate((el) => el.scrollHeight > el.clientHeight * 2)).toBe(true)
  const moved = area(page, 'admission').locator('[data-note-id]').first()
  const id = await moved.getAttribute('data-note-id')
  await drag(page, moved, area(page, 'endOfLife').locator('.board-area__title'))
  await expect(area(page, 'endOfLife').locator(`[data-note-id="${id}"]`)).toHaveCount(1)
  await expect(area(page, 'admission').locator(`[data-note-id="${id}"]`)).toHaveCount(0)

  // Held near the bottom of 日常療養's list, a dragged note scrolls it (to drop further down).
  const box = await list('daily').boundingBox()
  const source = await area(page, 'daily').locator('[data-note-id]').first().boundingBox()
  if (!box || !source) throw new Error('no list or note on screen')
  await page.mouse.move(source.x + source.width / 2, source.y + source.height / 2)
  await page.mouse.down()
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 5 })
  await page.mouse.move(box.x + box.width / 2, box.y + box.height - 6, { steps: 5 })
  await expect.poll(() => list('daily').evaluate((el) => el.scrollTop)).toBeGreaterThan(100)
  await page.keyboard.press('Escape')
  await page.mouse.up()
})
