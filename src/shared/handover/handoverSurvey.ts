import type { WorkshopDoc } from '../model/workshopDoc'
import { rosterPeople } from '../roster/rosterOps'
import { nameKey } from '../survey/nameMatching'
import { surveyAnswers, surveyItems } from '../survey/surveyOps'
import { surveyResults, type SurveyResults } from '../survey/surveyResults'
import { municipalityKey } from './municipalityKey'

/**
 * The evaluation summary of a hand-over: the survey's up / stay / down for everyone, and for the
 * municipality's own people only when at least MUNICIPALITY_MIN_PEOPLE of them answered before
 * and after. Fewer would let a reader tell one colleague's answers (with 2 people, an 「up」 and
 * a 「down」 are each one known person): 5 is the smallest cell most public statistics publish.
 */
export const MUNICIPALITY_MIN_PEOPLE = 5

export interface HandoverSurvey {
  /** Everyone's results (null when no one answered both before and after). */
  overall: SurveyResults | null
  /** The municipality's people matched before and after (its denominator). */
  localPeople: number
  /** The municipality's people's results; null below MUNICIPALITY_MIN_PEOPLE. */
  local: SurveyResults | null
}

/**
 * A survey pair is the municipality's when its name (as matching reads it: width, spaces and
 * variant kanji) is exactly one person's on the 名簿 and that person is from it. A name two
 * people share on the 名簿 is counted for no municipality: never a guess.
 */
export function handoverSurvey(doc: WorkshopDoc, key: string): HandoverSurvey {
  const items = surveyItems(doc)
  const answers = surveyAnswers(doc)
  const overall = surveyResults(items, answers)
  if (overall.people.all === 0) return { overall: null, localPeople: 0, local: null }

  const municipalityByName = new Map<string, string | null>()
  for (const person of rosterPeople(doc)) {
    const name = nameKey(person.name)
    if (name === '') continue
    const place = municipalityKey(person.municipality)
    municipalityByName.set(name, municipalityByName.has(name) ? null : place)
  }
  const localIds = new Set<string>()
  let localPeople = 0
  for (const pair of overall.match.pairs) {
    const place = municipalityByName.get(nameKey(pair.pre.name))
    if (place === undefined || place === null || place !== key || key === '') continue
    localPeople++
    localIds.add(pair.pre.id)
    localIds.add(pair.post.id)
  }
  const local =
    localPeople >= MUNICIPALITY_MIN_PEOPLE
      ? surveyResults(
          items,
          answers.filter((a) => localIds.has(a.id)),
        )
      : null
  return { overall, localPeople, local }
}
