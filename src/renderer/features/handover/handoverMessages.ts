import type { ParticipantKind } from '../../../shared/model/schemas'
import type { HandoverProblem } from '../../../shared/handover/handoverModel'
import { useLang } from '../../i18n/useT'

/**
 * UI strings of 市町村への引き継ぎ資料 (issue 21 p5). They live with the screen, so they load with
 * its chunk, not with ホーム's.
 */
export const handoverJa = {
  handoverTitle: '市町村への引き継ぎ資料',
  handoverBack: '研修会の設定へ',
  handoverLead:
    '名簿の市町村ごとに1つのPDFをつくります：表紙（研修名・日付・その市町村からの参加者とグループ）、その市町村の参加者がいたグループの伝達シートすべて、研修の評価のまとめ。連絡先は載りません。',
  handoverWhy: '「行政の担当者が毎年変わり引継ぎも不十分」（報告書より）：次のご担当の方へ。',
  handoverProblem: {
    noRoster:
      '名簿に参加者がいません。「参加者（名簿）」で名簿を読み込むか登録すると、市町村ごとの引き継ぎ資料をつくれます。',
    noMunicipality:
      '名簿に市町村の記載がありません。「参加者（名簿）」で参加者の圏域・市町村を入力すると、市町村ごとの引き継ぎ資料をつくれます。',
  } satisfies Record<HandoverProblem, string>,
  handoverToRoster: '参加者（名簿）を開く',
  handoverListHeading: '市町村',
  handoverColPlace: '圏域・市町村',
  handoverColPeople: '参加者',
  handoverColGroups: 'グループ（伝達シート）',
  handoverColActions: '引き継ぎ資料',
  handoverUnnamed: '市町村の記載なし',
  handoverPeople: (n: number) => `${n}人`,
  handoverNoGroup: 'どのグループにも入っていません',
  handoverSheetCount: (n: number) => (n === 0 ? '伝達シートなし' : `伝達シート${n}枚`),
  handoverShow: '表示',
  handoverShowHint: (place: string) => `${place}の引き継ぎ資料を下に表示します`,
  handoverShowing: '表示中',
  handoverPrint: '印刷・PDF保存',
  handoverPrintHint: (place: string) =>
    `${place}の引き継ぎ資料をA4縦で印刷します（PDFとして保存もできます）`,
  handoverPrintFailed: '引き継ぎ資料を印刷できませんでした。もう一度お試しください。',
  handoverPreview: (place: string) => `${place}の引き継ぎ資料（プレビュー）`,
  handoverFileName: '引き継ぎ資料',
  // The cover
  coverTitle: '市町村への引き継ぎ資料',
  coverPlace: '市町村',
  coverArea: '圏域',
  coverWorkshop: '研修名',
  coverDate: '開催日',
  coverVenue: '会場',
  coverIntro:
    '在宅医療・介護連携推進事業の研修会で、この市町村から参加した方が加わったグループが「現場で起こっていること・地域課題を市町村にうまく伝えるには」をまとめた伝達シートと、研修の評価です。担当者が替わっても取り組みが続くよう、次のご担当の方へお渡しください。',
  coverPeopleHeading: '参加者',
  coverName: '氏名',
  coverPosition: '立場',
  coverAffiliation: '所属',
  coverGroup: 'グループ',
  coverContentsHeading: 'この資料の内容',
  coverSheet: (group: string, issue: string) => `伝達シート：${group}「${issue}」`,
  coverNoSheet: (group: string) => `${group}：伝達シートなし`,
  coverEvaluation: '研修の評価（事前・事後アンケート）',
  kind: {
    trainee: '受講者',
    lecturer: '講師・アドバイザー',
    observer: 'オブザーバー',
    auditor: '傍聴',
  } satisfies Record<ParticipantKind, string>,
  // The evaluation
  evalHeading: '研修の評価（事前・事後アンケート）',
  evalLead:
    '同じ設問に研修の前と後で答えた方について、評価が上がった（up）・変わらない（stay）・下がった（down）人数と割合です。計はその設問に前後とも答えた人数（分母）です。',
  evalPeople: (all: number) => `前後とも回答した方：全体 ${all}人`,
  evalPeopleLocal: (place: string, n: number) => `うち${place} ${n}人`,
  evalAll: '全体',
  evalWho: '対象',
  evalItem: '設問',
  evalTotal: '計',
  evalLocalHidden: (place: string, n: number, min: number) =>
    `${place}の方で前後とも回答したのは${n}人のため、市町村別の集計は載せていません（${min}人以上で載せます。少人数では一人ひとりの回答が分かってしまうため）。`,
  evalNone:
    'アンケートの結果はまだありません（「アンケート」で事前・事後の回答を取り込むと、ここに載ります）。',
  evalReading: '読み方（報告書より）',
}

export type HandoverMessages = typeof handoverJa

export const handoverEn: HandoverMessages = {
  handoverTitle: 'Hand-over to the municipalities',
  handoverBack: 'Workshop setup',
  handoverLead:
    'One PDF per municipality on the roster: a cover (workshop, date, who from it took part and in which group), every brief (伝達シート) of the groups its people sat in, and the evaluation summary. Contact details never appear.',
  handoverWhy:
    '“The officer in charge changes every year and hand-overs are not enough” (the report): for the next person in post.',
  handoverProblem: {
    noRoster:
      'The roster has no one yet. Import or add participants under “Participants (roster)” to make a hand-over per municipality.',
    noMunicipality:
      'No one on the roster has a municipality. Enter each participant’s area and municipality under “Participants (roster)” to make a hand-over per municipality.',
  },
  handoverToRoster: 'Open the roster',
  handoverListHeading: 'Municipalities',
  handoverColPlace: 'Area / municipality',
  handoverColPeople: 'Participants',
  handoverColGroups: 'Groups (briefs)',
  handoverColActions: 'Hand-over',
  handoverUnnamed: 'No municipality given',
  handoverPeople: (n: number) => `${n} ${n === 1 ? 'person' : 'people'}`,
  handoverNoGroup: 'In no group',
  handoverSheetCount: (n: number) => (n === 0 ? 'no brief' : `${n} brief${n === 1 ? '' : 's'}`),
  handoverShow: 'Show',
  handoverShowHint: (place: string) => `Shows the hand-over for ${place} below`,
  handoverShowing: 'Shown',
  handoverPrint: 'Print / save PDF',
  handoverPrintHint: (place: string) =>
    `Prints the hand-over for ${place} on A4 portrait (or saves it as a PDF)`,
  handoverPrintFailed: 'The hand-over could not be printed. Please try again.',
  handoverPreview: (place: string) => `Hand-over for ${place} (preview)`,
  handoverFileName: '引き継ぎ資料',
  coverTitle: 'Hand-over to the municipality',
  coverPlace: 'Municipality',
  coverArea: 'Area',
  coverWorkshop: 'Workshop',
  coverDate: 'Date',
  coverVenue: 'Venue',
  coverIntro:
    'The briefs on “how to tell the municipality what happens in the field” written by the groups in which people from this municipality took part, and the workshop’s evaluation. Please hand them on to the next person in post.',
  coverPeopleHeading: 'Participants',
  coverName: 'Name',
  coverPosition: 'Position',
  coverAffiliation: 'Affiliation',
  coverGroup: 'Group',
  coverContentsHeading: 'Contents',
  coverSheet: (group: string, issue: string) => `Brief: ${group} “${issue}”`,
  coverNoSheet: (group: string) => `${group}: no brief`,
  coverEvaluation: 'Evaluation (pre/post survey)',
  kind: {
    trainee: 'Trainee',
    lecturer: 'Lecturer / adviser',
    observer: 'Observer',
    auditor: 'Auditor',
  },
  evalHeading: 'Evaluation (pre/post survey)',
  evalLead:
    'For the people who answered the same items before and after: how many rated themselves higher (up), the same (stay) or lower (down), with shares. Total is the people who answered the item both times (the denominator).',
  evalPeople: (all: number) => `Answered before and after: ${all} in all`,
  evalPeopleLocal: (place: string, n: number) => `of whom ${place}: ${n}`,
  evalAll: 'All',
  evalWho: 'Who',
  evalItem: 'Item',
  evalTotal: 'Total',
  evalLocalHidden: (place: string, n: number, min: number) =>
    `Only ${n} people from ${place} answered before and after, so its own figures are left out (shown from ${min} people: fewer would reveal individual answers).`,
  evalNone: 'No survey results yet (import the pre and post answers under “Survey”).',
  evalReading: 'How to read it (from the report)',
}

export function useHandoverT(): HandoverMessages {
  return useLang() === 'en' ? handoverEn : handoverJa
}
