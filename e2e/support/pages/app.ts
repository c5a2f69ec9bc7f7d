import { expect, type Locator, type Page } from '@playwright/test'

/** What every screen has: the save status, the notices, the workshop in the address. */

/** Waits until the header says every change is saved (before a reload). */
export async function expectSaved(page: Page): Promise<void> {
  await expect(page.getByText('保存済み', { exact: true })).toBeVisible()
}

/** The notices (お知らせ: saved, deleted with 元に戻す, restored, errors). */
export function notices(page: Page): Locator {
  return page.getByRole('region', { name: 'お知らせ' })
}

/** The id of the workshop the page shows (`#/w/<id>/…`). */
export function workshopIdOf(page: Page): string {
  const id = /^#\/w\/([^/?]+)/.exec(new URL(page.url()).hash)?.[1]
  if (!id) throw new Error(`no workshop id in ${page.url()}`)
  return id
}
