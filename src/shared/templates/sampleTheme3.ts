import type { EditContext } from '../model/context'
import type { AnyRecord, CanvasArea, CanvasRef } from '../model/schemas'
import { applyRecords, live, type WorkshopDoc } from '../model/workshopDoc'
import { boardOf } from '../ops/groupOps'
import { addCause, setMainCause } from '../theme2/causeOps'
import { createTopicFromTane, setStatement } from '../theme2/topicOps'
import { addCanvasNote, addCanvasRef } from '../theme3/canvasNoteOps'
import { createCanvasFromTopic } from '../theme3/canvasOps'
import { addInagiQuestions, addQa } from '../theme3/canvasQaOps'

/**
 * The 稲城市 パーキンソン example carried through テーマ2 and テーマ3 on one group of the sample:
 * the consultation (a テーマ1 タネ of Ａグループ), the ケアマネ's 課題意識 as the main cause and the
 * 【地域で解決しないといけないテーマ】 as the 地域課題 (資料3-7, L10620-10624); then the canvas
 * built from the coordinator ⇄ 行政職員 dialogue (図表-66, L6365-6387): what happened, what the
 * 協議会 concluded, the consultation table as material (資料3-6, L10475), the monthly report as a
 * way to share (事業報告会 free text, L11030-11032), the officer's questions with the coordinator's
 * answers, and 稲城市's three questions still to answer. Every text is the report's.
 */

export const SAMPLE_THEME3_SOURCES =
  '稲城市 図表-66 L6365-6392; 資料3-7 L10610-10629; 資料3-6 L10475, L10543-10549; 事業報告会 L11030-11032'

/** The タネ of Ａグループ the example starts from (a テーマ1 note of the sample). */
export const SAMPLE_PARKINSON_TANE =
  '(ケアマネ)パーキンソンに強い市外の訪問診療は遠くて訪問できない。'
export const SAMPLE_MAIN_CAUSE =
  '通院困難なパーキンソン病の患者に訪問診療してくれる専門医が見つからない。'
export const SAMPLE_STATEMENT = '訪問診療医やケアマネが専門医と相談しやすい関係を作ること。'

export const SAMPLE_CANVAS_NOTES: Record<CanvasArea, readonly string[]> = {
  facts: [
    '「パーキンソンに強い市外の訪問診療は遠くて訪問できない」とのことで、パーキンソンに強い訪問診療医は市内にはいないので、調べて市外の●●クリニックさんを紹介しました。',
    '在宅療養する本人も家族も、病気の専門性が高い訪問診療医を希望することは、よくあるみたいで、ケアマネから問合せありますよ。',
  ],
  thoughts: [
    'パーキンソン病の患者を退院させるにあたり、専門医として在宅療養のめどが立っているはずだから、症状に困ったらケアマネや訪問診療医が専門医に相談しやすい関係性を広げることが地域課題ではないか',
  ],
  materials: ['相談室に寄せられた相談(令和4年8～12月分)から見える課題等'],
  share: [
    '協議会でこの相談から見える地域課題について、医師や看護師に聞いてみましょうか。',
    '毎月提出する報告書に現状及び伝えたいことを記載することで共有できるのではないか',
  ],
}

export const SAMPLE_QAS: readonly { question: string; answer: string }[] = [
  {
    question:
      'それって、市内にもパーキンソンに強い訪問診療医が必要ってことですか？訪問診療って専門性より「なんでも診れること」が大切って前の協議会会長によく言われたんですけど。',
    answer:
      '在宅療養する本人も家族も、病気の専門性が高い訪問診療医を希望することは、よくあるみたいで、ケアマネから問合せありますよ。',
  },
  {
    question: '一般的な訪問診療医もパーキンソンは分かってますよね。それじゃだめなんですかね。',
    answer: 'さぁ、そこまではケアマネさんから聞きませんでしたので、聞いてみますね。',
  },
]

/** Adds the example to a group of the doc (its タネ must be on the group's テーマ1 board). */
export function addInagiParkinsonExample(
  doc: WorkshopDoc,
  groupId: string,
  ctx: EditContext,
): WorkshopDoc {
  const theme1 = boardOf(doc, groupId, 'theme1')
  const theme2 = boardOf(doc, groupId, 'theme2')
  const theme3 = boardOf(doc, groupId, 'theme3')
  const tane = live(doc.notes).find(
    (n) => n.boardId === theme1?.id && n.text === SAMPLE_PARKINSON_TANE,
  )
  if (!theme2 || !theme3 || !tane) return doc
  let next = doc
  const step = (records: AnyRecord[]): string => {
    next = applyRecords(next, records)
    return records[0]?.id ?? ''
  }
  const topicId = step(createTopicFromTane(next, theme2.id, tane.id, ctx))
  step(setStatement(next, topicId, SAMPLE_STATEMENT))
  const causeId = step(addCause(next, topicId, SAMPLE_MAIN_CAUSE, null, ctx))
  step(setMainCause(next, topicId, causeId))

  const canvasId = step(createCanvasFromTopic(next, theme3.id, topicId, ctx))
  const ref = (area: CanvasArea, target: CanvasRef) =>
    step(addCanvasRef(next, canvasId, area, target, ctx))
  ref('facts', { type: 'note', id: tane.id })
  for (const area of ['facts', 'thoughts', 'materials', 'share'] as const) {
    for (const text of SAMPLE_CANVAS_NOTES[area])
      step(addCanvasNote(next, canvasId, area, text, ctx))
  }
  ref('thoughts', { type: 'cause', id: causeId })
  for (const qa of SAMPLE_QAS) step(addQa(next, canvasId, { prompt: 'reason', ...qa }, ctx))
  step(addInagiQuestions(next, canvasId, ctx))
  return next
}
