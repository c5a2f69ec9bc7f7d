import { expect, test, type Locator, type Page } from '@playwright/test'
import { typeWithIme } from '../support/ime'
import { notices } from '../support/pages/app'
import { area, captureOf, note, notesOf, openNewBoard, typeNotes } from '../support/pages/board'
import { snap } from '../support/screenshots'

/**
 * テーマ1 board, what a 書記 does many times an hour (issue 17, points 2-5 and the chips' names):
 * the 見出し chip is for one note; pressed chips are named without their ✓; one keyboard move is
 * one undo step; a deletion's notice goes once Ctrl+Z brought the note back; a selection goes
 * under a 見出し with one key; a pasted list becomes one note per line after a preview.
 */

/** The accessible name Chromium itself computes for an element (its accessibility tree). */
async function chromiumName(page: Page, element: Locator): Promise<string> {
  const cdp = await page.context().newCDPSession(page)
  try {
    await element.evaluate((el) => {
      el.setAttribute('data-ax-probe', '')
    })
    const { root } = await cdp.send('DOM.getDocument', { depth: 0 })
    const { nodeId } = await cdp.send('DOM.querySelector', {
      nodeId: root.nodeId,
      selector: '[data-ax-probe]',
    })
    const { nodes } = await cdp.send('Accessibility.getPartialAXTree', {
      nodeId,
      fetchRelatives: false,
    })
    await element.evaluate((el) => {
      el.removeAttribute('data-ax-probe')
    })
    return String(nodes[0]?.name?.value ?? '')
  } finally {
    await cdp.detach()
  }
}

test('the 見出し chip is for one note: the next trouble is a 手元用 again; chips are named without ✓', async ({
  page,
}) => {
  await openNewBoard(page, 'テーマ1の練習')
  const daily = area(page, 'daily')
  const field = captureOf(page, 'daily')
  await field.click()
  const heading = daily.getByRole('button', { name: '見出し', exact: true })
  const hand = daily.getByRole('button', { name: '手元用', exact: true })
  await expect(hand).toHaveAttribute('aria-pressed', 'true')
  await heading.click()
  await expect(field).toBeFocused()
  // Pressed, it shows ✓ but is still named 「見出し」: the ✓ is decoration, aria-pressed says "on".
  await expect(heading).toHaveAttribute('aria-pressed', 'true')
  await expect(heading).toHaveAccessibleName('見出し')
  expect(await chromiumName(page, heading)).toBe('見出し')
  expect(
    await heading.evaluate((el) => getComputedStyle(el, '::before').content.startsWith('"✓"')),
  ).toBe(true)

  await typeWithIme(page, ['いりょう', 'いりょうに'], '医療につながらない', {
    pressEnterToConvert: true,
  })
  await page.keyboard.press('Enter')
  await expect(notesOf(page, 'daily')).toHaveText(['医療につながらない'])
  await expect(note(page, '医療につながらない')).toHaveAccessibleName('医療につながらない。見出し')
  // The chip went back to 手元用 by itself, and the next trouble is a 手元用.
  await expect(heading).toHaveAttribute('aria-pressed', 'false')
  await expect(hand).toHaveAttribute('aria-pressed', 'true')
  expect(await chromiumName(page, hand)).toBe('手元用')
  await expect(page.locator('[data-board-announcer]')).toHaveText(
    '見出し『医療につながらない』を日常療養に追加しました。次の付箋は手元用です。',
  )
  await expect(field).toBeFocused()
  await typeWithIme(page, ['じゅしん'], '受診を嫌がる', { pressEnterToConvert: true })
  await page.keyboard.press('Enter')
  await expect(notesOf(page, 'daily')).toHaveText(['医療につながらない', '受診を嫌がる'])
  await expect(note(page, '受診を嫌がる')).toHaveAccessibleName('受診を嫌がる')
})

test('one user action is one undo step: a keyboard move, and the deletion notice goes after Ctrl+Z', async ({
  page,
}) => {
  await openNewBoard(page, '並べ替えの練習')
  await typeNotes(page, 'tray', ['退院時の情報が遅い', '病院の敷居が高い'])
  const undoButton = page.getByRole('banner').getByRole('button', { name: '元に戻す' })

  // Space ↑ → → Space: three moves, one action.
  await note(page, '病院の敷居が高い').focus()
  await page.keyboard.press('Space')
  await page.keyboard.press('ArrowUp')
  await page.keyboard.press('ArrowRight')
  await page.keyboard.press('ArrowRight')
  await page.keyboard.press('Space')
  await expect(notesOf(page, 'admission')).toHaveText(['病院の敷居が高い'])
  await page.keyboard.press('Control+z')
  await expect(notesOf(page, 'tray')).toHaveText(['退院時の情報が遅い', '病院の敷居が高い'])
  await expect(notesOf(page, 'admission')).toHaveCount(0)
  await page.keyboard.press('Control+Shift+z')
  await expect(notesOf(page, 'admission')).toHaveText(['病院の敷居が高い'])
  await expect(notesOf(page, 'tray')).toHaveText(['退院時の情報が遅い'])

  // Delete, then Ctrl+Z: the note is back and the notice's 元に戻す, now pointless, is gone.
  await note(page, '退院時の情報が遅い').click()
  await page.keyboard.press('Delete')
  await expect(notesOf(page, 'tray')).toHaveCount(0)
  const deleted = notices(page).getByText('付箋を1枚削除しました。')
  await expect(deleted).toBeVisible()
  await page.keyboard.press('Control+z')
  await expect(notesOf(page, 'tray')).toHaveText(['退院時の情報が遅い'])
  await expect(deleted).toHaveCount(0)
  await expect(notices(page).getByRole('button', { name: '元に戻す' })).toHaveCount(0)

  // The same with the header's 元に戻す.
  await note(page, '退院時の情報が遅い').click()
  await page.keyboard.press('Delete')
  await expect(deleted).toBeVisible()
  await undoButton.click()
  await expect(notesOf(page, 'tray')).toHaveText(['退院時の情報が遅い'])
  await expect(deleted).toHaveCount(0)
})

test('put a selection under a 見出し: by keyboard Shift+Space per note, then G and one number; by pointer from the selection bar', async ({
  page,
}) => {
  await openNewBoard(page, 'まとめる練習')
  await typeNotes(page, 'tray', ['受診を嫌がる', '通院の足がない', '家族が不安'])
  const daily = area(page, 'daily')
  await captureOf(page, 'daily').click()
  await daily.getByRole('button', { name: '見出し', exact: true }).click()
  await typeNotes(page, 'daily', ['医療につながらない'])
  await captureOf(page, 'endOfLife').click()
  await area(page, 'endOfLife').getByRole('button', { name: '見出し', exact: true }).click()
  await typeNotes(page, 'endOfLife', ['家族の負担'])
  const live = page.locator('[data-board-announcer]')
  const cluster = (name: 'daily' | 'endOfLife') =>
    area(page, name).locator('.note-cluster--filled .note__text')

  // Keyboard: from the tray's field, Shift+Tab to its first note; Shift+Space, ↓, Shift+Space, G, 1.
  await captureOf(page, 'tray').focus()
  await page.keyboard.press('Shift+Tab')
  await expect(note(page, '受診を嫌がる')).toBeFocused()
  await page.keyboard.press('Shift+Space')
  await page.keyboard.press('ArrowDown')
  await page.keyboard.press('Shift+Space')
  await expect(live).toHaveText('2枚を選択しています。')
  await page.keyboard.press('g')
  const dialog = page.getByRole('dialog', { name: '見出しの下にまとめる' })
  await expect(dialog).toBeVisible()
  await expect(dialog).toContainText('『通院の足がない』とほか1枚を入れる見出しを選んでください。')
  const choices = dialog.getByRole('button', { name: /』（/ })
  await expect(choices).toHaveText([
    '1『医療につながらない』（日常療養）',
    '2『家族の負担』（看取り）',
  ])
  await expect(choices.first()).toBeFocused()
  await snap(page, 'p3-gather-dialog-1366')
  await page.keyboard.press('1')
  await expect(dialog).toBeHidden()
  await expect(cluster('daily')).toHaveText([
    '医療につながらない',
    '受診を嫌がる',
    '通院の足がない',
  ])
  await expect(notesOf(page, 'tray')).toHaveText(['家族が不安'])
  await expect(live).toHaveText(
    '『通院の足がない』とほか1枚を見出し『医療につながらない』の下に入れました。',
  )
  await expect(note(page, '通院の足がない')).toBeFocused()
  // One action, one undo step.
  await page.keyboard.press('Control+z')
  await expect(notesOf(page, 'tray')).toHaveText(['受診を嫌がる', '通院の足がない', '家族が不安'])
  await expect(cluster('daily')).toHaveCount(0)
  await page.keyboard.press('Control+Shift+z')
  await expect(cluster('daily')).toHaveText([
    '医療につながらない',
    '受診を嫌がる',
    '通院の足がない',
  ])

  // Pointer: click, Ctrl+click, the selection bar's 見出しの下にまとめる, a 見出し.
  await note(page, '家族が不安').click()
  await note(page, '受診を嫌がる').click({ modifiers: ['Control'] })
  const bar = page.getByRole('toolbar', { name: '選択した付箋の操作' })
  await expect(bar).toContainText('2枚を選択中')
  await snap(page, 'p3-selection-bar-1366')
  await bar.getByRole('button', { name: '見出しの下にまとめる' }).click()
  await dialog.getByRole('button', { name: '『家族の負担』（看取り）' }).click()
  await expect(cluster('endOfLife')).toHaveText(['家族の負担', '家族が不安', '受診を嫌がる'])
  await expect(bar).toBeHidden()
  await expect(notesOf(page, 'tray')).toHaveCount(0)
})

test('paste a list (an Excel column, a memo) into a capture field: a preview, one note per line, one undo step', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  await openNewBoard(page, '貼り付けの練習')
  const field = captureOf(page, 'daily')
  await field.click()
  const copy = (text: string) =>
    page.evaluate((value) => navigator.clipboard.writeText(value), text)

  // A single line just pastes.
  await copy('病院の敷居が高い')
  await page.keyboard.press('Control+v')
  await expect(field).toHaveValue('病院の敷居が高い')
  await field.fill('')

  // An Excel column: CR LF, a blank cell, a trailing line break.
  await copy('家族が不安\r\n夜間の訴えが強い\r\n\r\n・救急車を呼んでしまう\r\n受診を嫌がる\r\n')
  await page.keyboard.press('Control+v')
  const dialog = page.getByRole('dialog', { name: '付箋をまとめて追加' })
  await expect(dialog).toBeVisible()
  await expect(dialog).toContainText('日常療養の付箋4枚にします（1行が1枚）')
  const rows = dialog.getByRole('list', { name: '追加する付箋' }).getByRole('textbox')
  await expect(rows).toHaveCount(4)
  await expect(rows.nth(2)).toHaveValue('救急車を呼んでしまう')
  await expect(dialog.getByRole('button', { name: '4枚を追加' })).toBeFocused()
  await snap(page, 'p5-paste-preview-1366')

  // Edit a line through the IME (the converting Enter stays in the line), leave one out.
  await rows.nth(1).click()
  await page.keyboard.press('End')
  await typeWithIme(page, ['に'], '（認知症）', { pressEnterToConvert: true })
  await expect(rows.nth(1)).toHaveValue('夜間の訴えが強い（認知症）')
  await expect(rows.nth(1)).toBeFocused()
  await dialog.getByRole('button', { name: '4枚目を外す' }).click()
  await dialog.getByRole('button', { name: '3枚を追加' }).click()
  await expect(dialog).toBeHidden()
  await expect(notesOf(page, 'daily')).toHaveText([
    '家族が不安',
    '夜間の訴えが強い（認知症）',
    '救急車を呼んでしまう',
  ])
  await expect(field).toBeFocused()
  await expect(field).toHaveValue('')

  // One undo step takes the whole list back; redo brings it again.
  await page.keyboard.press('Control+z')
  await expect(notesOf(page, 'daily')).toHaveCount(0)
  await page.keyboard.press('Control+Shift+z')
  await expect(notesOf(page, 'daily')).toHaveCount(3)

  // A single line still just pastes.
  await copy('病院の敷居が高い')
  await page.keyboard.press('Control+v')
  await expect(field).toHaveValue('病院の敷居が高い')
  await expect(dialog).toBeHidden()
  // Escape cancels a list without adding anything.
  await field.fill('')
  await copy('一行目\n二行目')
  await page.keyboard.press('Control+v')
  await expect(dialog).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()
  await expect(notesOf(page, 'daily')).toHaveCount(3)
  await expect(field).toHaveValue('')
})
