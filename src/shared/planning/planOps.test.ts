import { describe, expect, it } from 'vitest'
import { applyRecords } from '../model/workshopDoc'
import { createSampleWorkshop } from '../templates/sampleWorkshop'
import { fakeContext } from '../testing/fakeContext'
import { fillPlanForm, planFormHasText, planText, setPlanField } from './planOps'

describe('planOps', () => {
  it('writes a field once, then changes the same record; equal text changes nothing', () => {
    const ctx = fakeContext()
    let doc = createSampleWorkshop(ctx)
    expect(setPlanField(doc, 'goals', 'goals.long.coordinator', '', ctx)).toEqual([])
    doc = applyRecords(doc, setPlanField(doc, 'goals', 'goals.long.coordinator', '連携', ctx))
    const [first] = Object.values(doc.planEntries)
    doc = applyRecords(doc, setPlanField(doc, 'goals', 'goals.long.coordinator', '連携強化', ctx))
    expect(Object.keys(doc.planEntries)).toEqual([first?.id])
    expect(planText(doc, 'goals.long.coordinator')).toBe('連携強化')
    expect(setPlanField(doc, 'goals', 'goals.long.coordinator', '連携強化', ctx)).toEqual([])
  })

  it('fills a whole form, clearing the fields the values leave out', () => {
    const ctx = fakeContext()
    let doc = createSampleWorkshop(ctx)
    const keys = ['goals.long.coordinator', 'goals.mid.coordinator']
    doc = applyRecords(doc, setPlanField(doc, 'goals', 'goals.mid.coordinator', '古い', ctx))
    expect(planFormHasText(doc, keys)).toBe(true)
    doc = applyRecords(
      doc,
      fillPlanForm(doc, 'goals', keys, { 'goals.long.coordinator': '新' }, ctx),
    )
    expect(planText(doc, 'goals.long.coordinator')).toBe('新')
    expect(planText(doc, 'goals.mid.coordinator')).toBe('')
    expect(planFormHasText(doc, ['goals.mid.coordinator'])).toBe(false)
  })
})
