import fc from 'fast-check'
import { LIMITS } from '../model/limits'
import { SCENE_KEYS } from '../model/scenes'
import {
  BRIEF_PARTS,
  MAX_REV,
  CAFE_REACTION_KINDS,
  CAFE_TARGET_TYPES,
  CANVAS_AREAS,
  CANVAS_REF_TYPES,
  COMMENTATOR_ROLES,
  MEMBER_POSITIONS,
  NOTE_COLORS,
  NOTE_KINDS,
  PARTICIPANT_KINDS,
  QA_PROMPTS,
  QUALIFICATIONS,
  THEME2_PRESETS,
  TIMETABLE_KINDS,
  TROUBLED_WHO,
  WORKSHOP_VARIANTS,
  type AnyRecord,
  type BriefEdits,
  type Workshop,
  PLAN_FORMS,
} from '../model/schemas'
import { SURVEY_SCALES } from '../survey/surveyScales'
import { SURVEY_PHASES } from '../survey/surveyTypes'
import { THEME_IDS } from '../model/themes'
import { RESERVED_IDS } from '../files/workshopFileChecks'

/**
 * fast-check arbitraries of valid workshop records, built from the schemas' rules (lengths,
 * enums, ranges), for the workshop file's property tests. Imported only by tests.
 * References point at arbitrary ids: the file format does not require them to resolve.
 */

/** Text a hostile file might carry: markup, escapes, line separators, lone surrogates, RTL. */
const NASTY_TEXTS = [
  '<img src=x onerror=alert(1)><script>alert(1)</script>',
  '"\\\u2028\u2029\u0000\b\f\n\r\t',
  '\uD800 \uDC00 \uDBFF\uDFFF',
  '\u202Eevil\u202C 🙂👨‍👩‍👧 ｶﾀｶﾅ ㈱',
  '=HYPERLINK("http://x")',
  '__proto__',
  '{"format":"taneboard-workshop"}',
]

/** A string of at most `max` UTF-16 code units (the schemas count those). */
export function textArb(max: number): fc.Arbitrary<string> {
  return fc
    .oneof(
      { weight: 4, arbitrary: fc.string({ unit: 'binary', maxLength: 24 }) },
      { weight: 3, arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }) },
      { weight: 2, arbitrary: fc.constantFrom(...NASTY_TEXTS) },
      { weight: 1, arbitrary: fc.constant('あ'.repeat(max)) },
    )
    .map((text) => text.slice(0, max))
}

export const idArb: fc.Arbitrary<string> = fc
  .oneof(
    fc.uuid(),
    fc.stringMatching(/^[A-Za-z0-9_-]{1,64}$/),
    fc.constantFrom('a', '-', '_', 'x'.repeat(64)),
  )
  .filter((id) => !RESERVED_IDS.has(id))

const isoArb = fc
  .date({
    min: new Date('1970-01-01T00:00:00.000Z'),
    max: new Date('2199-12-31T23:59:59.999Z'),
    noInvalidDate: true,
  })
  .map((date) => date.toISOString())

/** A sort key: any finite number (-0 is written as 0, so it is left out). */
const orderArb = fc.double({ noNaN: true, noDefaultInfinity: true }).map((n) => n || 0)
const unitArb = fc.double({ min: 0, max: 1, noNaN: true }).map((n) => n || 0)
const clockArb = fc
  .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
  .map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`)
const dateArb = fc.oneof(
  fc.constant(''),
  isoArb.map((iso) => iso.slice(0, 10)),
)

function pick<T>(values: readonly T[]): fc.Arbitrary<T> {
  return fc.constantFrom(...values)
}

function subset<T>(values: readonly T[], minLength = 0): fc.Arbitrary<T[]> {
  return fc.subarray([...values], { minLength })
}

const editorArb = fc.stringMatching(/^[0-9a-f]{16}$/)

const baseArb = fc
  .record({
    id: idArb,
    createdAt: isoArb,
    updatedAt: isoArb,
    rev: fc.oneof(fc.integer({ min: 1, max: 20 }), fc.integer({ min: 1, max: MAX_REV })),
    edits: fc.option(
      fc.dictionary(editorArb, fc.integer({ min: 1, max: 20 }), { minKeys: 1, maxKeys: 3 }),
    ),
    deletedAt: fc.option(isoArb),
  })
  // edits (file format 4) account for at most rev changes; older records have none
  .map(({ edits, ...base }) => {
    if (edits === null) return base
    const attributed = Object.values(edits).reduce((sum, n) => sum + n, 0)
    return { ...base, rev: Math.max(base.rev, attributed), edits }
  })

const gridArb = fc.option(fc.record({ x: unitArb, y: unitArb }))
const axesArb = fc.record({
  x: fc.option(textArb(LIMITS.labelChars)),
  y: fc.option(textArb(LIMITS.labelChars)),
})
const noteText = textArb(LIMITS.noteTextChars)

const briefArb: fc.Arbitrary<BriefEdits> = fc
  .tuple(
    ...BRIEF_PARTS.map(() =>
      fc.option(
        fc.record({ text: textArb(LIMITS.longTextChars), basedOn: fc.string({ maxLength: 40 }) }),
      ),
    ),
  )
  .map((edits) => Object.fromEntries(BRIEF_PARTS.map((part, i) => [part, edits[i]])) as BriefEdits)

const memberArb = fc.record({
  id: idArb,
  name: textArb(LIMITS.shortTextChars),
  position: pick(MEMBER_POSITIONS),
  affiliation: textArb(LIMITS.shortTextChars),
  years: fc.option(fc.double({ min: 0, max: 60, noNaN: true }).map((n) => n || 0)),
  qualifications: subset(QUALIFICATIONS),
})

/** The fields each record type adds to the base (every one but the workshop's). */
function childFields(workshopId: string) {
  const common = { workshopId: fc.constant(workshopId) }
  const onBoard = { ...common, boardId: idArb }
  return {
    timetableRow: fc.record({
      type: fc.constant('timetableRow' as const),
      ...common,
      order: orderArb,
      start: clockArb,
      durationMin: fc.integer({ min: 0, max: 24 * 60 }),
      kind: pick(TIMETABLE_KINDS),
      item: textArb(LIMITS.shortTextChars),
      content: textArb(LIMITS.longTextChars),
      themeId: fc.option(pick(THEME_IDS)),
    }),
    group: fc.record({
      type: fc.constant('group' as const),
      ...common,
      name: textArb(LIMITS.shortTextChars),
      order: orderArb,
      members: fc.array(memberArb, { maxLength: 3 }),
      moderatorId: fc.option(idArb),
      scribeId: fc.option(idArb),
    }),
    board: fc.record({
      type: fc.constant('board' as const),
      ...common,
      groupId: idArb,
      themeId: pick(THEME_IDS),
    }),
    note: fc.record({
      type: fc.constant('note' as const),
      ...onBoard,
      text: noteText,
      kind: pick(NOTE_KINDS),
      color: pick(NOTE_COLORS),
      scenes: subset(SCENE_KEYS),
      who: subset(TROUBLED_WHO),
      tane: fc.boolean(),
      order: orderArb,
      parentId: fc.option(idArb),
      area: fc.option(textArb(64)),
    }),
    topic: fc.record({
      type: fc.constant('topic' as const),
      ...onBoard,
      order: orderArb,
      sourceNoteId: fc.option(idArb),
      title: noteText,
      label: textArb(LIMITS.labelChars),
      preset: fc.option(pick(THEME2_PRESETS)),
      scene: fc.option(pick(SCENE_KEYS)),
      goal: noteText,
      concern: noteText,
      mainCauseId: fc.option(idArb),
      statement: noteText,
      causeAxes: axesArb,
      measureAxes: axesArb,
      votesPerPerson: fc.integer({ min: 1, max: LIMITS.votesPerPersonMax }),
    }),
    cause: fc.record({
      type: fc.constant('cause' as const),
      ...onBoard,
      topicId: idArb,
      parentId: fc.option(idArb),
      text: noteText,
      order: orderArb,
      grid: gridArb,
      votes: fc.dictionary(idArb, fc.integer({ min: 1, max: LIMITS.votesPerPersonMax }), {
        maxKeys: 4,
        noNullPrototype: true,
      }),
    }),
    measure: fc.record({
      type: fc.constant('measure' as const),
      ...onBoard,
      topicId: idArb,
      causeId: fc.option(idArb),
      text: noteText,
      target: textArb(LIMITS.shortTextChars),
      grid: gridArb,
      chosen: fc.boolean(),
      order: orderArb,
    }),
    outcome: fc.record({
      type: fc.constant('outcome' as const),
      ...onBoard,
      topicId: idArb,
      measureId: fc.option(idArb),
      expectation: noteText,
      indicator: noteText,
      order: orderArb,
    }),
    canvas: fc.record({
      type: fc.constant('canvas' as const),
      ...onBoard,
      order: orderArb,
      sourceTopicId: fc.option(idArb),
      title: noteText,
      brief: briefArb,
    }),
    canvasNote: fc.record({
      type: fc.constant('canvasNote' as const),
      ...onBoard,
      canvasId: idArb,
      area: pick(CANVAS_AREAS),
      text: noteText,
      color: pick(NOTE_COLORS),
      order: orderArb,
      ref: fc.option(fc.record({ type: pick(CANVAS_REF_TYPES), id: idArb })),
    }),
    canvasQa: fc.record({
      type: fc.constant('canvasQa' as const),
      ...onBoard,
      canvasId: idArb,
      order: orderArb,
      prompt: fc.option(pick(QA_PROMPTS)),
      question: noteText,
      answer: noteText,
    }),
    commentator: fc.record({
      type: fc.constant('commentator' as const),
      ...common,
      name: textArb(LIMITS.shortTextChars),
      role: pick(COMMENTATOR_ROLES),
      affiliation: textArb(LIMITS.shortTextChars),
      order: orderArb,
    }),
    review: fc.record({
      type: fc.constant('review' as const),
      ...common,
      groupId: idArb,
      text: textArb(LIMITS.longTextChars),
      commentatorIds: fc.array(idArb, { maxLength: 3 }),
    }),
    cafeReaction: fc.record({
      type: fc.constant('cafeReaction' as const),
      ...onBoard,
      kind: pick(CAFE_REACTION_KINDS),
      target: fc.record({ type: pick(CAFE_TARGET_TYPES), id: idArb }),
      text: textArb(LIMITS.cafeCommentChars),
      author: textArb(LIMITS.shortTextChars),
    }),
    planEntry: fc.record({
      type: fc.constant('planEntry' as const),
      ...common,
      form: pick(PLAN_FORMS),
      key: fc.constantFrom(
        'goals.coordinator.long',
        'check.1',
        'overview.method',
        'program.purpose',
      ),
      text: textArb(LIMITS.longTextChars),
    }),
    participant: fc.record({
      type: fc.constant('participant' as const),
      ...common,
      order: orderArb,
      kind: pick(PARTICIPANT_KINDS),
      name: textArb(LIMITS.shortTextChars),
      contact: textArb(LIMITS.shortTextChars),
      affiliation: textArb(LIMITS.shortTextChars),
      title: textArb(LIMITS.shortTextChars),
      position: pick(MEMBER_POSITIONS),
      years: fc.option(fc.double({ min: 0, max: 60, noNaN: true }).map((n) => n || 0)),
      qualifications: subset(QUALIFICATIONS),
      otherQualification: textArb(LIMITS.shortTextChars),
      area: textArb(LIMITS.shortTextChars),
      municipality: textArb(LIMITS.shortTextChars),
      notes: noteText,
    }),
    surveyItem: fc.record({
      type: fc.constant('surveyItem' as const),
      ...common,
      scale: pick(SURVEY_SCALES),
      text: textArb(LIMITS.surveyItemChars),
      order: fc.integer({ min: -1000, max: 1000 }),
      goal: fc.option(
        fc.record({ key: fc.constantFrom('program.r1.end', 'program.r4.end'), line: textArb(80) }),
        { nil: null },
      ),
    }),
    surveyAnswer: fc.record({
      type: fc.constant('surveyAnswer' as const),
      ...common,
      phase: pick(SURVEY_PHASES),
      name: textArb(LIMITS.shortTextChars),
      position: pick(MEMBER_POSITIONS),
      affiliation: textArb(LIMITS.shortTextChars),
      answers: fc.array(fc.record({ itemId: idArb, value: textArb(20) }), { maxLength: 3 }),
      pairedWith: fc.option(idArb, { nil: null }),
    }),
  }
}

/** A valid workshop record. */
export const workshopRecordArb: fc.Arbitrary<Workshop> = fc
  .tuple(
    baseArb,
    fc.record({
      title: textArb(LIMITS.titleChars),
      date: dateArb,
      venue: textArb(LIMITS.shortTextChars),
      variant: pick(WORKSHOP_VARIANTS),
      scenes: subset(SCENE_KEYS, 1),
      dayStart: clockArb,
      isSample: fc.boolean(),
    }),
  )
  .map(([base, fields]) => ({ ...base, type: 'workshop' as const, ...fields }))

/** A valid workshop and up to `maxRecords` valid records of it, unique by type and id. */
export function workshopRecordsArb(
  maxRecords: number,
): fc.Arbitrary<{ workshop: Workshop; records: AnyRecord[] }> {
  return workshopRecordArb.chain((workshop) => {
    const fields = childFields(workshop.id)
    const recordArb = fc
      .tuple(baseArb, fc.oneof(...Object.values(fields)))
      .map(([base, rest]): AnyRecord => ({ ...base, ...rest }))
    return fc
      .uniqueArray(recordArb, {
        maxLength: maxRecords,
        selector: (record) => `${record.type}:${record.id}`,
      })
      .map((records) => ({ workshop, records }))
  })
}
