import { describe, expect, it } from 'vitest'
import { appInfo } from './appInfo'

describe('appInfo', () => {
  it('names the app, its version and where the second copy lives', () => {
    expect(appInfo({ getVersion: () => '0.1.0' }, '/home/u/.config/TaneBoard/workshops')).toEqual({
      name: 'タネボード',
      version: '0.1.0',
      host: 'electron',
      dataLocation: '/home/u/.config/TaneBoard/workshops',
    })
  })
})
