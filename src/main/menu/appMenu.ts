import type { MenuItemConstructorOptions } from 'electron'
import type { MenuLanguage } from '../../shared/host/hostApi'

export type { MenuLanguage }

/** Every label of the menu, per language: Japanese first (the app's language), English second. */
const LABELS = {
  ja: {
    file: 'ファイル',
    edit: '編集',
    view: '表示',
    window: 'ウィンドウ',
    help: 'ヘルプ',
    close: 'ウィンドウを閉じる',
    quit: (app: string) => `${app}を終了`,
    undo: '元に戻す',
    redo: 'やり直す',
    cut: '切り取り',
    copy: 'コピー',
    paste: '貼り付け',
    selectAll: 'すべて選択',
    reload: '再読み込み',
    forceReload: '強制的に再読み込み',
    devTools: '開発者ツール',
    resetZoom: '実際のサイズ',
    zoomIn: '拡大',
    zoomOut: '縮小',
    fullScreen: '全画面表示',
    minimize: '最小化',
    zoom: 'ズーム',
    front: 'すべてを手前に移動',
    about: (app: string) => `${app}について`,
    hide: (app: string) => `${app}を隠す`,
    hideOthers: 'ほかを隠す',
    unhide: 'すべてを表示',
  },
  en: {
    file: 'File',
    edit: 'Edit',
    view: 'View',
    window: 'Window',
    help: 'Help',
    close: 'Close Window',
    quit: (app: string) => `Quit ${app}`,
    undo: 'Undo',
    redo: 'Redo',
    cut: 'Cut',
    copy: 'Copy',
    paste: 'Paste',
    selectAll: 'Select All',
    reload: 'Reload',
    forceReload: 'Force Reload',
    devTools: 'Developer Tools',
    resetZoom: 'Actual Size',
    zoomIn: 'Zoom In',
    zoomOut: 'Zoom Out',
    fullScreen: 'Full Screen',
    minimize: 'Minimize',
    zoom: 'Zoom',
    front: 'Bring All to Front',
    about: (app: string) => `About ${app}`,
    hide: (app: string) => `Hide ${app}`,
    hideOthers: 'Hide Others',
    unhide: 'Show All',
  },
} as const

/** The access key of a top-level menu on Windows and Linux: 「ファイル(&F)」, "&File". */
function topLabel(label: string, key: string, lang: MenuLanguage, mac: boolean): string {
  if (mac) return label
  return lang === 'ja' ? `${label}(&${key})` : label.replace(key, `&${key}`)
}

/**
 * The application menu: ファイル / 編集 / 表示 / ウィンドウ / ヘルプ with the usual roles (their
 * shortcuts are the platform's: Ctrl+Z, Ctrl+C, F11, Ctrl++ …). A packaged app has no reload or
 * developer tools: a stray Ctrl+R during a workshop reloads nothing. macOS gets its app menu.
 */
export function appMenuTemplate(options: {
  lang: MenuLanguage
  platform: NodeJS.Platform
  packaged: boolean
  appName: string
}): MenuItemConstructorOptions[] {
  const { lang, platform, packaged, appName } = options
  const mac = platform === 'darwin'
  const l = LABELS[lang]
  const top = (label: string, key: string) => topLabel(label, key, lang, mac)
  const development: MenuItemConstructorOptions[] = packaged
    ? []
    : [
        { role: 'reload', label: l.reload },
        { role: 'forceReload', label: l.forceReload },
        { role: 'toggleDevTools', label: l.devTools },
        { type: 'separator' },
      ]
  return [
    ...(mac
      ? [
          {
            label: appName,
            submenu: [
              { role: 'about', label: l.about(appName) },
              { type: 'separator' },
              { role: 'hide', label: l.hide(appName) },
              { role: 'hideOthers', label: l.hideOthers },
              { role: 'unhide', label: l.unhide },
              { type: 'separator' },
              { role: 'quit', label: l.quit(appName) },
            ],
          } satisfies MenuItemConstructorOptions,
        ]
      : []),
    {
      label: top(l.file, 'F'),
      submenu: mac
        ? [{ role: 'close', label: l.close }]
        : [{ role: 'quit', label: l.quit(appName) }],
    },
    {
      label: top(l.edit, 'E'),
      submenu: [
        { role: 'undo', label: l.undo },
        { role: 'redo', label: l.redo },
        { type: 'separator' },
        { role: 'cut', label: l.cut },
        { role: 'copy', label: l.copy },
        { role: 'paste', label: l.paste },
        { role: 'selectAll', label: l.selectAll },
      ],
    },
    {
      label: top(l.view, 'V'),
      submenu: [
        ...development,
        { role: 'resetZoom', label: l.resetZoom },
        { role: 'zoomIn', label: l.zoomIn },
        { role: 'zoomOut', label: l.zoomOut },
        { type: 'separator' },
        { role: 'togglefullscreen', label: l.fullScreen },
      ],
    },
    {
      label: top(l.window, 'W'),
      submenu: mac
        ? [
            { role: 'minimize', label: l.minimize },
            { role: 'zoom', label: l.zoom },
            { type: 'separator' },
            { role: 'front', label: l.front },
          ]
        : [
            { role: 'minimize', label: l.minimize },
            { role: 'close', label: l.close },
          ],
    },
    {
      label: top(l.help, 'H'),
      role: 'help',
      submenu: mac ? [] : [{ role: 'about', label: l.about(appName) }],
    },
  ]
}
