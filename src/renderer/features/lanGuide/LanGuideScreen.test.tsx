import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { parseRoute, routeHref } from '../../navigation/useRoute'
import { LanGuideScreen } from './LanGuideScreen'

describe('「接続の手引き」', () => {
  it('has its own route', () => {
    expect(parseRoute('#/lan-guide')).toEqual({ name: 'lanGuide' })
    expect(parseRoute('#/lan-guide/')).toEqual({ name: 'lanGuide' })
    expect(routeHref({ name: 'lanGuide' })).toBe('#/lan-guide')
    expect(parseRoute('#/lan-guide/x')).toEqual({ name: 'home' })
  })

  it('covers the network, a fixed address, the firewall, the proxy and the /check page', () => {
    render(<LanGuideScreen />)
    expect(screen.getByRole('heading', { name: '接続の手引き', level: 1 })).toBeTruthy()
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual([
      '1. Wi-Fiを用意する',
      '2. アドレスを固定する',
      '3. Windowsファイアウォールの確認',
      '4. 役所のパソコンのプロキシ設定',
      '5. テーブルからつながるか確かめる',
      '6. 当日',
    ])
    expect(screen.getByText(/クライアント分離」はオフ/)).toBeTruthy()
    expect(screen.getByText(/「プライベート ネットワーク」にチェック/)).toBeTruthy()
    expect(screen.getByText(/例外の欄にファシリテーターのパソコンのアドレス/)).toBeTruthy()
    expect(screen.getByText(/http:\/\/192\.168\.137\.1:8730\/check/)).toBeTruthy()
    expect(screen.getByRole('button', { name: /戻る/ })).toBeTruthy()
  })
})
