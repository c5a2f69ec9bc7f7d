import { render, screen } from '@testing-library/react'
import { encode } from 'uqr'
import { describe, expect, it } from 'vitest'
import { QrCode, qrRuns } from './QrCode'

const URL = 'http://192.168.137.1:8730/'

describe('QrCode', () => {
  it('draws exactly the dark modules of the code, with a quiet zone', () => {
    const { data, size } = encode(URL, { ecc: 'M', border: 4 })
    const { runs, size: drawn } = qrRuns(URL)
    expect(drawn).toBe(size)
    const dark = new Set<string>()
    for (const run of runs) for (let x = run.x; x < run.x + run.w; x++) dark.add(`${x},${run.y}`)
    data.forEach((row, y) => {
      row.forEach((on, x) => {
        expect(dark.has(`${x},${y}`)).toBe(on)
      })
    })
    // the quiet zone is white, the finder pattern's corner dark
    expect(dark.has('0,0')).toBe(false)
    expect(dark.has('4,4')).toBe(true)
  })

  it('is an image with its name, made of SVG rects', () => {
    render(<QrCode value={URL} label="参加用QRコード" />)
    const image = screen.getByRole('img', { name: '参加用QRコード' })
    expect(image.tagName.toLowerCase()).toBe('svg')
    expect(image.querySelectorAll('rect').length).toBe(qrRuns(URL).runs.length + 1)
  })
})
