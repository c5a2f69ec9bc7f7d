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

/** English strings of 「LAN共有」, spread into messages.en.ts. */
export const lanShareEn: {
  readonly [K in keyof typeof lanShareJa]: Widen<(typeof lanShareJa)[K]>
} = {
  lanShareTab: 'LAN sharing',
  lanShareHeading: 'LAN sharing',
  lanShareLead:
    'Table computers join the same Wi-Fi, open the URL below or scan the QR code, and enter their group’s code. No installation and no internet needed.',
  lanShareStart: 'Start LAN sharing',
  lanShareStop: 'Stop LAN sharing',
  lanShareStarting: 'Starting…',
  lanShareNetwork: 'Network',
  lanShareNoNetwork:
    'No network found. Connect to Wi-Fi, or turn on the pocket router or the laptop’s mobile hotspot, then choose again.',
  lanShareRefreshNetworks: 'Reload',
  lanSharePort: 'Port',
  lanSharePortHint:
    'Normally keep 8730 (changing it loses the tables’ unsent changes across the switch).',
  lanSharePortInvalid: 'Enter a number from 1024 to 65535.',
  lanShareServer: (address: string) => `Shared through this server (${address}).`,
  lanShareOff: 'LAN sharing is off. Until it starts, this computer listens for nothing.',
  lanShareOn: 'LAN sharing on',
  lanShareKeepAwake: 'This computer does not sleep while sharing.',
  lanShareUrlLabel: 'URL to join',
  lanShareQr: 'QR code to join',
  lanShareCodesHeading: 'Join codes',
  lanShareGroupCol: 'Group',
  lanShareCodeCol: 'Join code',
  lanShareStateCol: 'Connection',
  lanShareFacilitator: 'Facilitator',
  lanShareFacilitatorHint: 'The code to open the facilitator’s screens on another computer.',
  lanShareOtherWorkshop:
    'Another workshop is being shared. “Start LAN sharing” switches to this workshop (every current connection ends).',
  lanShareDisconnectAll: 'Disconnect all',
  lanShareDisconnectTitle: 'Disconnect every connection?',
  lanShareDisconnectBody:
    'Every table is disconnected and every join code and URL is replaced. Tables join again with the new codes. Nothing entered is lost.',
  lanShareDisconnectConfirm: 'Disconnect all',
  lanShareDisconnected: 'Every connection was ended. Hand out the new join codes.',
  lanShareGuide: 'Connection guide',
  lanShareMyLink: (label: string) => `This computer’s link: ${label}`,
  lanShareNeedsHub:
    'LAN sharing works in the desktop app or with a server started by “npm run web -- --lan”. Open the facilitator URL that server printed.',
  lanShareConnected: (name: string, devices: number) =>
    `${name}: ${devices} device${devices === 1 ? '' : 's'} connected`,
  lanShareNotConnected: (name: string) => `${name}: not connected`,
  lanShareUpdated: (ago: string) => ` · updated ${ago}`,
  lanShareSecondsAgo: (n: number) => `${n} s ago`,
  lanShareMinutesAgo: (n: number) => `${n} min ago`,
  lanShareHoursAgo: (n: number) => `${n} h ago`,
  lanGuideTitle: 'Connection guide',
  lanGuideBack: 'Back',
}

type Widen<T> = T extends (...args: infer A) => string ? (...args: A) => string : string
