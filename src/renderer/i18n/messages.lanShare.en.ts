import type { lanShareJa } from './messages.lanShare'

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
