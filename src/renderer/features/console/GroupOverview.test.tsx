import { act, fireEvent, screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { addNote } from '../../../shared/board/theme1Ops'
import { boardOf } from '../../../shared/ops/groupOps'
import { ConsoleProjectorBoard } from './ConsoleProjectorBoard'
import { GroupOverview } from './GroupOverview'
import { renderConsolePart } from './testing/groupTestHarness'
import { groupSlides, sectionItemCount } from './plenarySlides'

function card(name: string): HTMLElement {
  const heading = screen.getByRole('heading', { name, level: 3 })
  const li = heading.closest('li')
  if (!li) throw new Error(`no card for ${name}`)
  return li
}

describe('GroupOverview', () => {
  it('lists every group with its notes and puts the chosen board on the projector', async () => {
    const h = await renderConsolePart((id, store) => (
      <GroupOverview workshopId={id} store={store} />
    ))
    const names = screen.getAllByRole('heading', { level: 3 }).map((e) => e.textContent)
    expect(names).toEqual(['Ａグループ', 'Ｂグループ', 'Ｃグループ'])

    const b = h.group('Ｂグループ')
    const slides = groupSlides(h.doc(), b.id, ['theme1'])
    const first = slides[0]
    if (first?.slide.kind !== 'theme1') throw new Error('Ｂグループ has no テーマ1 slide')
    const firstNote = first.slide.blocks.flatMap((bl) => bl.clusters)[0]?.head?.text ?? ''
    expect(firstNote).not.toBe('')
    expect(
      within(card('Ｂグループ')).getAllByText(firstNote, { exact: false }).length,
    ).toBeGreaterThan(0)
    const count = sectionItemCount(first.section)
    expect(count).toBeGreaterThan(0)
    expect(within(card('Ｂグループ')).getByText(`付箋 ${String(count)}枚`)).toBeTruthy()

    fireEvent.click(screen.getByRole('button', { name: 'Ｂグループのテーマ1を投影する' }))
    expect(h.store.getState().data.projector).toEqual({
      kind: 'board',
      groupId: b.id,
      themeId: 'theme1',
    })
    expect(within(card('Ｂグループ')).getByText(/投影中/)).toBeTruthy()

    // テーマ2: Ａグループ has a topic, the others have nothing yet.
    fireEvent.click(screen.getByRole('radio', { name: 'テーマ2' }))
    expect(screen.getByRole('radio', { name: 'テーマ2' }).getAttribute('aria-checked')).toBe('true')
    expect(within(card('Ｂグループ')).getByText('（記入なし）')).toBeTruthy()
    expect(within(card('Ａグループ')).queryByText('（記入なし）')).toBeNull()
    const a = h.group('Ａグループ')
    fireEvent.click(screen.getByRole('button', { name: 'Ａグループのテーマ2を投影する' }))
    expect(h.store.getState().data.projector).toEqual({
      kind: 'board',
      groupId: a.id,
      themeId: 'theme2',
    })

    fireEvent.click(screen.getByRole('button', { name: 'タイマーを投影' }))
    expect(h.store.getState().data.projector).toEqual({ kind: 'timer' })
  })

  it('updates a thumbnail live when a table adds a note', async () => {
    const h = await renderConsolePart((id, store) => (
      <GroupOverview workshopId={id} store={store} />
    ))
    const c = h.group('Ｃグループ')
    const board = boardOf(h.doc(), c.id, 'theme1')
    if (!board) throw new Error('no board')
    expect(within(card('Ｃグループ')).queryByText('夜間の連絡先がわからない')).toBeNull()
    const before = within(card('Ｃグループ')).getByText(/^付箋 \d+枚$/).textContent
    act(() => {
      h.services.workshop
        .getState()
        .apply((doc, ctx) =>
          addNote(doc, board.id, { text: '夜間の連絡先がわからない', scenes: ['daily'] }, ctx),
        )
    })
    expect(
      within(card('Ｃグループ')).getAllByText('夜間の連絡先がわからない', { exact: false }).length,
    ).toBeGreaterThan(0)
    expect(within(card('Ｃグループ')).getByText(/^付箋 \d+枚$/).textContent).not.toBe(before)
  })
})

describe('ConsoleProjectorBoard', () => {
  it('shows the chosen group’s board and pages it with the arrow keys', async () => {
    const h = await renderConsolePart((id, store) => (
      <ConsoleProjectorBoard workshopId={id} store={store} />
    ))
    const b = h.group('Ｂグループ')
    act(() => {
      h.store.getState().update((d) => ({
        ...d,
        projector: { kind: 'board', groupId: b.id, themeId: 'theme1' },
      }))
    })
    const slides = groupSlides(h.doc(), b.id, ['theme1'])
    const slide = screen.getByRole('article')
    expect(slide.getAttribute('data-slide-key')).toBe(slides[0]?.slide.key)
    expect(within(slide).getByText('Ｂグループ')).toBeTruthy()
    expect(within(slide).getByText(`1 / ${String(slides.length)}`)).toBeTruthy()
    fireEvent.keyDown(window, { key: 'ArrowRight' })
    expect(screen.getByRole('article').getAttribute('data-slide-key')).toBe(slides[1]?.slide.key)
  })
})
