import { expect, test, type Locator, type Page } from '@playwright/test'

/** テーブル用ファイル: handing every group its file, and collecting the tables' files back. */

/** From the setup screen's header; ends when the screen's heading shows. */
export async function openTableFiles(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'テーブル用ファイル', exact: true }).click()
  await expect(page.getByText('テーブル用ファイル（ネットワークなし）')).toBeVisible()
}

/** 「テーブル用ファイルを一括作成」 in browser mode: the one .zip download; returns its path. */
export async function createTableFiles(page: Page): Promise<{ path: string; name: string }> {
  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: 'テーブル用ファイルを一括作成' }).click()
  const file = await download
  const path = `${test.info().outputDir}/${file.suggestedFilename()}`
  await file.saveAs(path)
  return { path, name: file.suggestedFilename() }
}

/**
 * 「テーブルから集める」: a folder (the browser's folder picker) or several files; returns the
 * summary once it shows.
 */
export async function collectFromTables(
  page: Page,
  pick: { folder: string } | { files: string[] },
): Promise<Locator> {
  const chooser = page.waitForEvent('filechooser')
  await page
    .getByRole('button', {
      name:
        'folder' in pick
          ? 'テーブルから集める（フォルダを選ぶ）'
          : 'テーブルから集める（ファイルを選ぶ）',
    })
    .click()
  await (await chooser).setFiles('folder' in pick ? pick.folder : pick.files)
  const summary = collectionSummary(page)
  await expect(summary).toBeVisible()
  return summary
}

/** 「集めた結果」 of the last collection. */
export function collectionSummary(page: Page): Locator {
  return page.getByRole('region', { name: /^集めた結果/ })
}

/** The summary's line of one file. */
export function summaryRow(summary: Locator, fileName: string): Locator {
  return summary.getByRole('row').filter({
    has: summary.page().getByRole('rowheader', { name: fileName, exact: true }),
  })
}
