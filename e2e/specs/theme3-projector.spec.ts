import { expect, test } from '@playwright/test'
import {
  SAMPLE_CANVAS_NOTES,
  SAMPLE_PARKINSON_TANE,
  SAMPLE_QAS,
  SAMPLE_STATEMENT,
} from '../../src/shared/templates/sampleTheme3'
import { expectSaved } from '../support/pages/app'
import { openHome, openSampleWorkshop } from '../support/pages/home'
import { groupCard } from '../support/pages/setup'
import { snap } from '../support/screenshots'

/**
 * 投影 of テーマ3: the サンプル研修会's Ａグループ canvas shown read-only in a second page of the
 * same browser (as the projector window is): the 地域課題, the four areas with the テーマ1 タネ as a
 * live reference, the Q&A and the 伝達シート; an edit in the main window (the テーマ2 地域課題 the
 * canvas is linked to, a part of the 伝達シート) appears there within seconds.
 */

test('the テーマ3 projector view shows a canvas and follows edits made in the main window', async ({
  page,
  context,
}) => {
  await openHome(page)
  await openSampleWorkshop(page)
  await page.getByRole('link', { name: 'グループ' }).click()
  const group = groupCard(page, 'Ａグループ')
  const theme3 = await group
    .getByRole('link', { name: 'テーマ3', exact: true })
    .getAttribute('href')
  if (!theme3?.endsWith('/theme3')) throw new Error(`no テーマ3 link: ${String(theme3)}`)
  await group.getByRole('link', { name: 'テーマ2', exact: true }).click()
  await expect(page.getByRole('heading', { name: 'Ａグループ', level: 1 })).toBeVisible()

  const projector = await context.newPage()
  await projector.setViewportSize({ width: 1920, height: 1080 })
  await projector.goto(`/${theme3}/projector`)
  const view = projector.getByTestId('theme3-projector')
  await expect(projector.getByRole('heading', { name: 'Ａグループ', level: 1 })).toBeVisible()
  await expect(view.getByTestId('pj3-issue')).toHaveText(SAMPLE_STATEMENT)
  const facts = view.getByRole('region', { name: '事実・情報' })
  const tane = facts.getByTestId('pj3-note').filter({ hasText: SAMPLE_PARKINSON_TANE })
  await expect(tane).toContainText('テーマ1 付箋')
  for (const area of ['facts', 'thoughts', 'materials', 'share'] as const) {
    for (const text of SAMPLE_CANVAS_NOTES[area]) await expect(view.getByText(text)).toBeVisible()
  }
  await expect(view.locator('input, textarea')).toHaveCount(0)
  await snap(projector, 'theme3-projector-1920')

  // The 地域課題 comes live from テーマ2 (step ⑤ 絞り込み): rewording it there shows here within seconds.
  await page
    .getByRole('navigation', { name: '考える手順' })
    .getByRole('button', { name: /^⑤ / })
    .click()
  const statement = page.getByRole('textbox', { name: '地域課題（一行で）' })
  await expect(statement).toHaveValue(SAMPLE_STATEMENT)
  const reworded = '専門医・訪問診療医・ケアマネが気軽に相談できる関係づくり'
  await statement.fill(reworded)
  await statement.press('Enter')
  await expectSaved(page)
  await expect(view.getByTestId('pj3-issue')).toHaveText(reworded, { timeout: 5000 })

  // Q: the questions and answers.
  await projector.keyboard.press('q')
  await expect(view).toHaveAttribute('data-view', 'qa')
  await expect(view.getByText(SAMPLE_QAS[1]?.answer ?? '')).toBeVisible()
  await snap(projector, 'theme3-projector-1920-qa')

  // B: the 伝達シート, with an edit made on the brief in the main window.
  await page.goto(`/${theme3}/brief`)
  const share = page.getByRole('textbox', { name: '共有の方法（提案）', exact: true })
  await share.fill('・毎月の報告書に「伝えたいこと」の欄をつくる')
  await share.press('Control+Enter')
  await expectSaved(page)
  await projector.keyboard.press('b')
  await expect(view).toHaveAttribute('data-view', 'brief')
  await expect(view.getByText('・毎月の報告書に「伝えたいこと」の欄をつくる')).toBeVisible({
    timeout: 5000,
  })

  // At the laptop's size, with the text a step larger.
  await projector.keyboard.press('c')
  await projector.setViewportSize({ width: 1366, height: 768 })
  await projector.keyboard.press('+')
  await expect(view.getByRole('button', { name: /文字の大きさ 115%/ }).first()).toBeVisible()
  await snap(projector, 'theme3-projector-1366')
  await projector.keyboard.press('-')
  await projector.keyboard.press('b')
  await projector.setViewportSize({ width: 1920, height: 1080 })
  await snap(projector, 'theme3-projector-1920-brief')
})
