import { BUILT_IN_ITEMS } from '../surveyBuiltIn'
import type { SurveyAnswerView, SurveyItemView, SurveyPosition } from '../surveyTypes'

/**
 * The report's 試行① results (L4208-4458), as its tables print them: per item (Ⅰ 1-6, Ⅱ 1-3) the
 * up, stay, down and 計 (回答数) of the coordinators and of the municipal officers. 全体 is their
 * sum (checked by the tests against the report's 全体 table).
 */
export type Counts = readonly [up: number, stay: number, down: number, total: number]

export const TRIAL1_TABLES: Record<'coordinator' | 'municipal' | 'all', readonly Counts[]> = {
  // （コーディネーター） Ⅰ 1-6 then Ⅱ 1-3: 41 people matched
  coordinator: [
    [6, 26, 9, 41],
    [6, 22, 13, 41],
    [8, 24, 9, 41],
    [9, 23, 7, 39],
    [9, 20, 10, 39],
    [5, 26, 8, 39],
    [11, 27, 3, 41],
    [16, 21, 4, 41],
    [13, 22, 6, 41],
  ],
  // （市町村）: 26 people matched
  municipal: [
    [3, 14, 8, 25],
    [3, 17, 5, 25],
    [7, 14, 5, 26],
    [6, 13, 7, 26],
    [6, 15, 5, 26],
    [5, 15, 6, 26],
    [5, 19, 2, 26],
    [8, 15, 3, 26],
    [11, 11, 4, 26],
  ],
  // （全体）
  all: [
    [9, 40, 17, 66],
    [9, 39, 18, 66],
    [15, 38, 14, 67],
    [15, 36, 14, 65],
    [15, 35, 15, 65],
    [10, 41, 14, 65],
    [16, 46, 5, 67],
    [24, 36, 7, 67],
    [24, 33, 10, 67],
  ],
}

export const TRIAL1_PEOPLE = { coordinator: 41, municipal: 26 } as const

/** The built-in items with ids item-1 … item-11 (the rated nine first). */
export function trial1Items(): SurveyItemView[] {
  return BUILT_IN_ITEMS.map((item, index) => ({
    id: `item-${index + 1}`,
    scale: item.scale,
    text: item.text,
    order: index + 1,
  }))
}

/**
 * Pre and post answers of 67 people (41 coordinators, 26 municipal officers) that give exactly
 * the 試行① tables: on each item, the first `up` people of a 立場 go c → b (Ⅱ: c → b as well),
 * the next `stay` b → b, the next `down` b → c, and the rest leave the post answer blank. Names
 * are written differently before and after for some (width, spaces) to exercise the matching.
 */
export function trial1Answers(): SurveyAnswerView[] {
  const items = trial1Items().filter((i) => i.scale !== 'freeText')
  const answers: SurveyAnswerView[] = []
  for (const position of ['coordinator', 'municipal'] as const) {
    const table = TRIAL1_TABLES[position]
    for (let person = 0; person < TRIAL1_PEOPLE[position]; person++) {
      const pre: { itemId: string; value: string }[] = []
      const post: { itemId: string; value: string }[] = []
      items.forEach((item, index) => {
        const [up, stay, down] = table[index] ?? [0, 0, 0, 0]
        if (person < up) {
          pre.push({ itemId: item.id, value: 'c' })
          post.push({ itemId: item.id, value: 'b' })
        } else if (person < up + stay) {
          pre.push({ itemId: item.id, value: 'b' })
          post.push({ itemId: item.id, value: 'b' })
        } else if (person < up + stay + down) {
          pre.push({ itemId: item.id, value: 'b' })
          post.push({ itemId: item.id, value: 'c' })
        } else {
          pre.push({ itemId: item.id, value: 'b' })
        }
      })
      const name = personName(position, person)
      answers.push(answer(`pre-${position}-${person}`, 'pre', name, position, pre))
      const postName = person % 3 === 0 ? toFullWidthSpaced(name) : name
      answers.push(answer(`post-${position}-${person}`, 'post', postName, position, post))
    }
  }
  return answers
}

function personName(position: SurveyPosition, index: number): string {
  return `${position === 'coordinator' ? '連携' : '市町'} 太郎${index + 1}`
}

/** 「連携 太郎12」 → 「連携（U+3000）太郎１２」 (a full-width space and digits, as some forms write). */
function toFullWidthSpaced(name: string): string {
  return name
    .replace(' ', '\u3000')
    .replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0))
}

function answer(
  id: string,
  phase: 'pre' | 'post',
  name: string,
  position: SurveyPosition,
  values: { itemId: string; value: string }[],
): SurveyAnswerView {
  return { id, phase, name, position, affiliation: '', answers: values, pairedWith: null }
}
