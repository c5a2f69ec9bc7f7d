import { describe, expect, it } from 'vitest'
import { createBoardUiStore } from './boardUiStore'

describe('the drop hint', () => {
  it('tells only the spots it leaves and enters, and never runs the store’s selectors', () => {
    const ui = createBoardUiStore()
    const heard: string[] = []
    const { dropHints } = ui.getState()
    for (const key of ['note:daily/a', 'note:daily/b', 'area:tray']) {
      dropHints.subscribe(key, () => heard.push(key))
    }
    let stateChanges = 0
    ui.subscribe(() => (stateChanges += 1))

    ui.getState().setDropHint({ key: 'note:daily/a', mode: 'before' })
    expect(dropHints.modeAt('note:daily/a')).toBe('before')
    ui.getState().setDropHint({ key: 'note:daily/a', mode: 'before' })
    ui.getState().setDropHint({ key: 'note:daily/a', mode: 'after' })
    ui.getState().setDropHint({ key: 'area:tray', mode: 'end' })
    expect(dropHints.modeAt('note:daily/a')).toBeNull()
    ui.getState().setDropHint(null)
    expect(dropHints.current()).toBeNull()

    expect(heard).toEqual([
      'note:daily/a',
      'note:daily/a',
      'note:daily/a',
      'area:tray',
      'area:tray',
    ])
    expect(stateChanges).toBe(0)
  })

  it('stops telling a spot that stopped listening', () => {
    const ui = createBoardUiStore()
    const { dropHints } = ui.getState()
    let heard = 0
    const stop = dropHints.subscribe('area:daily', () => (heard += 1))
    ui.getState().setDropHint({ key: 'area:daily', mode: 'end' })
    stop()
    ui.getState().setDropHint(null)
    expect(heard).toBe(1)
  })
})
