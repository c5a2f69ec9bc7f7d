import { newParticipant, type ParticipantInit } from '../roster/rosterOps'
import type { EditContext } from '../model/context'
import type { SceneKey } from '../model/scenes'
import type { AnyRecord, Member, Note, Participant, TroubledWho } from '../model/schemas'
import { applyRecords, type WorkshopDoc } from '../model/workshopDoc'
import { addGroup, addMember, boardOf, setRole, workshopGroups } from '../ops/groupOps'
import { newRecordBase } from '../ops/records'
import { createWorkshopFromTemplate } from './createWorkshop'
import { addInagiParkinsonExample } from './sampleTheme3'
import { FULL_DAY_TEMPLATE } from './workshopTemplates'

/**
 * The bundled サンプル研修会: the full-day timetable, three tables of fictitious people, and
 * テーマ1 boards filled with real troubles quoted from the report (verbatim, standard kanji).
 * Ａグループ also carries the 稲城市 パーキンソン example through テーマ2 and テーマ3 (see
 * sampleTheme3.ts); the other groups' テーマ2/テーマ3 boards are left empty.
 *
 * Choices (the report does not tag scenes except where the text says 入院/退院/看取り):
 * - Ａグループ: 稲城市's consultation table. Each note keeps the requester prefix as printed
 *   (「(ケアマネ)」「(家族)」…); `who` is the person the trouble is about: 本人 → patient
 *   (resident when they have no doctor yet), 家族 → family, ケアマネ/医療機関/薬局 → the patient
 *   or family they speak for. The table's category labels become 見出し notes, without the
 *   table's parentheses. Scenes: 日常療養 (the digest's inference for all of them).
 * - Ｂグループ: 熊谷市's voices of care managers and hospital staff, 入退院支援; `who` is the
 *   patient behind the professional's trouble (「専門職が「困っている」背景には困っている住民が
 *   いる。」). One note spans 入退院支援 and 日常療養.
 * - Ｃグループ: 稲城市's 看取り worksheet (テーマ and 原因 read as troubles), with 救急車 also in
 *   急変時の対応, 熊谷市's 相談事例① and 埼玉県's 緩和ケア remark.
 * - Names and affiliations are invented (○○市 etc.); 司会・書記 are 市町村職員 (L4018, L7176).
 */

export const SAMPLE_TITLE = 'サンプル研修会'
/** 試行① was held on 2024年11月19日（火） (L3637). */
export const SAMPLE_DATE = '2024-11-19'
/** 試行①'s venue as printed on the flyer (L3705). */
export const SAMPLE_VENUE = 'さいたま新都心合同庁舎１号館 １階 多目的室１'

/** Where each block of sample notes comes from (report.txt line numbers). */
export const SAMPLE_NOTE_SOURCES = {
  groupA:
    '稲城市 資料3-6 「相談室に寄せられた相談(令和4年8～12月分)から見える課題等（稲城市）」 L10475-10534',
  groupB:
    '熊谷市 事例① 資料2 「現場でよく聴くCMの声」「MSWや退院支援看護師の声」 L8264-8276, 「新たな要望、課題」 L8290-8294; 広域の退院支援 L10702-10703',
  groupC:
    '稲城市 看取りの検討例 L10642-10662; 看取り期の問い L7469-7471; 熊谷市 相談事例① L8305-8318; 埼玉県 緩和ケア L2261-2262',
} as const

interface NoteSpec {
  text: string
  scenes: SceneKey[]
  who?: TroubledWho[]
  tane?: boolean
  /** Present on 見出し notes: the notes gathered under it (same scenes). */
  children?: NoteSpec[]
}

interface GroupSpec {
  name: string
  members: Omit<Member, 'id'>[]
  /** Indexes into members. */
  moderator: number
  scribe: number
  theme1: NoteSpec[]
}

const hand = (text: string, scenes: SceneKey[], who: TroubledWho[], tane = false): NoteSpec => ({
  text,
  scenes,
  who,
  tane,
})
const heading = (text: string, scenes: SceneKey[], children: NoteSpec[]): NoteSpec => ({
  text,
  scenes,
  children,
})

const daily: SceneKey[] = ['daily']
const admission: SceneKey[] = ['admission']
const endOfLife: SceneKey[] = ['endOfLife']

/** Ａグループ: 稲城市 相談内容(抜粋), grouped by the table's category labels (L10479-10534). */
const GROUP_A_NOTES: NoteSpec[] = [
  heading('パーキンソン病へ対応する訪問診療', daily, [
    hand(
      '(ケアマネ)パーキンソンに強い市外の訪問診療は遠くて訪問できない。',
      daily,
      ['patient'],
      true,
    ),
    hand('(ケアマネ)同居するパーキンソン病の親と一時的に距離を取りたい。', daily, ['family']),
    hand(
      '(家族)同居するパーキンソンの親の夜間訴えが強く、ショートステイも利用できなくなりつらい。',
      daily,
      ['family'],
    ),
  ]),
  heading('皮膚科へ対応する往診', daily, [
    hand('(ケアマネ)往診できる皮膚科は？(市外2カ所を紹介)', daily, ['patient']),
  ]),
  heading('精神疾患へ対応する訪問診療、医療機関', daily, [
    hand(
      '(ケアマネ)身体的に精神科への通院が難しくなってきた高齢者の訪問診療',
      daily,
      ['patient'],
      true,
    ),
    hand('(家族)精神的に不安定な親が老健でも昼夜逆転が治らず精神科訪問診療に相談したい', daily, [
      'family',
    ]),
    hand('(ケアマネ)市内の精神科、心療内科を知りたい。', daily, ['patient']),
    // The 本人 is a patient and also cares for their mother.
    hand('(本人)自律神経失調症だが、母を介護しているため通院できない。', daily, [
      'patient',
      'family',
    ]),
  ]),
  heading('認知症がある患者への対応', daily, [
    hand(
      '(家族)配偶者が認知症を否認し、地域包括支援センターも拒否するが、持病の治療も途絶え、通院先以外に相談先がない。',
      daily,
      ['family'],
    ),
  ]),
  heading('外来患者への対応', daily, [
    hand('(医療機関)受診でなく、何度も悩み相談に来る高齢患者への対応', daily, ['patient']),
  ]),
  heading('かかりつけ医、主治医の紹介', daily, [
    hand('(本人)転入した後に、かかりつけ医がいないので、作りたい。', daily, ['resident']),
    hand('(ケアマネ)かかりつけ医と考えていた医師が主治医意見書を拒否', daily, ['patient']),
  ]),
  heading('調剤薬局との連携', daily, [
    hand(
      '(薬局)(ガイド手渡し時)高齢で薬を取りに来るのが大きく負担になっている患者がいるが、介護サービス等は使えるか。',
      daily,
      ['patient'],
    ),
  ]),
]

/** Ｂグループ: 熊谷市 (L8266-8294) and the broad-area 退院支援 remark (L10702-10703). */
const GROUP_B_NOTES: NoteSpec[] = [
  heading('現場でよく聴くCMの声', admission, [
    hand('病院の敷居が高い', admission, ['patient']),
    hand('どこに連絡、相談したらよいのか分からない', admission, ['patient']),
    hand('退院時の情報をもっと早く欲しい', admission, ['patient']),
    hand('入院した事を知らなかった', admission, ['patient'], true),
    hand('入院時情報提供書は忙しいからすぐに出せません', admission, ['patient']),
  ]),
  heading('MSWや退院支援看護師の声', admission, [
    hand('全ての入院患者に関与していないから分からない事も多い', admission, ['patient']),
    hand('退院カンファレンスは全員できないよ', admission, ['patient']),
    hand('退院時の情報提供は看護サマリーでいいでしょ？', admission, ['patient']),
    hand('転院調整や施設への退院が多いから、介護との連携はあまり重要視していない', admission, [
      'patient',
    ]),
  ]),
  hand('もっと病院の情報を知りたい', admission, ['patient']),
  hand('近隣市町村の病院に入院する患者への退院支援をどうするか', admission, ['patient'], true),
  // Spans two scenes: hospitals (入退院支援) versus the clinics' doctors (日常療養).
  hand(
    '病院はMSWがいるからいいけど、開業医の先生達の対応に困っている',
    ['admission', 'daily'],
    ['patient'],
  ),
]

/** Ｃグループ: 看取り (L10654-10662, L7469-7471), 熊谷市 相談事例① (L8307-8318), L2261-2262. */
const GROUP_C_NOTES: NoteSpec[] = [
  hand(
    '終末期に本人の意向に沿えず、家族が入院を選ぶことがある',
    endOfLife,
    ['patient', 'family'],
    true,
  ),
  hand('本人の意向を具体的に確認できていない', endOfLife, ['patient']),
  heading('看取り期にある高齢者の家族の不安を減らすにはどうしたらよいか？', endOfLife, [
    hand('衰弱すると家族が不安になる', endOfLife, ['family']),
    hand('看取り経験少ないケアマネも不安になる', endOfLife, ['family']),
  ]),
  hand('不安になると在宅医でなく救急車に連絡', ['endOfLife', 'emergency'], ['family']),
  hand(
    '在宅での療養には適切に患者の痛みを取り除く緩和ケアが必要不可欠であるが、その知識や診療体制については不安を抱く医療機関が多い。',
    ['endOfLife', 'daily'],
    ['patient'],
  ),
  hand(
    'ケアマネより「神経難病で人工呼吸器を使用している方のレスパイト（休息）入院を受け入れている病院はありますか？」',
    ['daily', 'admission'],
    ['family'],
  ),
  hand('そういえば難病の在宅患者さん多いよな・・・', daily, ['patient'], true),
]

const member = (
  name: string,
  position: Member['position'],
  affiliation: string,
  years: number | null,
  qualifications: Member['qualifications'],
): Omit<Member, 'id'> => ({ name, position, affiliation, years, qualifications })

/** Fictitious people, mixed by 立場・所属・キャリア・資格 as the report asks (L7164-7173). */
const GROUPS: GroupSpec[] = [
  {
    name: 'Ａグループ',
    members: [
      member('山田 花子', 'municipal', '○○市 高齢福祉課', 2, []),
      member('鈴木 一郎', 'coordinator', '○○市医師会 在宅医療・介護連携支援センター', 6, [
        '介護支援専門員',
        '社会福祉士',
      ]),
      member('佐藤 美咲', 'coordinator', '△△病院 地域医療連携室', 1, ['社会福祉士']),
      member('渡辺 恵子', 'coordinator', '□□町地域包括支援センター', 3, ['保健師']),
      member('田中 健太', 'municipal', '△△市 地域包括ケア推進課', 0.5, []),
      member('伊藤 由美', 'coordinator', '××訪問看護ステーション', 8, ['看護師', '介護支援専門員']),
    ],
    moderator: 0,
    scribe: 0,
    theme1: GROUP_A_NOTES,
  },
  {
    name: 'Ｂグループ',
    members: [
      member('中村 修', 'municipal', '□□市 介護保険課', 1, []),
      member('小林 直子', 'municipal', '□□市 地域包括ケア推進室', 3, ['保健師']),
      member('加藤 誠', 'coordinator', '□□市医師会 在宅医療支援センター', 4, ['社会福祉士']),
      member('吉田 さくら', 'coordinator', '○○総合病院 入退院支援室', 2, ['看護師']),
      member('山本 和子', 'coordinator', '××市 在宅医療・介護連携支援センター（直営）', 10, [
        '保健師',
        '介護支援専門員',
      ]),
    ],
    moderator: 0,
    scribe: 1,
    theme1: GROUP_B_NOTES,
  },
  {
    name: 'Ｃグループ',
    members: [
      member('森 陽子', 'municipal', '××町 保健福祉課', 4, ['保健師']),
      member('井上 大輔', 'coordinator', '△△郡医師会 在宅医療・介護連携支援センター', 2, [
        '介護支援専門員',
      ]),
      member('木村 明美', 'coordinator', '○○訪問看護ステーション', 12, ['看護師']),
      member('林 浩二', 'coordinator', '□□地域包括支援センター', 0, [
        '社会福祉士',
        '介護支援専門員',
      ]),
      member('清水 聡', 'municipal', '○○市 高齢者支援課', 1, []),
      member('斎藤 涼子', 'other', '△△保健福祉事務所', null, ['保健師']),
    ],
    moderator: 0,
    scribe: 0,
    theme1: GROUP_C_NOTES,
  },
]

/**
 * Notes of one board. `order` runs 1..n among the top-level notes of the same (first) scene and
 * among the children of each 見出し.
 */
function buildNotes(
  specs: readonly NoteSpec[],
  workshopId: string,
  boardId: string,
  ctx: EditContext,
): Note[] {
  const notes: Note[] = []
  const counters = new Map<string, number>()
  const next = (key: string) => {
    const order = (counters.get(key) ?? 0) + 1
    counters.set(key, order)
    return order
  }
  const add = (spec: NoteSpec, parentId: string | null): Note => {
    const isHeading = spec.children !== undefined
    const note: Note = {
      ...newRecordBase(ctx),
      type: 'note',
      workshopId,
      boardId,
      text: spec.text,
      kind: isHeading ? 'heading' : 'hand',
      color: isHeading ? 'blue' : 'yellow',
      scenes: [...spec.scenes],
      who: [...(spec.who ?? [])],
      tane: spec.tane ?? false,
      order: next(parentId ?? `scene:${spec.scenes[0] ?? ''}`),
      parentId,
      area: null,
    }
    notes.push(note)
    return note
  }
  for (const spec of specs) {
    const note = add(spec, null)
    for (const child of spec.children ?? []) add(child, note.id)
  }
  return notes
}

/** The サンプル研修会, built fresh (new ids) each time it is called. */
export function createSampleWorkshop(ctx: EditContext): WorkshopDoc {
  let doc = createWorkshopFromTemplate(
    FULL_DAY_TEMPLATE,
    { title: SAMPLE_TITLE, date: SAMPLE_DATE, venue: SAMPLE_VENUE },
    ctx,
  )
  doc = { ...doc, workshop: { ...doc.workshop, isSample: true } }
  for (const spec of GROUPS) {
    const created = addGroup(doc, ctx, spec.name)
    const group = created[0]
    if (group?.type !== 'group') throw new Error('addGroup returned no group')
    doc = applyRecords(doc, created)
    for (const init of spec.members) doc = applyRecords(doc, addMember(doc, group.id, ctx, init))
    const members = doc.groups[group.id]?.members ?? []
    doc = applyRecords(
      doc,
      setRole(doc, group.id, 'moderatorId', members[spec.moderator]?.id ?? null),
    )
    doc = applyRecords(doc, setRole(doc, group.id, 'scribeId', members[spec.scribe]?.id ?? null))
    const board = boardOf(doc, group.id, 'theme1')
    if (!board) throw new Error('addGroup returned no テーマ1 board')
    doc = applyRecords(doc, buildNotes(spec.theme1, doc.workshop.id, board.id, ctx))
  }
  doc = applyRecords(doc, sampleRoster(doc, ctx))
  const first = workshopGroups(doc)[0]
  return first ? addInagiParkinsonExample(doc, first.id, ctx) : doc
}

/**
 * The sample's 名簿: its seated members as 受講者 (with 役職, 圏域 and an example 連絡先), and a
 * 講師・アドバイザー and an オブザーバー who sit at no table.
 */
function sampleRoster(doc: WorkshopDoc, ctx: EditContext): AnyRecord[] {
  const seated = workshopGroups(doc).flatMap((group) => group.members)
  const people: Participant[] = seated.map((member, index) =>
    newParticipant(
      doc,
      ctx,
      {
        id: member.id,
        name: member.name,
        position: member.position,
        affiliation: member.affiliation,
        years: member.years,
        qualifications: member.qualifications,
        title: member.position === 'municipal' ? '主任' : 'コーディネーター',
        contact: `sample${String(index + 1).padStart(2, '0')}@example.jp`,
        area: index % 2 === 0 ? '中部圏域' : '西部圏域',
      },
      index + 1,
    ),
  )
  const guests: ParticipantInit[] = [
    { kind: 'lecturer', name: '高橋 昭', affiliation: '○○大学', title: '教授', position: 'other' },
    {
      kind: 'observer',
      name: '木村 典子',
      affiliation: '○○県 地域包括ケア推進課',
      position: 'other',
    },
  ]
  return [...people, ...guests.map((g, i) => newParticipant(doc, ctx, g, people.length + i + 1))]
}
