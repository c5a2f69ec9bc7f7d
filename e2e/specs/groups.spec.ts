import { expect, test, type Locator } from '@playwright/test'
import { typeWithIme } from '../support/ime'
import { expectSaved, notices } from '../support/pages/app'
import { createWorkshop, openHome } from '../support/pages/home'
import { addGroups, groupCard, openSection } from '../support/pages/setup'

interface Person {
  name: string
  position: 'コーディネーター' | '市町村担当者' | 'その他'
  affiliation: string
  years: string
  qualifications: string[]
}

const PEOPLE: Person[] = [
  {
    name: '山田 花子',
    position: '市町村担当者',
    affiliation: '○○市 高齢福祉課',
    years: '2',
    qualifications: ['保健師'],
  },
  {
    name: '鈴木 一郎',
    position: 'コーディネーター',
    affiliation: '○○市医師会',
    years: '6',
    qualifications: ['社会福祉士', '介護支援専門員'],
  },
  {
    name: '佐藤 美咲',
    position: 'コーディネーター',
    affiliation: '△△病院 地域医療連携室',
    years: '1',
    qualifications: ['看護師'],
  },
  {
    name: '田中 健太',
    position: '市町村担当者',
    affiliation: '△△市 地域包括ケア推進課',
    years: '0.5',
    qualifications: [],
  },
]

async function fillMember(card: Locator, index: number, person: Person): Promise<void> {
  const name = card.getByLabel(`${index + 1}人目 氏名`, { exact: true })
  await name.fill(person.name)
  await name.press('Enter')
  await card.getByLabel(`${person.name} 立場`).selectOption({ label: person.position })
  const affiliation = card.getByLabel(`${person.name} 所属`)
  await affiliation.fill(person.affiliation)
  await affiliation.press('Tab')
  const years = card.getByLabel(`${person.name} 経験年数（年）`)
  await years.fill(person.years)
  await years.press('Tab')
  const row = card.getByRole('row').filter({ has: card.page().getByLabel(`${person.name} 所属`) })
  for (const qualification of person.qualifications) {
    await row.getByRole('checkbox', { name: qualification }).check()
  }
}

test('groups with members, roles and the 5～6名 hint survive a reload', async ({ page }) => {
  await openHome(page)
  await createWorkshop(page, '半日開催（試行②）')
  await openSection(page, 'グループ')
  await expect(page.getByText('まだグループがありません。')).toBeVisible()

  await addGroups(page)
  const groupA = groupCard(page, 'Ａグループ')
  await expect(groupA.getByRole('textbox', { name: 'グループ名' })).toBeFocused()
  await expect(groupA.getByText('0名')).toBeVisible()

  for (const [index, person] of PEOPLE.entries()) {
    await groupA.getByRole('button', { name: 'メンバーを追加' }).click()
    await expect(groupA.getByLabel(`${index + 1}人目 氏名`, { exact: true })).toBeFocused()
    await fillMember(groupA, index, person)
  }
  await expect(groupA.getByText('4名')).toBeVisible()
  await expect(groupA.getByText('5～6名程度が目安です（あと1名）')).toBeVisible()

  // The fifth member's name is typed in Japanese through the IME.
  await groupA.getByRole('button', { name: 'メンバーを追加' }).click()
  await expect(groupA.getByLabel('5人目 氏名', { exact: true })).toBeFocused()
  await typeWithIme(page, ['わ', 'わた', 'わたなべ'], '渡辺', { pressEnterToConvert: true })
  await page.keyboard.insertText(' 恵子')
  await page.keyboard.press('Enter')
  await expect(groupA.getByLabel('渡辺 恵子 立場')).toBeVisible()
  await expect(groupA.getByText('5名')).toBeVisible()
  await expect(groupA.getByText('人数は目安どおりです')).toBeVisible()

  // 司会 and 書記: municipal officers, as in the report.
  await groupA.getByRole('radio', { name: '山田 花子を司会にする' }).check()
  await groupA.getByRole('radio', { name: '田中 健太を書記にする' }).check()
  await expect(groupA.getByText('司会：山田 花子')).toBeVisible()
  await expect(groupA.getByText('書記：田中 健太')).toBeVisible()
  await groupA.getByRole('radio', { name: '鈴木 一郎を書記にする' }).check()
  await expect(
    groupA.getByText('報告書では、司会・書記は市町村担当者が担当しています。'),
  ).toBeVisible()
  await groupA.getByRole('radio', { name: '田中 健太を書記にする' }).check()
  await expect(
    groupA.getByText('報告書では、司会・書記は市町村担当者が担当しています。'),
  ).toBeHidden()

  // A second group, renamed.
  await addGroups(page)
  const groupName = groupCard(page, 'Ｂグループ').getByRole('textbox', { name: 'グループ名' })
  await groupName.fill('前橋グループ')
  await groupName.press('Enter')
  await expect(groupCard(page, '前橋グループ')).toBeVisible()
  await expect(page.getByText('2グループ・5名')).toBeVisible()

  await expectSaved(page)
  await page.reload()
  await expect(page.getByText('2グループ・5名')).toBeVisible()
  const reloaded = groupCard(page, 'Ａグループ')
  await expect(reloaded.getByLabel('1人目 氏名', { exact: true })).toHaveValue('山田 花子')
  await expect(reloaded.getByLabel('5人目 氏名', { exact: true })).toHaveValue('渡辺 恵子')
  await expect(reloaded.getByLabel('鈴木 一郎 立場')).toHaveValue('coordinator')
  await expect(reloaded.getByLabel('田中 健太 経験年数（年）')).toHaveValue('0.5')
  const suzuki = reloaded.getByRole('row').filter({ has: page.getByLabel('鈴木 一郎 所属') })
  await expect(suzuki.getByRole('checkbox', { name: '社会福祉士' })).toBeChecked()
  await expect(suzuki.getByRole('checkbox', { name: '介護支援専門員' })).toBeChecked()
  await expect(suzuki.getByRole('checkbox', { name: '看護師' })).not.toBeChecked()
  await expect(reloaded.getByRole('radio', { name: '山田 花子を司会にする' })).toBeChecked()
  await expect(reloaded.getByText('書記：田中 健太')).toBeVisible()
})

test('removing a member or a group can be undone from the notice', async ({ page }) => {
  await openHome(page)
  await createWorkshop(page, '終日開催（試行①）')
  await openSection(page, 'グループ')
  await addGroups(page, 2)
  const groupA = groupCard(page, 'Ａグループ')
  await groupA.getByRole('button', { name: 'メンバーを追加' }).click()
  await fillMember(groupA, 0, PEOPLE[0]!)
  await groupA.getByRole('radio', { name: '山田 花子を司会にする' }).check()

  await groupA.getByRole('button', { name: '山田 花子を削除' }).click()
  await expect(groupA.getByText('0名')).toBeVisible()
  const noticeArea = notices(page)
  await expect(noticeArea.getByText('山田 花子さんをグループから外しました。')).toBeVisible()
  await noticeArea.getByRole('button', { name: '元に戻す' }).click()
  await expect(groupA.getByLabel('1人目 氏名', { exact: true })).toHaveValue('山田 花子')
  await expect(groupA.getByText('司会：山田 花子')).toBeVisible()

  await groupCard(page, 'Ｂグループ').getByRole('button', { name: 'グループを削除' }).click()
  await expect(groupCard(page, 'Ｂグループ')).toHaveCount(0)
  await expect(noticeArea.getByText('「Ｂグループ」を削除しました。')).toBeVisible()
  await noticeArea.getByRole('button', { name: '元に戻す' }).click()
  await expect(groupCard(page, 'Ｂグループ')).toBeVisible()

  // The header's 元に戻す undoes the restore, Ctrl+Shift+Z brings it back again.
  await page.getByRole('banner').getByRole('button', { name: '元に戻す' }).click()
  await expect(groupCard(page, 'Ｂグループ')).toHaveCount(0)
  await page.keyboard.press('Control+Shift+Z')
  await expect(groupCard(page, 'Ｂグループ')).toBeVisible()
})
