/**
 * UI strings of the console's 「LAN共有」 (the facilitator's side of the LAN live session) and its
 * set-up guide. The Japanese ones are the labels the e2e tests read: keep them exact.
 */
export const lanShareJa = {
  lanShareTab: 'LAN共有',
  lanShareHeading: 'LAN共有',
  lanShareLead:
    'テーブルのパソコンは、同じWi-Fiにつないで下のURLを開くか、QRコードを読み取り、グループの参加コードを入力します。インストールもインターネットも要りません。',
  lanShareStart: 'LAN共有を開始',
  lanShareStop: 'LAN共有を停止',
  lanShareStarting: '開始しています…',
  lanShareNetwork: 'ネットワーク',
  lanShareNoNetwork:
    'ネットワークが見つかりません。Wi-Fiにつなぐか、ポケットWi-Fi・パソコンのモバイルホットスポットをオンにしてから選び直してください。',
  lanShareRefreshNetworks: '再読み込み',
  lanSharePort: 'ポート',
  lanSharePortHint: '通常は8730のままにします（変えるとテーブルの未送信の変更を引き継げません）。',
  lanSharePortInvalid: '1024～65535の数を入力してください。',
  lanShareServer: (address: string) => `このサーバー（${address}）で共有します。`,
  lanShareOff: 'LAN共有はオフです。開始するまで、このパソコンは何も待ち受けません。',
  lanShareOn: 'LAN共有中',
  lanShareKeepAwake: '共有中はこのパソコンがスリープしません。',
  lanShareUrlLabel: '参加用のURL',
  lanShareQr: '参加用QRコード',
  lanShareCodesHeading: '参加コード',
  lanShareGroupCol: 'グループ',
  lanShareCodeCol: '参加コード',
  lanShareStateCol: '接続の状態',
  lanShareFacilitator: 'ファシリテーター',
  lanShareFacilitatorHint: '別のパソコンでファシリテーター画面を開くときのコードです。',
  lanShareOtherWorkshop:
    '別の研修会をLAN共有しています。「LAN共有を開始」を押すと、この研修会の共有に切り替わります（今の接続はすべて切れます）。',
  lanShareDisconnectAll: 'すべて切断',
  lanShareDisconnectTitle: 'すべての接続を切断しますか？',
  lanShareDisconnectBody:
    'すべてのテーブルの接続が切れ、参加コードとURLがすべて新しくなります。テーブルは新しいコードで参加し直します。入力済みの内容は失われません。',
  lanShareDisconnectConfirm: 'すべて切断する',
  lanShareDisconnected: 'すべての接続を切断しました。新しい参加コードを配ってください。',
  lanShareGuide: '接続の手引き',
  lanShareMyLink: (label: string) => `このパソコンの受信：${label}`,
  lanShareNeedsHub:
    'LAN共有は、デスクトップアプリか、「npm run web -- --lan」で起動したサーバーで使えます。サーバーが表示したファシリテーター用のURLから開いてください。',
  lanShareConnected: (name: string, devices: number) => `${name}：${devices}台接続`,
  lanShareNotConnected: (name: string) => `${name}：未接続`,
  lanShareUpdated: (ago: string) => `・最終更新${ago}`,
  lanShareSecondsAgo: (n: number) => `${n}秒前`,
  lanShareMinutesAgo: (n: number) => `${n}分前`,
  lanShareHoursAgo: (n: number) => `${n}時間前`,
  lanGuideTitle: '接続の手引き',
  lanGuideBack: '戻る',
} as const
