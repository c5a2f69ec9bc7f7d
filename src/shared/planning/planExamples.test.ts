import { describe, expect, it } from 'vitest'
import { PLAN_FORMS } from '../model/schemas'
import { PLAN_FIELD_KEY_PATTERN } from '../model/schemas'
import { CHECKLIST_GROUPS, planFormKeys } from './planForms'
import { examplesFor, PLAN_EXAMPLES } from './planExamples'
import { PRINTED_EXAMPLES } from './planExamples.printed'

/** Without white space: the printed table wraps a cell's lines where it likes. */
const squash = (text: string) => text.replace(/\s+/g, '')

describe('the planning forms and the trials’ examples', () => {
  it('every example text is the report’s, as printed in its figure', () => {
    let checked = 0
    for (const example of PLAN_EXAMPLES) {
      const printed = squash(PRINTED_EXAMPLES[example.id])
      for (const [form, filled] of Object.entries(example.forms)) {
        for (const [key, text] of Object.entries(filled.values)) {
          // a cell of several points: each line is printed in one piece
          for (const line of text.split('\n')) {
            expect(printed, `${example.id} ${form} ${key}: ${line}`).toContain(squash(line))
            checked += 1
          }
        }
        for (const text of Object.values(filled.workshop ?? {})) {
          expect(printed).toContain(squash(text))
        }
      }
    }
    expect(checked).toBeGreaterThan(80)
  })

  it('examples fill only the fields their form has; keys are valid record keys', () => {
    for (const form of PLAN_FORMS) {
      const keys = new Set(planFormKeys(form))
      expect(keys.size).toBe(planFormKeys(form).length)
      for (const key of keys) expect(key).toMatch(PLAN_FIELD_KEY_PATTERN)
      for (const example of examplesFor(form)) {
        for (const key of Object.keys(example.forms[form]?.values ?? {})) {
          expect(keys.has(key), `${example.id} ${key}`).toBe(true)
        }
      }
    }
    expect(examplesFor('goals').map((e) => e.name)).toEqual([
      '群馬県（試行②）',
      '東京都（試行③）',
      '栃木県（試行④）',
    ])
  })

  it('図表-71 lists the ten 観点 in three groups, as the report words them', () => {
    expect(CHECKLIST_GROUPS.map((g) => g.heading)).toEqual([
      '【管内市町村の状況】',
      '【コーディネーターについて】',
      '【都道府県の状況】',
    ])
    expect(CHECKLIST_GROUPS.flatMap((g) => g.items)).toHaveLength(10)
  })
})
