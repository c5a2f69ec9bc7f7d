import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  diskNameOf,
  idOfDiskName,
  idOfLegacyName,
  isDeviceName,
  legacyNameOf,
  workshopIdInText,
} from './diskNames'

/** Ids as the schema takes them: never a name Object.prototype has. */
const idArbitrary = fc
  .stringMatching(/^[A-Za-z0-9_-]{1,64}$/)
  .filter((id) => !Object.hasOwn(Object.prototype, id))

describe('diskNameOf: workshop ids as names safe on every disk', () => {
  it.each([
    ['3f9a0c5e-12b7-4d4a-9c1e-0b5d2a7e8f10', '3f9a0c5e-12b7-4d4a-9c1e-0b5d2a7e8f10'],
    ['ws-1', 'ws-1'],
    ['Abc', '~abc'],
    ['ABC', '~a~b~c'],
    ['a_B-c', 'a_~b-c'],
    ['con', '~-con'],
    ['nul', '~-nul'],
    ['com1', '~-com1'],
    ['lpt9', '~-lpt9'],
    ['CON', '~c~o~n'],
    ['console', 'console'],
    ['com10', 'com10'],
  ])('%s is stored as %s', (id, name) => {
    expect(diskNameOf(id)).toBe(name)
    expect(idOfDiskName(name)).toBe(id)
  })

  it('is all lower case, never a device name, and gives each id its own name ignoring case', () => {
    fc.assert(
      fc.property(idArbitrary, idArbitrary, (a, b) => {
        const name = diskNameOf(a)
        expect(name).toBe(name.toLowerCase())
        expect(isDeviceName(name)).toBe(false)
        expect(name.length).toBeLessThanOrEqual(128)
        expect(idOfDiskName(name)).toBe(a)
        if (a !== b) expect(diskNameOf(b).toLowerCase()).not.toBe(name.toLowerCase())
      }),
      { seed: 15, numRuns: 5000 },
    )
  })

  it('tells names written before the encoding (the id itself) from encoded ones', () => {
    expect(idOfLegacyName('Abc')).toBe('Abc')
    expect(idOfLegacyName('con')).toBe('con')
    expect(idOfLegacyName('abc')).toBeNull() // the same under both schemes
    expect(idOfLegacyName('~abc')).toBeNull()
    expect(idOfDiskName('Abc')).toBeNull()
    expect(idOfDiskName('~-abc')).toBeNull() // not the canonical name of any id
    expect(idOfDiskName('~1')).toBeNull()
    expect(idOfDiskName('a~')).toBeNull()
    expect(idOfDiskName('con')).toBeNull()
    expect(idOfDiskName('__proto__')).toBeNull()
    expect(legacyNameOf('Abc')).toBe('Abc')
    expect(legacyNameOf('abc')).toBeNull()
  })

  it('knows the Windows device names in any case', () => {
    for (const name of ['CON', 'prn', 'Aux', 'NUL', 'COM0', 'com9', 'LPT1', 'lpt0']) {
      expect(isDeviceName(name)).toBe(true)
    }
    for (const name of ['CONS', 'com', 'com10', 'nul1', 'null', 'aux-1']) {
      expect(isDeviceName(name)).toBe(false)
    }
  })

  it('reads the workshop id a file holds, and nothing from text that is not a file', () => {
    expect(workshopIdInText('{"workshop":{"id":"Abc"}}')).toBe('Abc')
    expect(workshopIdInText('\uFEFF{"workshop":{"id":"Abc"}}')).toBe('Abc')
    expect(workshopIdInText('{"workshop":{"id":1}}')).toBeNull()
    expect(workshopIdInText('null')).toBeNull()
    expect(workshopIdInText('not json')).toBeNull()
  })
})
