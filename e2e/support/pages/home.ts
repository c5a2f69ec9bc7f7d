import { expect, type Locator, type Page } from '@playwright/test'

/** ホーム: the list of workshops, creating one from a template, the サンプル研修会, importing. */

/** Opens the home screen on an empty profile. */
export async function openHome(page: Page): Promise<void> {
  await page.goto('/')
  await expect(page.getByRole('heading', { name: 'タネボード', level: 1 })).toBeVisible()
}

/** Creates a workshop from a template through the dialog; ends on its タイムテーブル. */
export async function createWorkshop(
  page: Page,
  template: '終日開催（試行①）' | '半日開催（試行②）',
  input: { title?: string; date?: string; venue?: string } = {},
): Promise<void> {
  await page.getByRole('button', { name: '新しい研修会をつくる' }).click()
  const dialog = page.getByRole('dialog', { name: '新しい研修会をつくる' })
  await expect(dialog).toBeVisible()
  await dialog.getByRole('radio', { name: new RegExp(template.replace(/[()（）]/g, '.')) }).check()
  if (input.title !== undefined) await dialog.getByLabel('研修会名').fill(input.title)
  if (input.date !== undefined) await dialog.getByLabel('開催日').fill(input.date)
  if (input.venue !== undefined) await dialog.getByLabel('会場').fill(input.venue)
  await dialog.getByRole('button', { name: '作成' }).click()
  await expect(page.getByRole('heading', { name: 'タイムテーブル', level: 2 })).toBeVisible()
}

/** サンプル研修会を開く on ホーム; ends when the sample's title shows. */
export async function openSampleWorkshop(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'サンプル研修会を開く' }).click()
  await expect(page.getByRole('heading', { name: 'サンプル研修会', level: 1 })).toBeVisible()
}

/** ホーム → ファイルから取り込む, choosing `file`; returns the import dialog. */
export async function startImport(
  page: Page,
  file: string | { name: string; mimeType: string; buffer: Buffer },
): Promise<Locator> {
  await page.goto('/#/')
  const chooser = page.waitForEvent('filechooser')
  await page.getByRole('button', { name: 'ファイルから取り込む' }).click()
  await (await chooser).setFiles(file)
  const dialog = page.getByRole('dialog', { name: '研修会ファイルの取り込み' })
  await expect(dialog).toBeVisible()
  return dialog
}
