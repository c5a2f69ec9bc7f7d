import { describe, expect, it } from 'vitest'
import { cacheControlOf, IMMUTABLE_CACHE, isHashedAsset } from './cachePolicy'

describe('cacheControlOf', () => {
  it('caches the hashed scripts, styles and fonts of the build for a year as immutable', () => {
    for (const path of [
      'assets/index-B0mVplJt.js',
      'assets/index-D6Q-vFuG.css',
      'assets/noto-sans-jp-0-400-normal-BOdFA-Yh.woff2',
      'assets\\Theme1BoardScreen-B1sZz8vP.js',
    ]) {
      expect(cacheControlOf(path, 'no-cache')).toBe(IMMUTABLE_CACHE)
    }
  })

  it('asks again for index.html and anything not named after its hash', () => {
    for (const path of [
      'index.html',
      'assets/logo.svg',
      'icons/app-B0mVplJt.png',
      'assets/a/b-B0mVplJt.js',
    ]) {
      expect(isHashedAsset(path)).toBe(false)
      expect(cacheControlOf(path, 'no-cache')).toBe('no-cache')
    }
  })
})
