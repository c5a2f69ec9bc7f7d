import type { theme2Ja } from './messages.theme2'

export const theme2En: { [K in keyof typeof theme2Ja]: (typeof theme2Ja)[K] } = {
  theme2MeasureTextOf: (text) => `Countermeasure: ${text}`,
  theme2MeasureTargetOf: (text) => `For whom: ${text}`,
  theme2CauseTextOf: (text) =>
    `Text of the cause “${text}” (Enter saves, Shift+Enter breaks the line, Esc cancels)`,

  theme2Steps: 'Thinking steps',
  theme2StepsHint: '← → switch the step',
  theme2Step1: 'Make it concrete',
  theme2Step2: 'Causes',
  theme2Step3: 'Main cause',
  theme2Step4: 'Countermeasures',
  theme2Step5: 'Narrow down',
  theme2Step1Question: 'What exactly is the trouble? (making it concrete)',
  theme2Step2Question: 'Why does it happen? (possible causes)',
  theme2Step3Question: 'Of all the causes, which one must be solved? (the main cause)',
  theme2Step4Question: 'What countermeasures could tackle the main cause of ③? (list them)',
  theme2Step5Question: 'Which of ④ are effective and realistic? (narrow them down)',
  theme2StepCount: (n) => `${n}`,
  theme2StepNext: (mark, name) => `Next: ${mark} ${name}`,
  theme2StepShown: (mark, name) => `Showing step ${mark} “${name}”.`,

  theme2WhyOf: (cause) => `Why? of “${cause}”`,
  theme2WhyDepth: (n) => `Why? level ${n}`,
  theme2WhyMax: (n) => `“Why?” goes ${n} levels deep at most`,
  theme2PlacedAt: (text, x, y) => `Placed “${text}” on a free spot of the map. ${x}, ${y}.`,
  theme2ChoseTitle: 'Countermeasures to adopt',
  theme2ChoseHint: 'Mark the effective and realistic ones.',
  theme2ChoseEmpty: 'List countermeasures in ④ to choose them here.',
  theme2MainCausePick: 'Look at the dots and pick one main cause.',
  theme2GridAxes: 'Axis names',
  theme2StatementHint: 'From the discussion so far, write in one line what the area should solve.',
}
