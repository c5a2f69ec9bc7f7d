import { describe, expect, it } from 'vitest'
import { appInfo } from './appInfo'

describe('appInfo', () => {
  it('names the app and its version, and describes where the second copy lives without a path', () => {
    const info = appInfo({ getVersion: () => '0.1.0' })
    expect(info).toEqual({
      name: 'タネボード',
      version: '0.1.0',
      host: 'electron',
      dataLocation: 'このパソコンのタネボード用フォルダ',
    })
    expect(info.dataLocation).not.toMatch(/[\\/]/)
  })
})
