import { act, fireEvent, screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { deleteNotes, updateNote } from '../../../shared/board/theme1Ops'
import { areaNotes } from '../../../shared/theme3/theme3Queries'
import { renderTheme3, TANE } from './testing/theme3TestHarness'

async function withRefInThoughts() {
  const t3 = await renderTheme3()
  const canvasId = Object.keys(t3.doc().canvases)[0] ?? ''
  const thoughts = screen.getByRole('region', { name: /そこから考えられること/ })
  const open = within(thoughts).getByRole('button', { name: /テーマ1・2から参照/ })
  open.focus()
  fireEvent.click(open)
  const dialog = screen.getByRole('dialog', {
    name: '「そこから考えられること」にテーマ1・テーマ2から参照',
  })
  // テーマ1 タネ first, then the テーマ2 topic made from it.
  const rows = within(dialog).getAllByRole('listitem')
  expect(rows[0]?.textContent).toContain('テーマ1 付箋')
  expect(rows[0]?.textContent).toContain(TANE)
  expect(rows[1]?.textContent).toContain('テーマ2 テーマ')
  fireEvent.click(within(dialog).getByRole('button', { name: `テーマ1 付箋『${TANE}』を参照` }))
  return { ...t3, canvasId, thoughts, open }
}

describe('テーマ3 references', () => {
  it('shows a live reference to a テーマ1 note, marked as such, following its edits', async () => {
    const t3 = await withRefInThoughts()
    expect(screen.queryByRole('dialog')).toBeNull()
    expect(document.activeElement).toBe(t3.open)
    const ref = within(t3.thoughts).getByRole('group', { name: new RegExp(TANE) })
    expect(ref.textContent).toContain('参照：テーマ1 付箋')
    expect(ref.textContent).toContain('看取り')
    // Its text is not editable here; it can be reworded into a note of its own.
    expect(within(ref).queryByRole('button', { name: /^書き直す/ })).toBeNull()
    expect(within(ref).getByRole('button', { name: '自分の言葉に書き換える' })).toBeTruthy()
    expect(areaNotes(t3.doc(), t3.canvasId, 'thoughts')[0]?.text).toBe('')

    act(() => {
      t3.services.workshop
        .getState()
        .apply((doc) => updateNote(doc, t3.noteId, { text: '家族が夜間に救急車を呼ぶ' }))
    })
    const updated = within(t3.thoughts).getByRole('group', { name: /家族が夜間に救急車を呼ぶ/ })
    expect(updated.textContent).toContain('参照：テーマ1 付箋')
    expect(updated.textContent).not.toContain(TANE)
  })

  it('marks a reference whose source was deleted, and rewords it into a typed note', async () => {
    const t3 = await withRefInThoughts()
    act(() => {
      t3.services.workshop.getState().apply((doc, ctx) => deleteNotes(doc, [t3.noteId], ctx))
    })
    const ref = within(t3.thoughts).getByRole('group', { name: new RegExp(TANE) })
    expect(ref.textContent).toContain('参照元は削除されました')

    fireEvent.click(within(ref).getByRole('button', { name: '自分の言葉に書き換える' }))
    const own = within(t3.thoughts).getByRole('group', { name: new RegExp(TANE) })
    expect(own.textContent).not.toContain('参照：')
    expect(own.textContent).not.toContain('参照元は削除されました')
    const note = areaNotes(t3.doc(), t3.canvasId, 'thoughts')[0]
    expect(note?.ref).toBeNull()
    expect(note?.text).toBe(TANE)
  })

  it('offers nothing already in the area again', async () => {
    const t3 = await withRefInThoughts()
    fireEvent.click(t3.open)
    const dialog = screen.getByRole('dialog')
    expect(
      within(dialog).queryByRole('button', { name: `テーマ1 付箋『${TANE}』を参照` }),
    ).toBeNull()
    expect(within(dialog).getByText('この枠にあり')).toBeTruthy()
  })
})
