import { describe, expect, it } from 'vitest'
import { createBoardUiStore, type BoardUiState } from './boardUiStore'
import { packNoteUiFlags, unpackNoteUiFlags, type NoteAppearance } from './noteUiFlags'

const note: NoteAppearance = {
  noteId: 'n1',
  key: 'daily//n1',
  area: 'daily',
  first: false,
  secondary: false,
}

function flags(patch: Partial<BoardUiState> = {}) {
  const store = createBoardUiStore()
  store.getState().set(patch)
  return (appearance: NoteAppearance = note) =>
    unpackNoteUiFlags(packNoteUiFlags(store.getState(), appearance))
}

describe('a note appearance’s UI flags in one number', () => {
  it('is all off for a note the UI state does not name', () => {
    expect(flags()()).toEqual({
      selected: false,
      picked: false,
      moving: false,
      editing: false,
      tabStop: false,
      focusSeq: 0,
    })
  })

  it('reads back every flag and the focus request together', () => {
    const gesture = { id: 'g' } as never
    const read = flags({
      selected: new Set(['n1']),
      picked: { noteId: 'n1', ids: ['n1'], gesture },
      dragging: { noteId: 'n2', ids: ['n2', 'n1'], gesture },
      editingKey: 'daily//n1',
      tabStops: { daily: 'daily//n1' },
      focus: { noteId: 'n1', seq: 7 },
    })
    expect(read()).toEqual({
      selected: true,
      picked: true,
      moving: true,
      editing: true,
      tabStop: true,
      focusSeq: 7,
    })
    // A secondary appearance never takes the focus; another appearance is not the one edited.
    expect(read({ ...note, key: 'admission//n1', area: 'admission', secondary: true })).toEqual({
      selected: true,
      picked: true,
      moving: true,
      editing: false,
      tabStop: false,
      focusSeq: 0,
    })
  })

  it('makes the area’s first note its Tab stop until another one had the focus', () => {
    expect(flags()({ ...note, first: true }).tabStop).toBe(true)
    expect(flags({ tabStops: { daily: 'daily//n9' } })({ ...note, first: true }).tabStop).toBe(
      false,
    )
  })
})
