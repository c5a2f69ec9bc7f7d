import { describe, expect, it } from 'vitest'
import { consoleStorageKey, defaultConsoleData } from './consoleState'
import { createConsoleStore, type ConsoleStorage } from './consoleStore'

function memoryStorage(): ConsoleStorage & { map: Map<string, string> } {
  const map = new Map<string, string>()
  return {
    map,
    getItem: (key) => map.get(key) ?? null,
    setItem: (key, value) => {
      map.set(key, value)
    },
  }
}

describe('console store', () => {
  it('starts from the defaults, stores every update and reads it back in a new window', () => {
    const storage = memoryStorage()
    const a = createConsoleStore('w1', storage)
    expect(a.getState().data).toEqual(defaultConsoleData())
    a.getState().update((d) => ({ ...d, muted: true, warnings: [3] }))
    const b = createConsoleStore('w1', storage)
    expect(b.getState().data).toMatchObject({ muted: true, warnings: [3] })
    expect(createConsoleStore('w2', storage).getState().data.muted).toBe(false)
  })

  it('follows another window’s writes when told, and ignores unreadable or hostile data', () => {
    const storage = memoryStorage()
    let notify = () => {}
    const follower = createConsoleStore('w1', storage, (onChange) => {
      notify = onChange
      return () => {}
    })
    createConsoleStore('w1', storage)
      .getState()
      .update((d) => ({
        ...d,
        projector: { kind: 'board', groupId: 'g1', themeId: 'theme2' },
      }))
    notify()
    expect(follower.getState().data.projector).toEqual({
      kind: 'board',
      groupId: 'g1',
      themeId: 'theme2',
    })
    for (const bad of ['{', '[]', '{"version":2}', '{"__proto__":{"muted":true}}']) {
      storage.setItem(consoleStorageKey('w1'), bad)
      notify()
      expect(follower.getState().data).toEqual(defaultConsoleData())
    }
  })

  it('keeps working when the storage throws', () => {
    const broken: ConsoleStorage = {
      getItem: () => {
        throw new Error('denied')
      },
      setItem: () => {
        throw new Error('full')
      },
    }
    const store = createConsoleStore('w1', broken)
    store.getState().update((d) => ({ ...d, muted: true }))
    expect(store.getState().data.muted).toBe(true)
  })
})
