import { describe, expect, it } from 'vitest'
import { applyRecords } from '../model/workshopDoc'
import { addParticipants } from '../roster/rosterOps'
import { fakeContext } from '../testing/fakeContext'
import { handoverSurvey, MUNICIPALITY_MIN_PEOPLE } from './handoverSurvey'
import { buildHandoverFixture } from './testing/handoverFixture'

describe('handoverSurvey', () => {
  it('gives everyone’s up / stay / down and the 市町村’s own from 5 people up', () => {
    const doc = buildHandoverFixture(fakeContext())
    const maebashi = handoverSurvey(doc, '前橋市')
    expect(maebashi.overall?.people.all).toBe(8)
    expect(maebashi.localPeople).toBe(6)
    expect(MUNICIPALITY_MIN_PEOPLE).toBe(5)
    const first = maebashi.local?.items[0]?.counts.all
    expect(first).toEqual({ up: 6, stay: 0, down: 0, total: 6 })
    expect(maebashi.overall?.items[0]?.counts.all).toEqual({ up: 8, stay: 0, down: 0, total: 8 })
  })

  it('leaves out a 市町村 of fewer people, saying how many', () => {
    const doc = buildHandoverFixture(fakeContext())
    const takasaki = handoverSurvey(doc, '高崎市')
    expect(takasaki.localPeople).toBe(2)
    expect(takasaki.local).toBeNull()
    expect(handoverSurvey(doc, '安中市').localPeople).toBe(0)
    expect(handoverSurvey(doc, '').localPeople).toBe(0)
  })

  it('counts a name two people share on the 名簿 for no 市町村', () => {
    const ctx = fakeContext('2025-02-08T00:00:00.000Z')
    let doc = buildHandoverFixture(fakeContext())
    doc = applyRecords(
      doc,
      addParticipants(doc, [{ name: '前橋　太郎', municipality: '高崎市' }], {
        ...ctx,
        newId: () => `extra-${ctx.newId()}`,
      }),
    )
    expect(handoverSurvey(doc, '前橋市').localPeople).toBe(5)
    expect(handoverSurvey(doc, '高崎市').localPeople).toBe(2)
  })

  it('has no summary before anyone answered both times', () => {
    const doc = buildHandoverFixture(fakeContext())
    const withoutAnswers = applyRecords(
      doc,
      Object.values(doc.surveyAnswers).map((a) => ({
        ...a,
        deletedAt: '2025-02-07T09:00:00.000Z',
      })),
    )
    expect(handoverSurvey(withoutAnswers, '前橋市')).toEqual({
      overall: null,
      localPeople: 0,
      local: null,
    })
  })
})
