import { describe, expect, it } from 'vitest'
import { devServerOrigins, devServerUrl, isLoopbackHttpUrl } from './devServer'

const dev = { devBuild: true, packaged: false }

describe('devServerUrl: only a development build obeys ELECTRON_RENDERER_URL', () => {
  it('a production build ignores it, even for a loopback address', () => {
    expect(devServerUrl('http://localhost:5173/', { devBuild: false, packaged: false })).toBeNull()
    expect(devServerUrl('http://localhost:5173/', { devBuild: false, packaged: true })).toBeNull()
    expect(devServerUrl('http://attacker.example/', { devBuild: false, packaged: true })).toBeNull()
  })

  it('a packaged app ignores it, whatever its build', () => {
    expect(devServerUrl('http://localhost:5173/', { devBuild: true, packaged: true })).toBeNull()
  })

  it('a development build takes a loopback http(s) address', () => {
    expect(devServerUrl('http://localhost:5173/', dev)).toBe('http://localhost:5173/')
    expect(devServerUrl('http://127.0.0.1:5173/', dev)).toBe('http://127.0.0.1:5173/')
    expect(devServerUrl('https://[::1]:5173/', dev)).toBe('https://[::1]:5173/')
    expect(devServerUrl(undefined, dev)).toBeNull()
    expect(devServerUrl('', dev)).toBeNull()
  })

  it.each([
    'http://attacker.example/',
    'http://192.168.1.20:5173/',
    'http://localhost.attacker.example/',
    'http://127.0.0.1.nip.io/',
    'http://user:pass@localhost:5173/',
    'file:///etc/passwd',
    'javascript:alert(1)',
    'app://taneboard/index.html',
    'ws://localhost:5173/',
    'not a url',
  ])('a development build still refuses %s', (url) => {
    expect(devServerUrl(url, dev)).toBeNull()
    expect(isLoopbackHttpUrl(url)).toBe(false)
  })

  it('trusts only the dev server origin and its hot-reload socket', () => {
    expect(devServerOrigins('http://localhost:5173/')).toEqual([
      'http://localhost:5173',
      'ws://localhost:5173',
    ])
    expect(devServerOrigins(null)).toEqual([])
  })
})
