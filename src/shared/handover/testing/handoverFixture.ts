import type { EditContext } from '../../model/context'
import type { AnyRecord, Participant, Workshop } from '../../model/schemas'
import { applyRecords, emptyDoc, type WorkshopDoc } from '../../model/workshopDoc'
import { addGroup, boardOf, workshopGroups } from '../../ops/groupOps'
import { addParticipants, memberOf, type ParticipantInit } from '../../roster/rosterOps'
import { addBuiltInItems, importSurveyAnswers, surveyItems } from '../../survey/surveyOps'
import { createCanvas } from '../../theme3/canvasOps'
import { addCanvasNote } from '../../theme3/canvasNoteOps'

/**
 * A day with a 名簿 across municipalities, for the 引き継ぎ資料 (unit tests and the e2e seed):
 * four groups, each with one テーマ3 canvas (its 地域課題 and a 事実・情報 note name the group);
 * 前橋市 (6 people, typed with stray spaces and full-width, in Ａ and Ｂ; one also at Ｃ), 高崎市
 * (2 people, in Ｃ), 安中市 (an オブザーバー, in no group), one person without a 市町村 (in Ｄ);
 * the survey answered before and after by the 前橋市 and 高崎市 people.
 */

export const FIXTURE_TITLE = '在宅医療・介護連携 コーディネーター研修'
export const FIXTURE_DATE = '2025-02-07'

/** The 地域課題 of each group's canvas and its 事実・情報 note. */
export const GROUP_ISSUES: Record<string, { issue: string; fact: string }> = {
  Ａグループ: {
    issue: '退院後の服薬管理を支える仕組みがない',
    fact: '退院後に薬が飲めていない高齢者が多い',
  },
  Ｂグループ: {
    issue: '独居高齢者の急変時に連絡がつかない',
    fact: '救急搬送時に家族の連絡先が分からない',
  },
  Ｃグループ: {
    issue: '看取りを支える訪問診療医が少ない',
    fact: '自宅での看取りを望む人が在宅医を探せない',
  },
  Ｄグループ: {
    issue: '認知症の人の通院同行が足りない',
    fact: '通院同行の依頼が地域包括支援センターに集中している',
  },
}

interface Person {
  init: ParticipantInit & { name: string }
  group: string | null
}

export const FIXTURE_PEOPLE: readonly Person[] = [
  person('前橋 太郎', '前橋市', 'municipal', '前橋市 介護高齢課', 'Ａグループ'),
  person('赤城 花子', ' 前橋市 ', 'coordinator', '前橋市在宅医療介護連携センター', 'Ａグループ'),
  person('利根 一郎', '前橋　市', 'coordinator', '前橋協立病院 地域連携室', 'Ｂグループ'),
  person('広瀬 美咲', '前橋市', 'coordinator', '地域包括支援センター南部', 'Ｂグループ'),
  person('桃井 健太', '前橋市', 'municipal', '前橋市 長寿包括ケア課', 'Ａグループ'),
  person('荒牧 陽子', '前橋市', 'coordinator', '地域包括支援センター北部', 'Ｂグループ'),
  person('高崎 次郎', '高崎市', 'municipal', '高崎市 介護保険課', 'Ｃグループ'),
  person('榛名 恵', '高崎市', 'coordinator', '高崎市医師会 在宅医療介護連携センター', 'Ｃグループ'),
  person('碓氷 誠', '安中市', 'municipal', '安中市 高齢者支援課', null, 'observer'),
  person('吾妻 直子', '', 'other', '群馬県 保健福祉事務所', 'Ｄグループ'),
]

/** The 前橋市 person who sits at a second table too (moved for the afternoon). */
export const TWO_GROUP_PERSON = '赤城 花子'

function person(
  name: string,
  municipality: string,
  position: Participant['position'],
  affiliation: string,
  group: string | null,
  kind: Participant['kind'] = 'trainee',
): Person {
  const area = municipality.includes('安中') || municipality.includes('高崎') ? '西部圏域' : ''
  const init = {
    name,
    kind,
    municipality,
    area: municipality.trim() === '' ? '' : area || '中部圏域',
    position,
    affiliation,
    contact: `${name.replace(/\s/g, '')}@example.jp / 027-123-4567`,
  }
  return { init, group }
}

const SHEET = {
  pre: ['c', 'c', 'd', 'c', 'c', 'd', 'c', 'c', 'b'],
  post: ['b', 'c', 'e', 'b', 'b', 'c', 'a', 'b', 'b'],
}

export function buildHandoverFixture(ctx: EditContext): WorkshopDoc {
  const workshop: Workshop = {
    id: 'handover-w1',
    type: 'workshop',
    createdAt: ctx.now(),
    updatedAt: ctx.now(),
    rev: 1,
    deletedAt: null,
    title: FIXTURE_TITLE,
    date: FIXTURE_DATE,
    venue: '群馬県庁',
    variant: 'custom',
    scenes: ['daily', 'admission', 'emergency', 'endOfLife'],
    dayStart: '10:00',
    isSample: false,
  }
  let doc = emptyDoc(workshop)
  const step = (records: AnyRecord[]) => {
    doc = applyRecords(doc, records)
  }
  for (const name of Object.keys(GROUP_ISSUES)) step(addGroup(doc, ctx, name))
  const added = addParticipants(
    doc,
    FIXTURE_PEOPLE.map((p) => p.init),
    ctx,
  )
  step(added)
  const groupByName = new Map(workshopGroups(doc).map((g) => [g.name, g.id]))
  const seat = (p: Participant, groupName: string) => {
    const group = doc.groups[groupByName.get(groupName) ?? '']
    if (group) step([{ ...group, members: [...group.members, memberOf(p)] }])
  }
  added.forEach((p, i) => {
    const group = FIXTURE_PEOPLE[i]?.group
    if (group) seat(p, group)
    if (p.name === TWO_GROUP_PERSON) seat(p, 'Ｃグループ')
  })
  for (const [name, { issue, fact }] of Object.entries(GROUP_ISSUES)) {
    const board = boardOf(doc, groupByName.get(name) ?? '', 'theme3')
    if (!board) continue
    const [canvas] = createCanvas(doc, board.id, issue, ctx)
    if (!canvas) continue
    step([canvas])
    step(addCanvasNote(doc, canvas.id, 'facts', fact, ctx))
  }
  step(addBuiltInItems(doc, ctx))
  const rated = surveyItems(doc).filter((i) => i.scale !== 'freeText')
  const answered = added.filter(
    (p) => p.municipality.includes('前橋') || p.municipality.includes('高崎'),
  )
  for (const phase of ['pre', 'post'] as const) {
    step(
      importSurveyAnswers(
        doc,
        phase,
        answered.map((p, row) => ({
          row: row + 2,
          phase,
          name: p.name,
          position: p.position,
          affiliation: p.affiliation,
          answers: rated.map((item, k) => ({ itemId: item.id, value: SHEET[phase][k] ?? '' })),
        })),
        false,
        ctx,
      ),
    )
  }
  return doc
}
