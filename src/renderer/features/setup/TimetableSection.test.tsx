import { act, fireEvent, render, screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { timetableRows } from '../../../shared/ops/timetableOps'
import { fakeContext } from '../../../shared/testing/fakeContext'
import { makeTestDoc } from '../../testing/testDocs'
import { createHarness } from './testing/setupHarness'
import { TimetableSection } from './TimetableSection'

async function setup(rows = 3) {
  const ctx = fakeContext()
  const doc = makeTestDoc(ctx, { rows, groups: 0 })
  const { Harness, log } = await createHarness(TimetableSection, doc, ctx)
  render(<Harness />)
  return { log }
}

/** The 開始 and 終了 cells of every body row, as shown. */
function shownTimes(): string[][] {
  const body = screen.getAllByRole('rowgroup')[1]!
  return within(body)
    .getAllByRole('row')
    .map((row) => Array.from(row.querySelectorAll('time')).map((t) => t.textContent))
}

describe('TimetableSection', () => {
  it('shows start and end times from the day start and the durations', async () => {
    await setup()
    expect(shownTimes()).toEqual([
      ['13:00', '13:30'],
      ['13:30', '14:00'],
      ['14:00', '14:30'],
    ])
    expect(screen.getByLabelText('終了', { selector: 'output' })).toHaveProperty(
      'textContent',
      '14:30',
    )
  })

  it('recomputes later rows live while typing and commits one edit on Enter', async () => {
    const { log } = await setup()
    const duration = screen.getByLabelText('1行目 時間（分）')
    fireEvent.change(duration, { target: { value: '45' } })
    expect(shownTimes()).toEqual([
      ['13:00', '13:45'],
      ['13:45', '14:15'],
      ['14:15', '14:45'],
    ])
    expect(log.edits).toBe(0)

    fireEvent.keyDown(duration, { key: 'Enter' })
    expect(log.edits).toBe(1)
    expect(timetableRows(log.doc).map((r) => r.start)).toEqual(['13:00', '13:45', '14:15'])
    expect(screen.getByLabelText('終了', { selector: 'output' })).toHaveProperty(
      'textContent',
      '14:45',
    )
  })

  it('accepts full-width digits typed with the IME on, and steps with the arrow keys', async () => {
    const { log } = await setup(2)
    const duration = screen.getByLabelText('2行目 時間（分）')
    fireEvent.change(duration, { target: { value: '４０' } })
    fireEvent.blur(duration)
    expect(timetableRows(log.doc)[1]?.durationMin).toBe(40)
    fireEvent.keyDown(duration, { key: 'ArrowUp' })
    expect(duration).toHaveProperty('value', '45')
    expect(shownTimes()[1]).toEqual(['13:30', '14:15'])
  })

  it('does not commit on the Enter that accepts an IME conversion', async () => {
    const { log } = await setup()
    const item = screen.getByLabelText('1行目 項目')
    fireEvent.compositionStart(item)
    fireEvent.change(item, { target: { value: 'かいじょう' } })
    fireEvent.keyDown(item, { key: 'Enter', isComposing: true })
    fireEvent.keyDown(item, { key: 'Enter', keyCode: 229 })
    expect(log.edits).toBe(0)
    fireEvent.compositionEnd(item)
    fireEvent.change(item, { target: { value: '開場' } })
    fireEvent.keyDown(item, { key: 'Enter' })
    expect(log.edits).toBe(1)
    expect(timetableRows(log.doc)[0]?.item).toBe('開場')
  })

  it('reverts an invalid duration instead of saving it', async () => {
    const { log } = await setup()
    const duration = screen.getByLabelText('1行目 時間（分）')
    fireEvent.change(duration, { target: { value: '4x' } })
    expect(duration.getAttribute('aria-invalid')).toBe('true')
    fireEvent.blur(duration)
    expect(log.edits).toBe(0)
    expect(duration).toHaveProperty('value', '30')
  })

  it('moves a row with Alt+↓ and keeps times contiguous', async () => {
    const { log } = await setup()
    fireEvent.keyDown(screen.getByLabelText('1行目 項目'), { key: 'ArrowDown', altKey: true })
    expect(timetableRows(log.doc).map((r) => r.item)).toEqual(['項目2', '項目1', '項目3'])
    expect(timetableRows(log.doc).map((r) => r.start)).toEqual(['13:00', '13:30', '14:00'])
  })

  it('adds a row below and removes a row with an undo action in the notice', async () => {
    const { log } = await setup()
    fireEvent.click(screen.getByRole('button', { name: '1行目 下に追加' }))
    expect(timetableRows(log.doc).map((r) => r.item)).toEqual(['項目1', '', '項目2', '項目3'])
    expect(document.activeElement).toBe(screen.getByLabelText('2行目 項目'))

    fireEvent.click(screen.getByRole('button', { name: '3行目 削除' }))
    expect(timetableRows(log.doc).map((r) => r.item)).toEqual(['項目1', '', '項目3'])
    const notice = log.notices.at(-1)
    expect(notice?.message).toBe('タイムテーブルの「項目2」の行を削除しました。')
    act(() => notice?.action?.run())
    expect(timetableRows(log.doc).map((r) => r.item)).toEqual(['項目1', '', '項目2', '項目3'])
    expect(timetableRows(log.doc).map((r) => r.start)).toEqual(['13:00', '13:30', '13:40', '14:10'])
  })

  it('moves the whole day with the day start', async () => {
    const { log } = await setup(2)
    const start = screen.getByLabelText('開始')
    fireEvent.change(start, { target: { value: '09:30' } })
    expect(shownTimes()[1]).toEqual(['10:00', '10:30'])
    fireEvent.blur(start)
    expect(log.doc.workshop.dayStart).toBe('09:30')
    expect(timetableRows(log.doc).map((r) => r.start)).toEqual(['09:30', '10:00'])
  })
})
