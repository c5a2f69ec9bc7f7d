import { expect, test } from '@playwright/test'
import { createWorkshop, openHome } from '../support/pages/home'

test('switch to English and back; the choice is remembered', async ({ page }) => {
  await openHome(page)
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja')
  await expect(page.getByRole('button', { name: '日本語' })).toHaveAttribute('aria-pressed', 'true')

  await page.getByRole('button', { name: 'English' }).click()
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  await expect(page.getByRole('heading', { name: 'TaneBoard', level: 1 })).toBeVisible()
  await expect(page.getByRole('button', { name: 'New workshop' })).toBeVisible()
  await expect(page.getByRole('heading', { name: 'No workshops yet' })).toBeVisible()

  await page.reload()
  await expect(page.getByRole('button', { name: 'Open the sample workshop' })).toBeVisible()
  await page.getByRole('button', { name: 'Open the sample workshop' }).click()
  await expect(page.getByRole('link', { name: 'Timetable' })).toBeVisible()
  await expect(page.getByRole('banner').getByText(/Tue, 19 Nov 2024/)).toBeVisible()
  await page.getByRole('link', { name: 'Timetable' }).click()
  await expect(page.getByRole('columnheader', { name: 'Start' })).toBeVisible()
  await expect(page.getByRole('columnheader', { name: 'Content' })).toBeVisible()
  await page.getByRole('link', { name: 'Groups' }).click()
  await expect(page.getByRole('columnheader', { name: 'Chair' }).first()).toBeVisible()
  await expect(page.getByRole('checkbox', { name: 'Care manager' }).first()).toBeVisible()

  await page.getByRole('button', { name: '日本語' }).click()
  await expect(page.getByRole('columnheader', { name: '司会' }).first()).toBeVisible()
  await page.getByRole('link', { name: '研修会の一覧' }).click()
  await createWorkshop(page, '終日開催（試行①）')
  await expect(page.getByRole('columnheader', { name: '項目' })).toBeVisible()
})

test('in English, errors are English: a damaged file and a file too large say why in English', async ({
  page,
}) => {
  await openHome(page)
  await page.getByRole('button', { name: 'English' }).click()
  await page.getByRole('button', { name: 'Open the sample workshop' }).click()
  await expect(page.getByRole('link', { name: 'Timetable' })).toBeVisible()
  await page.goto('/#/')
  const cases = [
    {
      name: 'half.taneboard',
      buffer: Buffer.from('{"format":"taneboard-workshop","formatVersion":3,"appVersion":"0.1'),
      message: 'The file could not be read: it is damaged or incomplete.',
    },
    {
      name: 'huge.taneboard',
      buffer: Buffer.alloc(21 * 1024 * 1024, 0x20),
      message: 'The file is too large (limit 20 MB).',
    },
  ]
  for (const c of cases) {
    const chooser = page.waitForEvent('filechooser')
    await page.getByRole('button', { name: 'Import a file' }).click()
    await (await chooser).setFiles({ ...c, mimeType: 'application/octet-stream' })
    const dialog = page.getByRole('dialog', { name: 'Import a workshop file' })
    await expect(dialog.getByRole('alert')).toHaveText(c.message)
    await dialog.getByRole('button', { name: 'Close' }).click()
    await expect(dialog).toBeHidden()
  }
  await expect(page.getByRole('article')).toHaveCount(1)
})

test('in English, notices are English: a deleted workshop and its Undo', async ({ page }) => {
  await openHome(page)
  await page.getByRole('button', { name: 'English' }).click()
  await page.getByRole('button', { name: 'Open the sample workshop' }).click()
  await expect(page.getByRole('link', { name: 'Timetable' })).toBeVisible()
  await page.goto('/#/')
  const sample = page.getByRole('article').filter({ hasText: 'サンプル研修会' })
  await sample.getByRole('button', { name: 'Delete' }).click()
  await page
    .getByRole('dialog', { name: 'Delete “サンプル研修会”?' })
    .getByRole('button', { name: 'Delete' })
    .click()
  await expect(sample).toHaveCount(0)
  const noticeArea = page.getByRole('region', { name: 'Notices' })
  await expect(noticeArea.getByText('Deleted “サンプル研修会”.')).toBeVisible()
  await expect(noticeArea.getByText(/削除/)).toHaveCount(0)
  await noticeArea.getByRole('button', { name: 'Undo' }).click()
  await expect(sample).toBeVisible()

  // A deleted group on the setup screen: its notice and its Undo are English too.
  await sample.getByRole('button', { name: 'Open' }).click()
  await page.getByRole('link', { name: 'Groups' }).click()
  const groups = page.getByRole('article')
  const count = await groups.count()
  await groups.first().getByRole('button', { name: 'Delete group' }).click()
  await expect(groups).toHaveCount(count - 1)
  await expect(noticeArea.getByText(/^Deleted “.+”\.$/)).toBeVisible()
  await noticeArea.getByRole('button', { name: 'Undo' }).click()
  await expect(groups).toHaveCount(count)
})
