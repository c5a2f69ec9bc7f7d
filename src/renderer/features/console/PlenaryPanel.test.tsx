import { act, fireEvent, screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { workshopGroups } from '../../../shared/ops/groupOps'
import { plenaryOrder } from '../../../shared/timer/plenaryOrder'
import { initialPlenaryState, plenaryStart } from '../../../shared/timer/plenaryTimer'
import { renderConsolePart } from './testing/groupTestHarness'
import { PlenaryPanel } from './PlenaryPanel'
import { PlenaryProjector } from './PlenaryProjector'
import { groupSlides, plenaryThemes, stepPlenary } from './plenarySlides'

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

  it('gives each group 全体共有 ÷ groups, adjustable, and shows the remaining time and overtime', async () => {
    const h = await renderConsolePart((id, store) => <PlenaryPanel workshopId={id} store={store} />)
    fireEvent.click(screen.getByRole('button', { name: '番号順' }))
    const time = screen.getByRole('group', { name: '発表時間（1グループ）' })
    const minutes = within(time).getByRole('spinbutton', { name: '発表時間（分）' })
    const seconds = within(time).getByRole('spinbutton', { name: '発表時間（秒）' })
    expect((minutes as HTMLInputElement).value).toBe('15')
    expect((seconds as HTMLInputElement).value).toBe('0')
    expect(time.textContent).toContain('全体共有 45分 ÷ 3グループ ＝ 15分')
    expect(screen.getByTestId('plenary-remaining').textContent).toBe('15:00')

    fireEvent.change(minutes, { target: { value: '10' } })
    expect(h.store.getState().data.plenary?.overrideMinutes).toBe(10)
    expect(screen.getByTestId('plenary-remaining').textContent).toBe('10:00')
    fireEvent.click(screen.getByRole('button', { name: '均等に戻す' }))
    expect(h.store.getState().data.plenary?.overrideMinutes).toBeNull()

    fireEvent.click(screen.getByRole('button', { name: '開始' }))
    expect(screen.getByRole('timer').textContent).toContain('Ａグループ')
    expect(screen.getByRole('timer').textContent).toContain('次は Ｂグループ')
    expect(screen.getByTestId('plenary-remaining').textContent).toMatch(/^残り 1[45]:\d\d$/)

    // Started 16 minutes ago: one minute over, shown as 超過 and in the overtime style.
    act(() => {
      h.store.getState().update((d) => ({
        ...d,
        plenary: plenaryStart(
          initialPlenaryState(d.plenary?.order ?? [], 'number', 1),
          Date.now() - 16 * 60_000,
        ),
      }))
    })
    expect(screen.getByTestId('plenary-remaining').textContent).toMatch(/^超過 1:0\d$/)
    expect(screen.getByRole('timer').className).toContain('is-over')

    fireEvent.click(screen.getByRole('button', { name: '+1分' }))
    expect(h.store.getState().data.plenary?.extraMin).toBe(1)
    fireEvent.click(screen.getByRole('button', { name: '次のグループ' }))
    expect(screen.getByRole('timer').textContent).toContain('Ｂグループ')
    expect(screen.getByRole('timer').textContent).toContain('次は Ｃグループ')
  })

  it('shows a speaking time of 6分40秒 in minutes and seconds, never 「6.67分」', async () => {
    const h = await renderConsolePart((id, store) => <PlenaryPanel workshopId={id} store={store} />)
    fireEvent.click(screen.getByRole('button', { name: '番号順' }))
    const time = screen.getByRole('group', { name: '発表時間（1グループ）' })
    const minutes = within(time).getByRole('spinbutton', { name: '発表時間（分）' })
    const seconds = within(time).getByRole('spinbutton', { name: '発表時間（秒）' })
    fireEvent.change(minutes, { target: { value: '6' } })
    fireEvent.change(seconds, { target: { value: '40' } })
    expect(h.store.getState().data.plenary?.overrideMinutes).toBeCloseTo(400 / 60, 10)
    expect((minutes as HTMLInputElement).value).toBe('6')
    expect((seconds as HTMLInputElement).value).toBe('40')
    expect(screen.getByTestId('plenary-remaining').textContent).toBe('6:40')
    expect(time.textContent).toContain('＝ 6分40秒')
    expect(time.textContent).not.toMatch(/\d\.\d/)
  })

  it('steps slide by slide through テーマ1, 2, 3 of a group, then to the next group', async () => {
    const h = await renderConsolePart((id, store) => <PlenaryPanel workshopId={id} store={store} />)
    fireEvent.click(screen.getByRole('button', { name: '番号順' }))
    fireEvent.click(screen.getByRole('button', { name: '開始' }))
    const themes = plenaryThemes(h.doc())
    expect(themes).toEqual(['theme1', 'theme2', 'theme3'])
    const a = groupSlides(h.doc(), h.group('Ａグループ').id, themes)
    const b = groupSlides(h.doc(), h.group('Ｂグループ').id, themes)
    expect(a.map((s) => s.section.themeId)).toEqual(
      expect.arrayContaining(['theme1', 'theme2', 'theme3']),
    )
    const seen: (string | null)[] = [shownKey()]
    for (let i = 1; i < a.length; i += 1) {
      if (i % 2 === 0) fireEvent.keyDown(window, { key: 'ArrowRight' })
      else fireEvent.click(screen.getByRole('button', { name: '次のスライド' }))
      seen.push(shownKey())
    }
    expect(seen).toEqual(a.map((s) => s.slide.key))
    expect(
      within(screen.getByRole('article')).getByText(`${String(a.length)} / ${String(a.length)}`),
    ).toBeTruthy()

    fireEvent.keyDown(window, { key: 'ArrowRight' })
    expect(shownKey()).toBe(b[0]?.slide.key)
    expect(screen.getByRole('timer').textContent).toContain('Ｂグループ')
    expect(h.store.getState().data.plenary?.index).toBe(1)

    // ← on Ｂグループ's first slide: back to Ａグループ's last slide.
    fireEvent.keyDown(window, { key: 'ArrowLeft' })
    expect(shownKey()).toBe(a[a.length - 1]?.slide.key)
    expect(h.store.getState().data.plenary?.index).toBe(0)

    // Space pauses, 「全体共有を投影」 sets the projector.
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
    const expected = ids.flatMap((id) =>
      groupSlides(doc, id, themes).map((s, i) => `${id}#${String(i)}`),
    )
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
  it('shows the speaking group’s current slide with the timer in a corner', async () => {
    const h = await renderConsolePart((id, store) => (
      <PlenaryProjector workshopId={id} store={store} />
    ))
    expect(screen.getByText('全体共有はまもなく始まります')).toBeTruthy()
    const ids = workshopGroups(h.doc()).map((g) => g.id)
    const b = groupSlides(h.doc(), h.group('Ｂグループ').id, plenaryThemes(h.doc()))
    act(() => {
      h.store.getState().update((d) => ({
        ...d,
        projector: { kind: 'plenary' },
        plenary: { ...plenaryStart(initialPlenaryState(ids, 'number', 1), Date.now()), index: 1 },
        plenarySlide: 1,
      }))
    })
    const slide = screen.getByRole('article')
    expect(slide.getAttribute('data-slide-key')).toBe(b[1]?.slide.key)
    expect(within(slide).getByText('Ｂグループ')).toBeTruthy()
    expect(within(slide).getByText(`2 / ${String(b.length)}`)).toBeTruthy()
    expect(within(slide).getByRole('timer').textContent).toMatch(/^残り 1[45]:\d\d$/)
  })
})
