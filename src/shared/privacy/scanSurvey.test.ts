import { describe, expect, it } from 'vitest'
import { applyRecords } from '../model/workshopDoc'
import {
  addBuiltInItems,
  importSurveyAnswers,
  surveyAnswers,
  surveyItems,
} from '../survey/surveyOps'
import { createSampleWorkshop } from '../templates/sampleWorkshop'
import { fakeContext } from '../testing/fakeContext'
import { fixScannedText } from './fixScannedText'
import { scanWorkshop } from './scanWorkshop'

/** The sample workshop with the report's items and one post answer whose free text names someone. */
function surveyDoc() {
  const ctx = fakeContext()
  let doc = createSampleWorkshop(ctx)
  doc = applyRecords(doc, addBuiltInItems(doc, ctx))
  const items = surveyItems(doc)
  const free = items.find((i) => i.scale === 'freeText')
  if (!free) throw new Error('no free-text item')
  const rated = items.filter((i) => i.scale !== 'freeText')
  doc = applyRecords(
    doc,
    importSurveyAnswers(
      doc,
      'post',
      [
        {
          row: 2,
          phase: 'post',
          name: '田中 美咲',
          position: 'municipal',
          affiliation: '北町健康福祉課',
          answers: [
            ...rated.map((i) => ({ itemId: i.id, value: 'b' })),
            { itemId: free.id, value: '同じ市の山本さんと話せて良かった' },
          ],
        },
      ],
      false,
      ctx,
    ),
  )
  return { doc, free }
}

describe('the guard over the survey’s answers', () => {
  it('finds a name in a free-text answer when the export carries the survey, not otherwise', () => {
    const { doc, free } = surveyDoc()
    const answer = surveyAnswers(doc)[0]
    expect(scanWorkshop(doc)).toEqual([])
    const hits = scanWorkshop(doc, { groupIds: [], survey: true })
    expect(hits).toHaveLength(1)
    expect(hits[0]).toMatchObject({
      key: `surveyAnswer:${answer?.id}:answers.${free.id}`,
      recordType: 'surveyAnswer',
      field: `answers.${free.id}`,
      place: 'survey',
      text: '同じ市の山本さんと話せて良かった',
    })
    expect(hits[0]?.matches.map((m) => m.text)).toEqual(['山本さん'])
    // The respondent's own name is not read: it is never printed.
    expect(hits.some((h) => h.text.includes('田中'))).toBe(false)
  })

  it('fixes the answer in place, the other answers untouched', () => {
    const { doc, free } = surveyDoc()
    const [hit] = scanWorkshop(doc, { groupIds: [], survey: true })
    if (!hit) throw new Error('no hit')
    const [fixed] = fixScannedText(doc, hit, '同じ市のＡさんと話せて良かった')
    if (fixed?.type !== 'surveyAnswer') throw new Error('not fixed')
    expect(fixed.answers.find((a) => a.itemId === free.id)?.value).toBe(
      '同じ市のＡさんと話せて良かった',
    )
    expect(fixed.answers.filter((a) => a.value === 'b')).toHaveLength(9)
    expect(scanWorkshop(applyRecords(doc, [fixed]), { groupIds: [], survey: true })).toEqual([])
  })
})
