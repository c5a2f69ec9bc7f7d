import { expect, test } from '@playwright/test'
import { expectSaved } from '../support/pages/app'
import { createWorkshop, openHome, openSampleWorkshop } from '../support/pages/home'
import { addGroups, openSection } from '../support/pages/setup'

const PAYLOADS = [
  '<img src=x onerror="window.__pwned=1">',
  '<svg onload="window.__pwned=2"></svg>',
  '"><script>window.__pwned=3</script>',
  'javascript:window.__pwned=4',
]

test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    const w = window as unknown as { __violations: string[] }
    w.__violations = []
    document.addEventListener('securitypolicyviolation', (event) => {
      w.__violations.push(`${event.violatedDirective} ${event.blockedURI}`)
    })
  })
})

test('the page is served with a strict CSP and runs without violating it', async ({ page }) => {
  const response = await page.goto('/')
  const header = response?.headers()['content-security-policy'] ?? ''
  expect(header).toContain("script-src 'self'")
  expect(header).not.toContain('unsafe-eval')
  expect(header).not.toContain('unsafe-inline')
  // No other page may frame the app (clickjacking); only a header can say so.
  expect(header).toContain("frame-ancestors 'none'")
  expect(header).toContain("require-trusted-types-for 'script'")
  const meta = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content')
  expect(meta).toContain("default-src 'none'")
  expect(meta).not.toContain('unsafe-eval')
  expect(meta).toContain("require-trusted-types-for 'script'")

  await openHome(page)
  await openSampleWorkshop(page)
  await openSection(page, 'グループ')
  await openSection(page, 'テーマカード')
  const violations = await page.evaluate(
    () => (window as unknown as { __violations: string[] }).__violations,
  )
  expect(violations).toEqual([])
})

test('text that looks like HTML is shown as text and never runs', async ({ page }) => {
  await openHome(page)
  await createWorkshop(page, '半日開催（試行②）', { title: PAYLOADS[0] })
  await openSection(page, 'グループ')
  for (const payload of PAYLOADS) {
    await addGroups(page)
    const nameField = page.getByRole('textbox', { name: 'グループ名' }).last()
    await nameField.fill(payload)
    await nameField.press('Enter')
  }
  await expectSaved(page)
  await page.reload()
  await openSection(page, 'グループ')
  const names = await page
    .getByRole('textbox', { name: 'グループ名' })
    .evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value))
  expect(names).toEqual(PAYLOADS)

  await page.goto('/')
  await expect(page.getByRole('heading', { name: PAYLOADS[0] })).toBeVisible()
  const state = await page.evaluate(() => ({
    pwned: (window as unknown as { __pwned?: number }).__pwned,
    injectedImages: document.querySelectorAll('img[src="x"], svg[onload]').length,
  }))
  expect(state).toEqual({ pwned: undefined, injectedImages: 0 })
})
