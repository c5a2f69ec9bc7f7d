import { act, fireEvent, screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { addCause, setMainCause } from '../../../shared/theme2/causeOps'
import { liveCause } from '../../../shared/theme2/theme2Edit'
import { addMeasure } from '../../../shared/theme2/measureOps'
import { causeTree } from '../../../shared/theme2/theme2Queries'
import type { WorkshopDoc } from '../../../shared/model/workshopDoc'
import { renderTheme2 } from './testing/theme2TestHarness'

const causeId = (doc: WorkshopDoc, text: string) =>
  Object.values(doc.causes).find((c) => c.text === text)?.id ?? null

/** 説明不足 (main, with a countermeasure and a "why?"), and 相談先が分からない. */
function withMeasure() {
  return renderTheme2(
    [
      (doc, ctx, topicId) => addCause(doc, topicId, '説明不足', null, ctx),
      (doc, ctx, topicId) => addCause(doc, topicId, '相談先が分からない', null, ctx),
      (doc, ctx, topicId) => addCause(doc, topicId, '資料がない', causeId(doc, '説明不足'), ctx),
      (doc, _ctx, topicId) => setMainCause(doc, topicId, causeId(doc, '説明不足')),
      (doc, ctx, topicId) =>
        addMeasure(doc, topicId, causeId(doc, '説明不足'), '説明資料を作る', '家族', ctx),
    ],
    { step: 2 },
  )
}

const deleteButton = (text: string) => screen.getByRole('button', { name: `削除：${text}` })
const measure = (doc: WorkshopDoc) => Object.values(doc.measures)[0]

describe('deleting a cause', () => {
  it('asks what to do with its countermeasures and moves them to another cause', async () => {
    const t2 = await withMeasure()
    fireEvent.click(deleteButton('説明不足'))
    const dialog = screen.getByRole('dialog', { name: '原因を削除します' })
    expect(dialog.textContent).toContain('この原因には対策が1件あります。')
    expect(dialog.textContent).toContain('「なぜ？」の原因1件は、上の段の原因として残ります。')
    expect(dialog.textContent).toContain('主たる原因の印も外れます。')
    // Nothing happens before the answer.
    expect(liveCause(t2.doc(), t2.cause('説明不足').id)).toBeDefined()

    fireEvent.click(within(dialog).getByRole('radio', { name: '別の原因に移す' }))
    const target = t2.cause('相談先が分からない').id
    fireEvent.change(within(dialog).getByRole('combobox', { name: '移す先の原因' }), {
      target: { value: target },
    })
    fireEvent.click(within(dialog).getByRole('button', { name: '原因を削除' }))

    const doc = t2.doc()
    expect(causeId(doc, '説明不足') && liveCause(doc, causeId(doc, '説明不足') ?? '')).toBe(
      undefined,
    )
    expect(measure(doc)?.causeId).toBe(target)
    expect(measure(doc)?.deletedAt).toBeNull()
    expect(doc.topics[t2.topicId]?.mainCauseId).toBeNull()
    // The "why?" is a top-level cause now.
    expect(causeTree(doc, t2.topicId).map((n) => n.cause.text)).toEqual([
      '資料がない',
      '相談先が分からない',
    ])
    expect(screen.queryByRole('dialog')).toBeNull()

    // One undo brings it all back.
    act(() => {
      t2.services.workshop.getState().undo()
    })
    expect(t2.cause('説明不足').id).toBe(t2.doc().topics[t2.topicId]?.mainCauseId)
    expect(measure(t2.doc())?.causeId).toBe(t2.cause('説明不足').id)
  })

  it('deletes the countermeasures too, or keeps them without a cause, or cancels', async () => {
    const t2 = await withMeasure()
    fireEvent.click(deleteButton('説明不足'))
    let dialog = screen.getByRole('dialog', { name: '原因を削除します' })
    fireEvent.click(within(dialog).getByRole('button', { name: 'キャンセル' }))
    expect(measure(t2.doc())?.causeId).toBe(t2.cause('説明不足').id)

    fireEvent.click(deleteButton('説明不足'))
    dialog = screen.getByRole('dialog', { name: '原因を削除します' })
    // The default keeps them, detached.
    expect(
      within(dialog).getByRole<HTMLInputElement>('radio', { name: '原因から外す' }).checked,
    ).toBe(true)
    fireEvent.click(within(dialog).getByRole('radio', { name: '対策も削除' }))
    fireEvent.click(within(dialog).getByRole('button', { name: '原因を削除' }))
    expect(measure(t2.doc())?.deletedAt).not.toBeNull()

    act(() => {
      t2.services.workshop.getState().undo()
    })
    fireEvent.click(deleteButton('説明不足'))
    dialog = screen.getByRole('dialog', { name: '原因を削除します' })
    fireEvent.click(within(dialog).getByRole('button', { name: '原因を削除' }))
    expect(measure(t2.doc())?.deletedAt).toBeNull()
    expect(measure(t2.doc())?.causeId).toBeNull()
  })

  it('deletes a cause without countermeasures at once (undo brings it back)', async () => {
    const t2 = await withMeasure()
    fireEvent.click(deleteButton('相談先が分からない'))
    expect(screen.queryByRole('dialog')).toBeNull()
    expect(() => t2.cause('相談先が分からない')).toThrow()
    expect(t2.announcement()).toContain('原因を削除しました。')
    act(() => {
      t2.services.workshop.getState().undo()
    })
    expect(t2.cause('相談先が分からない').text).toBe('相談先が分からない')
  })
})
