import { act, fireEvent, render, screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { workshopGroups } from '../../../shared/ops/groupOps'
import { fakeContext } from '../../../shared/testing/fakeContext'
import { makeTestDoc } from '../../testing/testDocs'
import { GroupsSection } from './GroupsSection'
import { createHarness } from './testing/setupHarness'

async function setup(groups = 1) {
  const ctx = fakeContext()
  const doc = makeTestDoc(ctx, { rows: 0, groups })
  const { Harness, log } = await createHarness(GroupsSection, doc, ctx)
  render(<Harness />)
  return { log }
}

describe('GroupsSection', () => {
  it('adds members, counts them and hints at the 5～6名 guide', async () => {
    const { log } = await setup()
    const card = screen.getByRole('article', { name: 'Ａグループ' })
    expect(within(card).getByText('0名')).toBeTruthy()
    expect(within(card).getByText(/5～6名程度が目安です（あと5名）/)).toBeTruthy()
    for (let i = 0; i < 7; i += 1) {
      fireEvent.click(within(card).getByRole('button', { name: /メンバーを追加/ }))
    }
    expect(workshopGroups(log.doc)[0]?.members).toHaveLength(7)
    expect(within(card).getByText('7名')).toBeTruthy()
    expect(within(card).getByText(/（1名多い）/)).toBeTruthy()
    expect(document.activeElement).toBe(within(card).getByLabelText('7人目 氏名'))
  })

  it('sets 司会 and 書記 with radios and shows them in the summary', async () => {
    const { log } = await setup()
    const card = screen.getByRole('article', { name: 'Ａグループ' })
    fireEvent.click(within(card).getByRole('button', { name: /メンバーを追加/ }))
    const name = within(card).getByLabelText('1人目 氏名')
    fireEvent.change(name, { target: { value: '佐藤 一郎' } })
    fireEvent.blur(name)
    fireEvent.change(within(card).getByLabelText('佐藤 一郎 立場'), {
      target: { value: 'municipal' },
    })
    fireEvent.click(within(card).getByRole('radio', { name: '佐藤 一郎を司会にする' }))
    fireEvent.click(within(card).getByRole('radio', { name: '佐藤 一郎を書記にする' }))
    const group = workshopGroups(log.doc)[0]!
    expect(group.moderatorId).toBe(group.members[0]?.id)
    expect(group.scribeId).toBe(group.members[0]?.id)
    expect(within(card).getByText('司会：佐藤 一郎')).toBeTruthy()
    expect(within(card).getByText('書記：佐藤 一郎')).toBeTruthy()

    fireEvent.click(within(card).getByRole('checkbox', { name: '看護師' }))
    fireEvent.click(within(card).getByRole('checkbox', { name: '保健師' }))
    expect(workshopGroups(log.doc)[0]?.members[0]?.qualifications).toEqual(['保健師', '看護師'])
  })

  it('removes a group with a notice whose 元に戻す brings it back', async () => {
    const { log } = await setup(2)
    const card = screen.getByRole('article', { name: 'Ｂグループ' })
    fireEvent.click(within(card).getByRole('button', { name: 'グループを削除' }))
    expect(workshopGroups(log.doc).map((g) => g.name)).toEqual(['Ａグループ'])
    expect(log.notices.at(-1)?.message).toBe('「Ｂグループ」を削除しました。')
    act(() => log.notices.at(-1)?.action?.run())
    expect(workshopGroups(log.doc).map((g) => g.name)).toEqual(['Ａグループ', 'Ｂグループ'])
  })
})
