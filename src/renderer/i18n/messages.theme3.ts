/**
 * UI strings of the テーマ3 canvas (Japanese), spread into messages.ja.ts. Wording from the report
 * (テーマ3 【ポイント】 L7271-7278, 稲城市 L10543-10559).
 */
export const theme3Ja = {
  theme3Title: 'テーマ3',
  theme3OpenBoard: 'テーマ3',
  theme3OpenBoardHint: (group: string) => `${group}のテーマ3（市町村への伝え方）を開きます`,
  theme3Page: (group: string) => `${group}のテーマ3`,
  theme3BriefLink: '伝達シート',
  theme3BriefLinkHint: '選んでいる地域課題の伝達シート（市町村に渡す1枚）を開きます',
  theme3ProjectHint: 'テーマ3を投影用に大きく表示します（読み取り専用）',

  // Canvas tabs
  theme3Canvases: '地域課題の一覧',
  theme3FromTopic: 'テーマ2から選ぶ',
  theme3NewCanvas: '新しい地域課題',
  theme3NewCanvasLabel: '新しい地域課題（Enter で追加）',
  theme3NewCanvasPlaceholder: '市町村に伝えたい地域課題を一行で',
  theme3TopicNone:
    'テーマ2にまだテーマがありません。テーマ2で地域課題を出すか、「新しい地域課題」で書いてください。',
  theme3TopicLabel: 'テーマ2の地域課題',
  theme3TopicUsed: 'キャンバスあり',
  theme3TopicUsedHint: 'この地域課題のキャンバスはもうあります（もう一つ作れます）',
  theme3Pick: '選ぶ',
  theme3UntitledCanvas: '（地域課題 未入力）',
  theme3TopicDeletedMark: 'テーマ2で削除',
  theme3TopicDeleted: 'テーマ2で削除されたテーマです（最後の文面を表示しています）',
  theme3TopicMissing: 'テーマ2のテーマが見つかりません',
  theme3EmptyTitle: '地域課題ごとにキャンバスをつくりましょう',
  theme3EmptyHint:
    'テーマ2で出した地域課題を選ぶか、新しい地域課題を書くと、「事実・情報」「そこから考えられること」「補足する情報・資料」「伝え方・共有の方法」の4つの枠と、市町村担当者からの質問の欄ができます。',
  theme3PointLabel: 'このテーマのねらい（稲城市の例から）',

  // Canvas title
  theme3CanvasTitle: '地域課題',
  theme3CanvasTitleHint: '空にすると、テーマ2の文面に戻ります',
  theme3LinkedTo: (topic: string) => `テーマ2のテーマ：${topic}`,
  theme3LinkedLive: 'テーマ2の文面を表示中（テーマ2で直すとここも変わります）',
  theme3FromTane: (tane: string) => `テーマ1のタネ：${tane}`,
  theme3RenameCanvas: '言い方を変える',
  theme3RenameCanvasHint: 'このキャンバスでの地域課題の言い方を変えます（テーマ2は変わりません）',
  theme3RenameLabel: '地域課題（Enter で保存、Esc で取り消し。空にするとテーマ2の文面に戻ります）',
  theme3DeleteCanvas: 'キャンバスを削除',
  theme3DeleteCanvasTitle: 'このキャンバスを削除します',
  theme3DeleteCanvasBody: (title: string, notes: number, qas: number) =>
    `『${title}』のキャンバスと、付箋${notes}枚・質問${qas}件を削除します。削除したあとも「元に戻す」で戻せます。`,
  theme3CanvasDeleted: (title: string) => `『${title}』のキャンバスを削除しました。`,
  theme3CanvasMoveLeft: '左へ',
  theme3CanvasMoveRight: '右へ',
  theme3CanvasMoveLeftHint: 'このキャンバスのタブを左へ移します',
  theme3CanvasMoveRightHint: 'このキャンバスのタブを右へ移します',

  // Areas and notes
  theme3Canvas: (title: string) => `『${title}』のキャンバス`,
  theme3AreaCount: (n: number) => `${n}枚`,
  theme3Capture: (area: string) => `${area}に付箋を追加（Enter で追加、Shift+Enter で改行）`,
  theme3CapturePlaceholder: '書いて Enter',
  theme3AddRef: 'テーマ1・2から参照',
  theme3AddRefHint: (area: string) => `テーマ1・テーマ2の付箋や原因を「${area}」に参照で置きます`,
  theme3EmptyArea: '付箋を書くか、テーマ1・テーマ2から参照しましょう',
  theme3NoteRole: '付箋',
  theme3RefBadge: (kind: string) => `参照：${kind}`,
  theme3RefDeleted: '参照元は削除されました',
  theme3RefMissing: '参照元が見つかりません',
  theme3RefLive: '参照元と連動しています（元を直すとここも変わります）',
  theme3Detach: '自分の言葉に書き換える',
  theme3DetachHint: '参照をやめて、今の文面をこの付箋の文章にします（このあとは元と連動しません）',
  theme3Detached: '参照をやめて、自分の付箋にしました。',
  theme3Edit: '書き直す',
  theme3Delete: '削除',
  theme3NoteDeleted: '付箋を削除しました。',
  theme3EditLabel: '付箋の文章（Enter で保存、Shift+Enter で改行、Esc で取り消し）',
  theme3PickedMark: '移動中',
  theme3PickHint: (text: string) =>
    `『${text}』を移動中 ― ↑↓：順番 ／ ←→：となりの枠へ ／ スペース：置く ／ Esc：取り消し`,
  theme3DragHelp:
    '付箋をドラッグするか、スペースキーで持ち上げて矢印キーで動かし、もう一度スペースキーで置きます。Esc で取り消します。Enter で書き直し、Delete で削除します。',

  // Announcements
  theme3Added: (area: string) => `${area}に付箋を追加しました。`,
  theme3PickedUp: (text: string, area: string, n: number, count: number) =>
    `『${text}』を持ち上げました。${area}の${n}枚目（${count}枚中）。矢印キーで移動、スペースで置きます。`,
  theme3MovedTo: (text: string, area: string, n: number, count: number) =>
    `『${text}』を${area}の${n}枚目（${count}枚中）に移動しました。`,
  theme3CannotMove: 'これ以上は移動できません。',
  theme3Dropped: (text: string, area: string, n: number) =>
    `『${text}』を${area}の${n}枚目に置きました。`,
  theme3Cancelled: (text: string) => `『${text}』の移動を取り消しました。`,
  theme3DragStart: (text: string) => `『${text}』をつかみました。`,
  theme3DragOver: (text: string, area: string) => `『${text}』が${area}の上にあります。`,
  theme3DragCancel: (text: string) => `『${text}』の移動を取り消しました。`,

  // Reference picker
  theme3RefDialogTitle: (area: string) => `「${area}」にテーマ1・テーマ2から参照`,
  theme3RefDialogHint:
    '選んだものは写しではなく参照です。元（テーマ1・テーマ2）を直すと、キャンバスの付箋も変わります。',
  theme3RefSearch: '絞り込み',
  theme3RefSearchPlaceholder: '言葉で絞り込む',
  theme3RefNone: 'テーマ1・テーマ2に参照できる内容がまだありません。',
  theme3RefNoMatch: '当てはまるものがありません。',
  theme3RefTheme1: 'テーマ1の付箋',
  theme3RefTheme2: 'テーマ2',
  theme3RefAdd: '参照',
  theme3RefAddLabel: (kind: string, text: string) => `${kind}『${text}』を参照`,
  theme3RefAlready: 'この枠にあり',
  theme3RefAdded: (area: string) => `${area}に参照を追加しました。`,
  theme3Tane: 'タネ',

  // Questions and answers
  theme3Qa: '市町村担当者からの質問と答え',
  theme3QaHint:
    '市町村担当者になったつもりで、聞かれそうな質問を挙げ、答えを書いておきましょう。「なぜそう考えるのか」と聞き合うと、背景が深まります。',
  theme3QaEmpty: 'まだ質問がありません。稲城市の3つの問いから始めてみましょう。',
  theme3AddInagi: '稲城市の3つの問いを追加',
  theme3AddInagiHint:
    '① なぜ、そのような相談が生じたのか ② 相談室以外に相談できるところはどこか ③ 相談せずに済むようにするにはどうしたらよいか',
  theme3InagiDone: '稲城市の3つの問いは追加済みです',
  theme3AddQa: '質問を追加',
  theme3PromptChips: '問いかけ',
  theme3AddPrompt: (text: string) => `「${text}」を追加`,
  theme3Question: (n: number) => `質問${n}`,
  theme3Answer: (n: number) => `答え${n}`,
  theme3QuestionPlaceholder: '市町村担当者が聞きそうなこと',
  theme3AnswerPlaceholder: '答え（事実・考え・資料をもとに）',
  theme3QaUp: (n: number) => `質問${n}を上へ`,
  theme3QaDown: (n: number) => `質問${n}を下へ`,
  theme3QaDelete: (n: number) => `質問${n}を削除`,
  theme3QaDeleted: '質問を削除しました。',
  theme3InagiMark: '稲城市の問い',
} as const
