import { fireEvent, render, screen } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { laptop } from '../../../../shared/testing/mergeTestKit'
import { previewMerge, type MergeItem } from '../../../../shared/merge/previewMerge'
import { renameGroup } from '../../../../shared/ops/groupOps'
import { ConflictItem } from './ConflictItem'

function conflicts(
  edit: (pc: ReturnType<typeof laptop>, side: 'local' | 'file') => void,
): MergeItem[] {
  const base = laptop('a', '2026-11-24T01:00:00.000Z')
  base.create(1)
  base.addNote('元の付箋')
  const mine = laptop('m', '2026-11-24T02:00:00.000Z', base.doc())
  const theirs = laptop('t', '2026-11-24T03:00:00.000Z', base.doc())
  edit(mine, 'local')
  edit(theirs, 'file')
  return previewMerge(mine.doc(), theirs.doc()).items.filter((i) => i.status === 'conflict')
}

describe('ConflictItem', () => {
  it('shows both texts as text (never HTML) and offers 両方残す first', () => {
    const [item] = conflicts((pc, side) => {
      const id = Object.keys(pc.doc().notes)[0] ?? ''
      pc.editNote(id, side === 'local' ? '手元の<b>文</b>' : '<img src=x onerror=alert(1)>')
    })
    if (!item) throw new Error('no conflict')
    const onChoice = vi.fn()
    render(<ConflictItem item={item} choice="both" onChoice={onChoice} />)
    expect(screen.getByText('手元の<b>文</b>')).toBeTruthy()
    expect(screen.getByText('<img src=x onerror=alert(1)>')).toBeTruthy()
    expect(document.querySelector('img')).toBeNull()
    const radios = screen.getAllByRole('radio')
    expect(radios.map((r) => r.parentElement?.textContent)).toEqual([
      '両方残す',
      'このパソコンの方を残す',
      'ファイルの方を使う',
    ])
    fireEvent.click(screen.getByRole('radio', { name: 'ファイルの方を使う' }))
    expect(onChoice).toHaveBeenCalledWith('incoming')
  })

  it('names a group by its name, and offers one side or the other', () => {
    const item = conflicts((pc, side) => {
      const id = Object.keys(pc.doc().groups)[0] ?? ''
      pc.apply(renameGroup(pc.doc(), id, side === 'local' ? '１班' : 'Ａグループ（東）'))
    }).find((i) => i.type === 'group')
    if (!item) throw new Error('no conflict')
    render(<ConflictItem item={item} choice="local" onChoice={() => undefined} />)
    expect(screen.getByText('１班')).toBeTruthy()
    expect(screen.getByText('Ａグループ（東）')).toBeTruthy()
    expect(screen.queryByRole('radio', { name: '両方残す' })).toBeNull()
  })
})
