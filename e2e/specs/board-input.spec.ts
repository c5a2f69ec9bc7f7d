import { expect, test, type Locator, type Page } from '@playwright/test'
import { typeWithIme } from '../support/ime'
import { notices } from '../support/pages/app'
import { area, captureOf, note, notesOf, openNewBoard, typeNotes } from '../support/pages/board'

/**
 * テーマ1 board, what a 書記 does many times an hour (issue 17, points 2-5 and the chips' names):
 * the 見出し chip is for one note; pressed chips are named without their ✓; one keyboard move is
 * one undo step; a deletion's notice goes once Ctrl+Z brought the note back.
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
