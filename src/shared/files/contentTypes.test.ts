import { describe, expect, it } from 'vitest'
import { contentTypeOf } from './contentTypes'

describe('contentTypeOf', () => {
  it('knows the app’s assets and the files it saves, by extension, in any case', () => {
    expect(contentTypeOf('index.html')).toBe('text/html; charset=utf-8')
    expect(contentTypeOf('assets/index-abc.js')).toBe('text/javascript; charset=utf-8')
    expect(contentTypeOf('A.SVG')).toBe('image/svg+xml')
    expect(contentTypeOf('fonts/noto.woff2')).toBe('font/woff2')
    expect(contentTypeOf('研修会_付箋.csv')).toBe('text/csv; charset=utf-8')
    expect(contentTypeOf('研修会.taneboard.json')).toBe('application/json; charset=utf-8')
    expect(contentTypeOf('a.pdf')).toBe('application/pdf')
    expect(contentTypeOf('a.pptx')).toBe(
      'application/vnd.openxmlformats-officedocument.presentationml.presentation',
    )
  })

  it('falls back to opaque bytes', () => {
    expect(contentTypeOf('x.unknown')).toBe('application/octet-stream')
    expect(contentTypeOf('a.taneboard')).toBe('application/octet-stream')
    expect(contentTypeOf('noextension')).toBe('application/octet-stream')
    expect(contentTypeOf('.html')).toBe('application/octet-stream')
    expect(contentTypeOf('dir.html/file')).toBe('application/octet-stream')
    expect(contentTypeOf('C:\\dir.js\\file')).toBe('application/octet-stream')
  })
})
