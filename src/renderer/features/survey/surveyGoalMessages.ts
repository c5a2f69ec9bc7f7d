import { useLang } from '../../i18n/useT'

/**
 * The survey items linked to 研修の企画's 「3.研修終了時に想定する能力・効果等」 (図表-73): the words of
 * the chooser beside each item and of the results per goal. The report's words verbatim (L7537-7539).
 */
export const surveyGoalJa = {
  goalField: '3.研修終了時に想定する能力・効果等',
  goalChooser: (label: string) => `${label}で確かめる「3.研修終了時に想定する能力・効果等」`,
  goalNone: '（結び付けない）',
  goalStale: (line: string) => `（研修の企画で書き換えられました）${line}`,
  goalLinked: (target: string) => `研修終了時（${target}）：`,
  goalStaleNote: '研修の企画ではこの文は書き換えられています。',
  goalNoPlan:
    '研修の企画（図表-73 研修プログラムの企画）の「3.研修終了時に想定する能力・効果等」がまだ書かれていません。書くと、設問をその能力・効果に結び付け、結果を能力・効果ごとに見られます。',
  goalToPlanning: '研修の企画へ',
  goalsHeading: '研修終了時に想定する能力・効果等と設問',
  goalsLead:
    '重要なことは、「研修プログラムの企画（例）」（第5章2.(2)③）のとおり、研修会によって「2.入口で対象となる人物像」が「3.研修終了時に想定する能力・効果等」となっているかどうかである。',
  goalsEmpty:
    'まだ設問が結び付けられていません。上の「設問」で、設問ごとに確かめる能力・効果を選んでください。',
  goalItemCounts: (up: number, stay: number, down: number, total: number) =>
    `up ${up}・stay ${stay}・down ${down}（計${total}人）`,
  goalItemNoPairs: '事前・事後の両方の回答はまだありません',
  goalFreeCount: (n: number) => `自由記述 ${n}件`,
}

export type SurveyGoalMessages = typeof surveyGoalJa

export const surveyGoalEn: SurveyGoalMessages = {
  goalField: '3. Abilities and effects expected at the end of the training',
  goalChooser: (label) => `What ${label} checks of “3. Abilities and effects expected at the end”`,
  goalNone: '(not linked)',
  goalStale: (line) => `(reworded in the plan) ${line}`,
  goalLinked: (target) => `At the end (${target}): `,
  goalStaleNote: 'The plan no longer has these words.',
  goalNoPlan:
    'The plan (figure 73, planning the programme) has nothing yet under “3. Abilities and effects expected at the end of the training”. Write it to link each item to the ability it checks and see the results per ability.',
  goalToPlanning: 'Planning',
  goalsHeading: 'Abilities and effects expected at the end, and the items',
  goalsLead:
    'What matters, as in “planning the training programme (example)” (chapter 5, 2.(2)③), is whether the training turned “2. the people at the entrance” into “3. the abilities and effects expected at the end of the training”.',
  goalsEmpty:
    'No item is linked yet. Under “Items” above, choose for each item the ability it checks.',
  goalItemCounts: (up, stay, down, total) => `up ${up}, stay ${stay}, down ${down} (of ${total})`,
  goalItemNoPairs: 'No one has answered both before and after yet',
  goalFreeCount: (n) => `free text: ${n}`,
}

export function useSurveyGoalT(): SurveyGoalMessages {
  return useLang() === 'en' ? surveyGoalEn : surveyGoalJa
}
