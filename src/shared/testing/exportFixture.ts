import { addNote } from '../board/theme1Ops'
import type { EditContext } from '../model/context'
import { SCENE_KEYS, type SceneKey } from '../model/scenes'
import type { AnyRecord, TroubledWho } from '../model/schemas'
import { applyRecords, type WorkshopDoc } from '../model/workshopDoc'
import { addGroup, boardOf, workshopGroups } from '../ops/groupOps'
import { createWorkshopFromTemplate } from '../templates/createWorkshop'
import { FULL_DAY_TEMPLATE } from '../templates/workshopTemplates'
import { addCause, castVote, placeCause, setMainCause } from '../theme2/causeOps'
import { addMeasure, addOutcome, placeMeasure, setChosen } from '../theme2/measureOps'
import { seatVoterId } from '../theme2/theme2Queries'
import { createTopic, createTopicFromTane, setStatement, updateTopic } from '../theme2/topicOps'
import { addCanvasNote, addCanvasRef } from '../theme3/canvasNoteOps'
import { createCanvas, createCanvasFromTopic } from '../theme3/canvasOps'
import { addInagiQuestions, addQa } from '../theme3/canvasQaOps'

/**
 * A filled workshop of any size for export tests and benchmarks: N groups, each with a テーマ1
 * board of realistic troubles (見出し clusters, multi-scene notes, the tray, タネ), two テーマ2
 * topics (causes with a "why?", dots, grid places, a main cause, countermeasures, 期待値/指標)
 * and テーマ3 canvases (typed notes and live references in the four areas, Q&A). Built through
 * the real ops, so the doc is what the app would hold. Deterministic for a deterministic ctx.
 * The texts are composed from phrases in the report's vocabulary; they are not quotations.
 */

export const EXPORT_FIXTURE_TITLE = '在宅医療・介護連携推進 コーディネーター研修（検証用）'
export const EXPORT_FIXTURE_DATE = '2025-02-07'
export const EXPORT_FIXTURE_VENUE = '○○県 保健医療センター 大会議室'

export interface ExportFixtureOptions {
  groups: number
  /** テーマ1 notes per group (見出し and gathered notes included); default 40. */
  notesPerBoard?: number
}

const PEOPLE = [
  '独居の高齢者',
  '老老介護の夫婦',
  '認知症の方の家族',
  '医療的ケア児の家族',
  'がん末期の患者',
  '神経難病の在宅患者',
  '日中独居の要介護者',
  '遠方に住む長男',
] as const

const TROUBLES: Record<SceneKey, readonly string[]> = {
  daily: [
    '通院の足がなく受診を控えている',
    '夜間や休日に相談できる先が分からない',
    '服薬管理ができず残薬が増えている',
    '訪問診療をしてくれる医師が見つからない',
    'ケアマネと主治医の連絡がうまく取れない',
  ],
  admission: [
    '入院したことをケアマネが知らなかった',
    '退院日が急に決まりサービス調整が間に合わない',
    '退院時の情報提供が看護サマリーだけで足りない',
    '市外の病院に入院すると退院支援の窓口が分からない',
    '入院時情報提供書を出す余裕がない',
  ],
  emergency: [
    '急変時にどこへ連絡すればよいか決まっていない',
    '不安になると在宅医でなく救急車を呼んでしまう',
    '救急隊が本人の意向を知らないまま搬送する',
    '休日の急変に対応できる訪問看護が少ない',
  ],
  endOfLife: [
    '本人の意向を確認できないまま最期を迎える',
    '衰弱すると家族が不安になり入院を選ぶ',
    '看取り経験の少ないケアマネが不安を抱えている',
    '施設での看取りに対応できる医師が少ない',
  ],
}

const HEADINGS: Record<SceneKey, string> = {
  daily: '受診・相談先が分からない',
  admission: '病院と在宅の情報共有',
  emergency: '急変時の連絡体制',
  endOfLife: '本人の意向と家族の不安',
}

const DETAILS = [
  '',
  '。担当している利用者のうち何人もいそう',
  '。家族は仕事を休んで対応しており負担が大きい',
  '。地域包括支援センターにも同じ相談が寄せられている',
] as const

const WHO_CYCLE: readonly TroubledWho[][] = [
  ['patient'],
  ['family'],
  ['resident'],
  ['patient', 'family'],
  ['other'],
]

function pick<T>(list: readonly T[], i: number): T {
  const item = list[((i % list.length) + list.length) % list.length]
  if (item === undefined) throw new Error('exportFixture: empty list')
  return item
}

/** Applies edits in sequence; each step returns the id of the first record it wrote. */
function stepper(start: WorkshopDoc) {
  let doc = start
  return {
    doc: () => doc,
    step(records: AnyRecord[]): string {
      doc = applyRecords(doc, records)
      return records[0]?.id ?? ''
    },
  }
}

type Steps = ReturnType<typeof stepper>

function fillTheme1(
  s: Steps,
  boardId: string,
  g: number,
  count: number,
  ctx: EditContext,
): string[] {
  const tane: string[] = []
  let added = 0
  let i = 0
  while (added < count) {
    const scene = pick(SCENE_KEYS, g + i)
    const trouble = (k: number) =>
      `${pick(PEOPLE, g * 3 + i + k)}：${pick(TROUBLES[scene], g + i + k)}${pick(DETAILS, i + k)}`
    if (i % 8 === 0 && added + 1 < count) {
      const headId = s.step(
        addNote(s.doc(), boardId, { text: HEADINGS[scene], scenes: [scene], kind: 'heading' }, ctx),
      )
      added += 1
      for (let k = 1; k <= 3 && added < count; k++, added++) {
        const init = {
          text: trouble(k),
          scenes: [scene],
          who: pick(WHO_CYCLE, i + k),
          parentId: headId,
        }
        s.step(addNote(s.doc(), boardId, init, ctx))
      }
    } else {
      // Every 9th note spans two scenes, every 13th is not sorted yet (the tray).
      const scenes: SceneKey[] =
        i % 13 === 5 ? [] : i % 9 === 4 ? [scene, pick(SCENE_KEYS, g + i + 1)] : [scene]
      const isTane = i % 7 === 3
      const id = s.step(
        addNote(
          s.doc(),
          boardId,
          { text: trouble(0), scenes, who: pick(WHO_CYCLE, i), tane: isTane },
          ctx,
        ),
      )
      if (isTane) tane.push(id)
      added += 1
    }
    i += 1
  }
  return tane
}

const CAUSES = [
  '病院と在宅の窓口が互いに見えていない',
  '退院前カンファレンスの対象が限られている',
  '在宅医の数が少なく夜間の対応が難しい',
  '本人の意向を話し合う機会がない',
  '家族が相談できる場所を知らない',
]

function fillTopic(s: Steps, topicId: string, g: number, t: number, ctx: EditContext): string {
  s.step(
    updateTopic(s.doc(), topicId, {
      goal: '本人と家族が望む場所で安心して療養を続けられる',
      concern: `${pick(PEOPLE, g + t)}が困ったときに相談先が分からない`,
    }),
  )
  s.step(
    setStatement(
      s.doc(),
      topicId,
      `病院と在宅の関係者が顔の見える関係で情報を共有すること（${g + 1}-${t + 1}）`,
    ),
  )
  const causeIds = CAUSES.map((_, k) =>
    s.step(addCause(s.doc(), topicId, pick(CAUSES, k + g + t), null, ctx)),
  )
  const first = causeIds[0] ?? ''
  s.step(addCause(s.doc(), topicId, 'なぜ？：お互いの仕事の流れを知らない', first, ctx))
  for (const [k, causeId] of causeIds.entries()) {
    for (let seat = 0; seat < (k + g) % 4; seat++)
      s.step(castVote(s.doc(), causeId, seatVoterId(seat + 1), 1))
    if (k % 2 === 0) s.step(placeCause(s.doc(), causeId, { x: 0.2 + 0.15 * k, y: 0.8 - 0.1 * k }))
  }
  const main = pick(causeIds, g + t)
  s.step(setMainCause(s.doc(), topicId, main))
  const measures = [
    ['入退院時の連絡ルールを地域で作る', 'ケアマネ、病院の地域連携室'],
    ['多職種の事例検討会を開く', '訪問診療医、訪問看護'],
    ['家族向けの相談窓口を周知する', '家族'],
    ['人生会議の進め方を研修する', 'ケアマネ'],
  ] as const
  const measureIds = measures.map(([text, target]) =>
    s.step(addMeasure(s.doc(), topicId, main, text, target, ctx)),
  )
  for (const [k, id] of measureIds.entries()) {
    if (k < 2) s.step(setChosen(s.doc(), id, true))
    s.step(placeMeasure(s.doc(), id, { x: 0.9 - 0.2 * k, y: 0.3 + 0.15 * k }))
  }
  s.step(
    addOutcome(
      s.doc(),
      topicId,
      {
        expectation: '退院当日にサービスが始められる',
        indicator: '退院調整率',
        measureId: measureIds[0] ?? null,
      },
      ctx,
    ),
  )
  s.step(
    addOutcome(
      s.doc(),
      topicId,
      { expectation: '家族の不安が減る', indicator: '救急搬送件数', measureId: null },
      ctx,
    ),
  )
  return main
}

function fillTheme3(
  s: Steps,
  boardId: string,
  topicId: string,
  refs: { tane: string; main: string },
  g: number,
  ctx: EditContext,
): void {
  const canvasId = s.step(createCanvasFromTopic(s.doc(), boardId, topicId, ctx))
  s.step(addCanvasRef(s.doc(), canvasId, 'facts', { type: 'note', id: refs.tane }, ctx))
  s.step(addCanvasNote(s.doc(), canvasId, 'facts', `この半年で同じ相談が${g + 3}件あった。`, ctx))
  s.step(
    addCanvasNote(
      s.doc(),
      canvasId,
      'thoughts',
      '病院と在宅の情報共有の仕組みが地域にないことが背景にあるのではないか',
      ctx,
    ),
  )
  s.step(addCanvasRef(s.doc(), canvasId, 'thoughts', { type: 'cause', id: refs.main }, ctx))
  s.step(
    addCanvasNote(
      s.doc(),
      canvasId,
      'materials',
      '相談記録の集計表（件数・相談者・内容の分類）',
      ctx,
    ),
  )
  s.step(
    addCanvasNote(s.doc(), canvasId, 'share', '毎月の事業報告書に現状と伝えたいことを書く', ctx),
  )
  s.step(addCanvasNote(s.doc(), canvasId, 'share', '協議会で医師や看護師に意見を聞く', ctx))
  s.step(
    addQa(
      s.doc(),
      canvasId,
      {
        prompt: 'reason',
        question: 'それは市全体の課題と言えるのですか？',
        answer: '他の相談窓口にも同じ相談が来ているので、確認してみます。',
      },
      ctx,
    ),
  )
  s.step(addInagiQuestions(s.doc(), canvasId, ctx))
  if (g % 2 === 0) {
    const typed = s.step(
      createCanvas(s.doc(), boardId, '急変時に本人の意向が救急隊に伝わる仕組みがない', ctx),
    )
    s.step(
      addCanvasNote(
        s.doc(),
        typed,
        'facts',
        '救急搬送された在宅患者の多くで意向が共有されていなかった',
        ctx,
      ),
    )
  }
}

/** Builds the workshop (see the comment at the top). */
export function buildExportFixture(ctx: EditContext, options: ExportFixtureOptions): WorkshopDoc {
  const s = stepper(
    createWorkshopFromTemplate(
      FULL_DAY_TEMPLATE,
      { title: EXPORT_FIXTURE_TITLE, date: EXPORT_FIXTURE_DATE, venue: EXPORT_FIXTURE_VENUE },
      ctx,
    ),
  )
  for (let g = 0; g < options.groups; g++) {
    s.step(addGroup(s.doc(), ctx))
    const group = workshopGroups(s.doc())[g]
    if (!group) throw new Error('exportFixture: addGroup added no group')
    const board = (themeId: 'theme1' | 'theme2' | 'theme3') => {
      const found = boardOf(s.doc(), group.id, themeId)
      if (!found) throw new Error(`exportFixture: no ${themeId} board`)
      return found.id
    }
    const tane = fillTheme1(s, board('theme1'), g, options.notesPerBoard ?? 40, ctx)
    const firstTane = tane[0]
    const topicA = firstTane
      ? s.step(createTopicFromTane(s.doc(), board('theme2'), firstTane, ctx))
      : s.step(createTopic(s.doc(), board('theme2'), '相談先が分からない', ctx))
    const topicB = s.step(
      createTopic(s.doc(), board('theme2'), '看取り期の家族の不安が大きい', ctx, {
        label: '看取り（自宅）',
        scene: 'endOfLife',
      }),
    )
    const main = fillTopic(s, topicA, g, 0, ctx)
    fillTopic(s, topicB, g, 1, ctx)
    if (firstTane) fillTheme3(s, board('theme3'), topicA, { tane: firstTane, main }, g, ctx)
  }
  return s.doc()
}
