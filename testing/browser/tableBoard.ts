import { addNote, type NoteInit } from '../../src/shared/board/theme1Ops'
import { serializeWorkshopFile, parseWorkshopFile } from '../../src/shared/files/workshopFile'
import type { EditContext } from '../../src/shared/model/context'
import type { SceneKey } from '../../src/shared/model/scenes'
import type { TroubledWho } from '../../src/shared/model/schemas'
import { applyRecords } from '../../src/shared/model/workshopDoc'
import { addGroup, boardOf, workshopGroups } from '../../src/shared/ops/groupOps'
import { createWorkshopFromTemplate } from '../../src/shared/templates/createWorkshop'
import { FULL_DAY_TEMPLATE } from '../../src/shared/templates/workshopTemplates'
import type { LargeBoard } from './largeBoard'

/**
 * A テーマ1 board as a real table leaves it after 40 minutes (issue 17: 30-60 troubles): 44 notes,
 * 16 of them in 日常療養 (a 見出し with three gathered notes among them, the タネ note last), 11
 * in 入退院支援 (a 見出し with three too), the other scenes emptier, a few still in the tray. Texts in the report's wording, of the
 * lengths a 書記 writes. Built with the app's own ops and checked with its own file reader.
 */

interface Spec {
  text: string
  who?: TroubledWho[]
  tane?: boolean
  /** Notes gathered under this one (then a 見出し). */
  under?: string[]
}

const DAILY: Spec[] = [
  { text: 'どこに連絡、相談したらよいのか分からない', who: ['family'] },
  {
    text: '相談先が分からない',
    under: [
      '夜間・休日に相談できる先が分からない（特に独居の方）',
      '地域包括支援センターを知らない',
      '介護保険の申請の仕方が分からない',
    ],
  },
  { text: '(ケアマネ)パーキンソンに強い市外の訪問診療は遠くて訪問できない。', who: ['patient'] },
  {
    text: '(家族)同居するパーキンソンの親の夜間訴えが強く、ショートステイも利用できなくなりつらい。',
    who: ['family'],
  },
  { text: '病院の敷居が高い', who: ['resident'] },
  { text: '本人の意向を具体的に確認できていない', who: ['patient'] },
  {
    text: '(薬局)高齢で薬を取りに来るのが大きく負担になっている患者がいるが、介護サービス等は使えるか。',
    who: ['patient'],
  },
  { text: '通院の付き添いをする家族がいない', who: ['patient', 'family'] },
  { text: '認知症の方の服薬管理ができない' },
  { text: '訪問歯科がどこにあるか分からない', who: ['family'] },
  { text: 'ヘルパーが足りず希望の時間に入れない' },
  { text: '医療と介護の情報共有の手段がばらばら' },
  { text: '皮膚科の往診をしてくれる医師がいない', who: ['patient'], tane: true },
]

const ADMISSION: Spec[] = [
  {
    text: '情報共有のタイミング',
    under: [
      '入院した事を知らなかった',
      '退院時の情報をもっと早く欲しい',
      '入院時にケアマネの連絡先が伝わらない',
    ],
  },
  { text: '退院前カンファレンスの日程が急に決まる' },
  { text: '病院はMSWがいるからいいけど、開業医の対応に困っている' },
  { text: '退院後の生活のイメージが家族にない', who: ['family'] },
  { text: '病棟と地域の連携室の連絡がつながらない' },
  { text: '退院が決まってから介護保険を申請しても間に合わない', tane: true },
  { text: 'サービス担当者会議に病院の人が来られない' },
  { text: '入院中にADLが落ちて家に帰れない', who: ['patient'] },
]

const EMERGENCY: Spec[] = [
  { text: '衰弱すると家族が不安になる', who: ['family'] },
  { text: '不安になると在宅医でなく救急車に連絡', who: ['family'] },
  { text: '夜間の急変時に誰に連絡するか決まっていない' },
  { text: '救急隊に本人の情報が伝わらない', tane: true },
  { text: '独居の方の急変に気付けない', who: ['resident'] },
  { text: 'かかりつけ医が夜間対応していない' },
  { text: '急変時の対応を事前に話し合えていない', who: ['patient', 'family'] },
]

const END_OF_LIFE: Spec[] = [
  { text: '看取り経験少ないケアマネも不安になる' },
  { text: '終末期に本人の意向に沿えず、家族が入院を選ぶことがある', who: ['family'] },
  { text: '自宅で看取る覚悟が家族にできていない', who: ['family'] },
  { text: 'サ高住での看取りに対応できる医師が少ない', tane: true },
  { text: '死亡診断に来てくれる医師が見つからない' },
  { text: '人生会議（ACP）をいつ誰が始めるか' },
]

const TRAY: Spec[] = [
  { text: 'レスパイト（休息）入院先がない', who: ['family'] },
  { text: '民生委員との連携がない' },
  { text: '多職種の顔が見えない' },
  { text: '制度が複雑で説明できない' },
]

/** Real-looking ids and times (the app's own ids are random too). */
function tableContext(seed: string): EditContext {
  let ids = 0
  let ms = Date.parse('2025-02-07T05:10:00.000Z')
  return {
    now: () => new Date((ms += 20_000)).toISOString(),
    newId: () => `${seed}${(++ids).toString(36).padStart(5, '0')}`,
    editorId: 'ab0c4000000000aa',
  }
}

/** The board of one table: 44 notes, 16 in 日常療養 (see above). */
export function buildTableBoard(seed = 'table44x'): LargeBoard {
  const ctx = tableContext(seed)
  let doc = createWorkshopFromTemplate(
    FULL_DAY_TEMPLATE,
    { title: '令和7年度 在宅医療・介護連携 研修会', date: '2025-02-07', venue: '' },
    ctx,
  )
  doc = applyRecords(doc, addGroup(doc, ctx))
  const group = workshopGroups(doc)[0]
  const board = group && boardOf(doc, group.id, 'theme1')
  if (!group || !board) throw new Error('tableBoard: no テーマ1 board')

  let added = 0
  const add = (init: NoteInit): string => {
    const records = addNote(doc, board.id, init, ctx)
    const note = records[0]
    if (note?.type !== 'note') throw new Error(`tableBoard: could not add ${init.text}`)
    doc = applyRecords(doc, records)
    added += 1
    return note.id
  }
  const addAll = (specs: Spec[], scenes: SceneKey[]) => {
    for (const spec of specs) {
      const base = { who: spec.who ?? [], tane: spec.tane ?? false }
      if (!spec.under) {
        add({ text: spec.text, scenes, ...base })
        continue
      }
      const heading = add({ text: spec.text, scenes, kind: 'heading' })
      for (const text of spec.under) add({ text, scenes: [], parentId: heading })
    }
  }
  addAll(TRAY, [])
  addAll(DAILY, ['daily'])
  addAll(ADMISSION, ['admission'])
  addAll(EMERGENCY, ['emergency'])
  addAll(END_OF_LIFE, ['endOfLife'])

  const file = serializeWorkshopFile(doc, '0.1.0-e2e', '2025-02-07T06:00:00.000Z')
  const parsed = parseWorkshopFile(file)
  if (!parsed.ok) throw new Error(`tableBoard: the app would refuse the file: ${parsed.detail}`)
  return {
    doc,
    workshopId: doc.workshop.id,
    groupId: group.id,
    boardId: board.id,
    notes: added,
    file,
  }
}
