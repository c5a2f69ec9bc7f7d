import type { MenuItemConstructorOptions } from 'electron'
import { describe, expect, it } from 'vitest'
import { appMenuTemplate } from './appMenu'

type Item = MenuItemConstructorOptions

function submenu(item: Item | undefined): Item[] {
  return Array.isArray(item?.submenu) ? item.submenu : []
}

/** Each menu's label with its items as "role:label" (separators as "—"). */
function outline(menu: Item[]) {
  return menu.map((item) => [
    item.label,
    submenu(item).map((entry) =>
      entry.type === 'separator' ? '—' : `${String(entry.role)}:${String(entry.label)}`,
    ),
  ])
}

describe('the application menu', () => {
  it('is in Japanese on Windows, with access keys and no reload or developer tools once packaged', () => {
    const menu = appMenuTemplate({
      lang: 'ja',
      platform: 'win32',
      packaged: true,
      appName: 'タネボード',
    })
    expect(outline(menu)).toEqual([
      ['ファイル(&F)', ['quit:タネボードを終了']],
      [
        '編集(&E)',
        [
          'undo:元に戻す',
          'redo:やり直す',
          '—',
          'cut:切り取り',
          'copy:コピー',
          'paste:貼り付け',
          'selectAll:すべて選択',
        ],
      ],
      [
        '表示(&V)',
        [
          'resetZoom:実際のサイズ',
          'zoomIn:拡大',
          'zoomOut:縮小',
          '—',
          'togglefullscreen:全画面表示',
        ],
      ],
      ['ウィンドウ(&W)', ['minimize:最小化', 'close:ウィンドウを閉じる']],
      ['ヘルプ(&H)', ['about:タネボードについて']],
    ])
  })

  it('has reload and developer tools in a development build', () => {
    const view = appMenuTemplate({
      lang: 'ja',
      platform: 'linux',
      packaged: false,
      appName: 'タネボード',
    })[2]
    expect(submenu(view).map((item) => item.role)).toEqual([
      'reload',
      'forceReload',
      'toggleDevTools',
      undefined,
      'resetZoom',
      'zoomIn',
      'zoomOut',
      undefined,
      'togglefullscreen',
    ])
  })

  it('is in English when the app is, with the same roles', () => {
    const ja = appMenuTemplate({
      lang: 'ja',
      platform: 'win32',
      packaged: true,
      appName: 'TaneBoard',
    })
    const en = appMenuTemplate({
      lang: 'en',
      platform: 'win32',
      packaged: true,
      appName: 'TaneBoard',
    })
    expect(en.map((item) => item.label)).toEqual(['&File', '&Edit', '&View', '&Window', '&Help'])
    expect(submenu(en[1]).map((item) => item.label)).toContain('Undo')
    const roles = (menu: Item[]) => menu.map((item) => submenu(item).map((entry) => entry.role))
    expect(roles(en)).toEqual(roles(ja))
  })

  it('on macOS starts with the app menu and shows no access keys', () => {
    const menu = appMenuTemplate({
      lang: 'ja',
      platform: 'darwin',
      packaged: true,
      appName: 'タネボード',
    })
    expect(menu.map((item) => item.label)).toEqual([
      'タネボード',
      'ファイル',
      '編集',
      '表示',
      'ウィンドウ',
      'ヘルプ',
    ])
    expect(submenu(menu[0]).map((item) => item.role)).toContain('quit')
  })
})
