import { act, fireEvent, screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { workshopGroups } from '../../../shared/ops/groupOps'
import { plenaryOrder } from '../../../shared/timer/plenaryOrder'
import { initialPlenaryState, plenaryStart } from '../../../shared/timer/plenaryTimer'
import { renderConsolePart } from './testing/groupTestHarness'
import { PlenaryPanel } from './PlenaryPanel'
import { PlenaryProjector } from './PlenaryProjector'
import { groupItems, plenaryThemes, stepPlenary } from './plenarySlides'

afterEach(() => {
  vi.restoreAllMocks()
})

const orderNames = () =>
  within(screen.getByRole('list', { name: '発表順' }))
    .getAllByRole('listitem')
    .map((li) => li.querySelector('.plenary-order-name')?.textContent ?? '')

const shownKey = () => screen.getByRole('article').getAttribute('data-slide-key')

describe('PlenaryPanel', () => {
  it('orders the groups by number or shuffled with the seed, and moves a group by hand', async () => {
    const h = await renderConsolePart((id, store) => <PlenaryPanel workshopId={id} store={store} />)
    fireEvent.click(screen.getByRole('button', { name: '番号順' }))
    expect(orderNames()).toEqual(['Ａグループ', 'Ｂグループ', 'Ｃグループ'])

    vi.spyOn(Date, 'now').mockReturnValue(1_700_000_000_123)
    fireEvent.click(screen.getByRole('button', { name: 'シャッフル' }))
    const state = h.store.getState().data.plenary
    expect(state?.orderMode).toBe('shuffled')
    const seed = 1_700_000_000_123 % 2_147_483_647
    expect(state?.seed).toBe(seed)
    const ids = workshopGroups(h.doc()).map((g) => g.id)
    expect(state?.order).toEqual(plenaryOrder(ids, 'shuffled', seed))

    fireEvent.click(screen.getByRole('button', { name: '番号順' }))
    fireEvent.click(screen.getByRole('button', { name: 'Ｃグループを前へ' }))
    expect(orderNames()).toEqual(['Ａグループ', 'Ｃグループ', 'Ｂグループ'])
  })

  it('gives each group 全体共有 ÷ groups, 発表 + 講評, adjustable, and shows the time left and overtime', async () => {
    const h = await renderConsolePart((id, store) => <PlenaryPanel workshopId={id} store={store} />)
    fireEvent.click(screen.getByRole('button', { name: '番号順' }))
    const time = screen.getByRole('group', { name: '持ち時間（1グループ）' })
    const minutes = within(time).getByRole('spinbutton', { name: '持ち時間（分）' })
    const seconds = within(time).getByRole('spinbutton', { name: '持ち時間（秒）' })
    expect((minutes as HTMLInputElement).value).toBe('15')
    expect((seconds as HTMLInputElement).value).toBe('0')
    expect(time.textContent).toContain('全体共有 45分 ÷ 3グループ ＝ 15分')
    expect(screen.getByTestId('plenary-split').textContent).toBe('発表 12分 ＋ 講評 3分')
    expect(screen.getByTestId('plenary-remaining').textContent).toBe('15:00')

    fireEvent.change(minutes, { target: { value: '10' } })
    expect(h.store.getState().data.plenary?.overrideMinutes).toBe(10)
    expect(screen.getByTestId('plenary-remaining').textContent).toBe('10:00')
    // 10 minutes × 3 fit in 45; 20 × 3 do not: the console says by how much.
    expect(screen.queryByRole('alert')).toBeNull()
    fireEvent.change(minutes, { target: { value: '20' } })
    expect(screen.getByTestId('plenary-split').textContent).toBe('発表 15分 ＋ 講評 5分')
    expect(screen.getByRole('alert').textContent).toContain(
      '持ち時間の合計（60分）が全体共有の45分を15分超えています。',
    )
    fireEvent.click(screen.getByRole('button', { name: '均等に戻す' }))
    expect(h.store.getState().data.plenary?.overrideMinutes).toBeNull()
    expect(screen.queryByRole('alert')).toBeNull()
    // 講評 only in the 総括: the whole slot is 発表.
    fireEvent.click(screen.getByRole('button', { name: '総括のみ' }))
    expect(screen.getByTestId('plenary-split').textContent).toBe('発表 15分（講評は総括で）')
    fireEvent.click(screen.getByRole('button', { name: '発表ごとに講評' }))
    fireEvent.change(screen.getByRole('spinbutton', { name: '講評（分）' }), {
      target: { value: '2' },
    })
    expect(screen.getByTestId('plenary-split').textContent).toBe('発表 13分 ＋ 講評 2分')
    fireEvent.click(screen.getByRole('button', { name: '標準に戻す' }))
    expect(screen.getByTestId('plenary-split').textContent).toBe('発表 12分 ＋ 講評 3分')

    fireEvent.click(screen.getByRole('button', { name: '開始' }))
    expect(screen.getByRole('timer').textContent).toContain('Ａグループ')
    expect(screen.getByRole('timer').textContent).toContain('次は Ｂグループ')
    expect(screen.getByTestId('plenary-part').textContent).toBe('発表')
    expect(screen.getByTestId('plenary-remaining').textContent).toMatch(/^残り 1[12]:\d\d$/)

    // Started 16½ minutes ago: 1½ minutes over (the display clock may lag a loaded machine by
    // seconds), shown as 超過 and in the overtime style.
    act(() => {
      h.store.getState().update((d) => ({
        ...d,
        plenary: plenaryStart(
          initialPlenaryState(d.plenary?.order ?? [], 'number', 1),
          Date.now() - 16.5 * 60_000,
        ),
      }))
    })
    expect(screen.getByTestId('plenary-part').textContent).toBe('講評')
    expect(screen.getByTestId('plenary-remaining').textContent).toMatch(/^超過 1:[0-3]\d$/)
    expect(screen.getByRole('timer').className).toContain('is-over')

    // +1分 during the 講評 lengthens the 講評.
    fireEvent.click(screen.getByRole('button', { name: '+1分' }))
    expect(h.store.getState().data.plenary?.reviewExtraMin).toBe(1)
    expect(h.store.getState().data.plenary?.extraMin).toBe(0)
    fireEvent.click(screen.getByRole('button', { name: '次のグループ' }))
    expect(screen.getByRole('timer').textContent).toContain('Ｂグループ')
    expect(screen.getByRole('timer').textContent).toContain('次は Ｃグループ')
  })

  it('shows a speaking time of 6分40秒 in minutes and seconds, never 「6.67分」', async () => {
    const h = await renderConsolePart((id, store) => <PlenaryPanel workshopId={id} store={store} />)
    fireEvent.click(screen.getByRole('button', { name: '番号順' }))
    const time = screen.getByRole('group', { name: '持ち時間（1グループ）' })
    const minutes = within(time).getByRole('spinbutton', { name: '持ち時間（分）' })
    const seconds = within(time).getByRole('spinbutton', { name: '持ち時間（秒）' })
    fireEvent.change(minutes, { target: { value: '6' } })
    fireEvent.change(seconds, { target: { value: '40' } })
    expect(h.store.getState().data.plenary?.overrideMinutes).toBeCloseTo(400 / 60, 10)
    expect((minutes as HTMLInputElement).value).toBe('6')
    expect((seconds as HTMLInputElement).value).toBe('40')
    expect(screen.getByTestId('plenary-remaining').textContent).toBe('6:40')
    expect(time.textContent).toContain('＝ 6分40秒')
    expect(time.textContent).not.toMatch(/\d\.\d/)
  })

  it("shows a group's summary slide, its theme slides when added, then the next group", async () => {
    const h = await renderConsolePart((id, store) => <PlenaryPanel workshopId={id} store={store} />)
    fireEvent.click(screen.getByRole('button', { name: '番号順' }))
    fireEvent.click(screen.getByRole('button', { name: '開始' }))
    const a = h.group('Ａグループ').id
    const b = h.group('Ｂグループ').id
    expect(shownKey()).toBe(`summary:${a}`)
    expect(screen.getByRole('article').textContent).toContain('発表：山田 花子（司会）')
    expect(
      within(screen.getByRole('article')).getByRole('columnheader', { name: /主たる原因/ }),
    ).toBeTruthy()
    // One slide by default: → goes to Ｂグループ.
    fireEvent.keyDown(window, { key: 'ArrowRight' })
    expect(shownKey()).toBe(`summary:${b}`)
    expect(screen.getByRole('timer').textContent).toContain('Ｂグループ')
    fireEvent.keyDown(window, { key: 'ArrowLeft' })
    expect(shownKey()).toBe(`summary:${a}`)
    expect(h.store.getState().data.plenary?.index).toBe(0)

    // Ａグループ also shows its テーマ1 slides, after the summary.
    fireEvent.click(screen.getByRole('button', { name: 'Ａグループのテーマ1のスライドも表示' }))
    const items = groupItems(h.doc(), a, plenaryThemes(h.doc()), h.store.getState().data.plenary)
    expect(items[0]?.kind).toBe('summary')
    expect(items.length).toBeGreaterThan(1)
    const seen: (string | null)[] = [shownKey()]
    for (let i = 1; i < items.length; i += 1) {
      if (i % 2 === 0) fireEvent.keyDown(window, { key: 'ArrowRight' })
      else fireEvent.click(screen.getByRole('button', { name: '次のスライド' }))
      seen.push(shownKey())
    }
    expect(seen).toEqual(items.map((item) => item.key))
    expect(
      within(screen.getByRole('article')).getByText(
        `${String(items.length)} / ${String(items.length)}`,
      ),
    ).toBeTruthy()
    fireEvent.keyDown(window, { key: 'ArrowRight' })
    expect(shownKey()).toBe(`summary:${b}`)

    // R: 講評へ; Space pauses, 「全体共有を投影」 sets the projector.
    fireEvent.keyDown(window, { key: 'r' })
    expect(screen.getByTestId('plenary-part').textContent).toBe('講評')
    fireEvent.keyDown(window, { key: ' ' })
    expect(screen.getByRole('timer').textContent).toContain('一時停止中')
    fireEvent.click(screen.getByRole('button', { name: '全体共有を投影' }))
    expect(h.store.getState().data.projector).toEqual({ kind: 'plenary' })
  })
})

describe('stepPlenary', () => {
  it('walks every slide of every group in order and stops at the last', async () => {
    const h = await renderConsolePart(() => null)
    const doc = h.doc()
    const ids = workshopGroups(doc).map((g) => g.id)
    let data = {
      ...h.store.getState().data,
      plenary: plenaryStart(initialPlenaryState(ids, 'number', 1), 0),
    }
    const themes = plenaryThemes(doc)
    // Ｂグループ shows its テーマ1 slides too.
    data = { ...data, plenary: { ...data.plenary, extraThemes: { [ids[1] ?? '']: ['theme1'] } } }
    const expected = ids.flatMap((id) =>
      groupItems(doc, id, themes, data.plenary).map((s, i) => `${id}#${String(i)}`),
    )
    expect(expected.length).toBeGreaterThan(ids.length)
    const walked: string[] = []
    for (let i = 0; i < expected.length + 2; i += 1) {
      const p = data.plenary
      walked.push(`${p.order[p.index] ?? ''}#${String(data.plenarySlide)}`)
      data = { ...data, ...stepPlenary(data, doc, 1, 1000) } as typeof data
    }
    expect(walked.slice(0, expected.length)).toEqual(expected)
    expect(walked.slice(expected.length)).toEqual([expected.at(-1), expected.at(-1)])
  })
})

describe('PlenaryProjector', () => {
  it('shows the speaking group’s summary slide with its presenter above a large 発表/講評 timer', async () => {
    const h = await renderConsolePart((id, store) => (
      <PlenaryProjector workshopId={id} store={store} />
    ))
    expect(screen.getByText('全体共有はまもなく始まります')).toBeTruthy()
    const ids = workshopGroups(h.doc()).map((g) => g.id)
    act(() => {
      h.store.getState().update((d) => ({
        ...d,
        projector: { kind: 'plenary' },
        plenary: { ...plenaryStart(initialPlenaryState(ids, 'number', 1), Date.now()), index: 1 },
        plenarySlide: 0,
      }))
    })
    const slide = screen.getByRole('article')
    expect(slide.getAttribute('data-slide-key')).toBe(`summary:${h.group('Ｂグループ').id}`)
    expect(within(slide).getByText('Ｂグループ')).toBeTruthy()
    expect(within(slide).getByText('発表：中村 修（司会）')).toBeTruthy()
    expect(within(slide).getByText('1 / 1')).toBeTruthy()
    const timer = screen.getByRole('timer')
    expect(timer.textContent).toContain('発表')
    expect(screen.getByTestId('plenary-projector-time').textContent).toMatch(/^残り1[12]:\d\d$/)
    expect(timer.textContent).toContain('次は Ｃグループ')
  })
})
