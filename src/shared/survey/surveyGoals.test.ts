import { describe, expect, it } from 'vitest'
import { applyRecords } from '../model/workshopDoc'
import { setPlanField } from '../planning/planOps'
import { createSampleWorkshop } from '../templates/sampleWorkshop'
import { fakeContext } from '../testing/fakeContext'
import { goalIsCurrent, goalLines, goalTargets, itemsByGoal, linkSurveyItem } from './surveyGoals'
import { addBuiltInItems, surveyItems } from './surveyOps'

const END = '・地域課題を市町村担当者と共有できる\n\n・多職種の視点で整理できる'

function planned() {
  const ctx = fakeContext()
  let doc = createSampleWorkshop(ctx)
  doc = applyRecords(doc, addBuiltInItems(doc, ctx))
  doc = applyRecords(doc, setPlanField(doc, 'program', 'program.r1.end', END, ctx))
  doc = applyRecords(doc, setPlanField(doc, 'program', 'program.r2.label', '市町村', ctx))
  doc = applyRecords(
    doc,
    setPlanField(doc, 'program', 'program.r2.end', '事業の目的を説明できる', ctx),
  )
  return { doc, ctx }
}

describe('survey items linked to 「3.研修終了時に想定する能力・効果等」', () => {
  it('reads the field as lines without bullets or blank lines', () => {
    expect(goalLines(END)).toEqual([
      '地域課題を市町村担当者と共有できる',
      '多職種の視点で整理できる',
    ])
    expect(goalLines(' ● a\r\n- b \n　')).toEqual(['a', 'b'])
  })

  it('lists each 対象 that has words, named as the form names it; none without a plan', () => {
    const { doc } = planned()
    expect(goalTargets(doc)).toEqual([
      {
        key: 'program.r1.end',
        target: 'コーディネーター',
        lines: ['地域課題を市町村担当者と共有できる', '多職種の視点で整理できる'],
      },
      { key: 'program.r2.end', target: '市町村', lines: ['事業の目的を説明できる'] },
    ])
    expect(goalTargets(createSampleWorkshop(fakeContext()))).toEqual([])
  })

  it('links and unlinks an item; equal links change nothing', () => {
    let { doc } = planned()
    const [first] = surveyItems(doc)
    const goal = { key: 'program.r1.end', line: '多職種の視点で整理できる' }
    doc = applyRecords(doc, linkSurveyItem(doc, first?.id ?? '', goal))
    expect(surveyItems(doc)[0]?.goal).toEqual(goal)
    expect(linkSurveyItem(doc, first?.id ?? '', goal)).toEqual([])
    doc = applyRecords(doc, linkSurveyItem(doc, first?.id ?? '', null))
    expect(surveyItems(doc)[0]?.goal).toBeNull()
  })

  it('groups the items per goal in the plan’s order; a reworded plan keeps the old words', () => {
    const planning = planned()
    const { ctx } = planning
    let { doc } = planning
    const items = surveyItems(doc)
    const share = { key: 'program.r1.end', line: '地域課題を市町村担当者と共有できる' }
    const explain = { key: 'program.r2.end', line: '事業の目的を説明できる' }
    doc = applyRecords(doc, linkSurveyItem(doc, items[7]?.id ?? '', explain))
    doc = applyRecords(doc, linkSurveyItem(doc, items[0]?.id ?? '', share))
    doc = applyRecords(doc, linkSurveyItem(doc, items[2]?.id ?? '', share))
    const groups = itemsByGoal(doc, surveyItems(doc))
    expect(groups.map((g) => [g.target, g.goal.line, g.items.map((i) => i.order)])).toEqual([
      ['コーディネーター', share.line, [items[0]?.order, items[2]?.order]],
      ['市町村', explain.line, [items[7]?.order]],
    ])
    doc = applyRecords(doc, setPlanField(doc, 'program', 'program.r2.end', '事業を説明できる', ctx))
    expect(goalIsCurrent(doc, explain)).toBe(false)
    const after = itemsByGoal(doc, surveyItems(doc))
    expect(after.at(-1)).toMatchObject({ target: '市町村', current: false, goal: explain })
  })
})
