import { expect, test, type Page } from '@playwright/test'
import { workshopIdOf } from './app'

/** 書き出し: the workshop file (.taneboard) of every group or one. */

/** 書き出し → 研修会ファイル, for every group or only `groupName`; returns the file's path. */
export async function exportWorkshopFile(page: Page, groupName?: string): Promise<string> {
  await page.goto(`/#/w/${workshopIdOf(page)}/export`)
  await expect(page.getByRole('button', { name: '研修会ファイル（.taneboard）' })).toBeVisible()
  if (groupName) {
    await page.getByRole('radio', { name: 'グループを選ぶ' }).check()
    for (const box of await page.locator('.export-group-list input[type=checkbox]').all()) {
      const label = await box.evaluate((el) => el.parentElement?.textContent ?? '')
      if (label.trim() === groupName) await box.check()
      else await box.uncheck()
    }
  }
  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: '研修会ファイル（.taneboard）' }).click()
  const file = await download
  expect(file.suggestedFilename()).toMatch(/\.taneboard$/)
  const path = `${test.info().outputDir}/${file.suggestedFilename()}`
  await file.saveAs(path)
  return path
}
