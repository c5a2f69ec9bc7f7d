#!/usr/bin/env node
// Renders build/icon.svg into every icon electron-builder and the OS need, offline: PNGs 16-1024
// (build/icons/, build/icon.png), build/icon.ico (Windows: the app, the installer, .taneboard
// files) and build/icon.icns (macOS). The outputs are committed; run this after changing the SVG.
// Chromium (Debian's /usr/bin/chromium, or CHROMIUM_PATH) draws the SVG on a canvas at each size.
// Usage: node scripts/make-icons.mjs
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
/* global Image, document -- drawn inside the page */
import { chromium } from 'playwright-core'
import { buildIcns, buildIco, ICNS_TYPES, ICO_SIZES, PNG_SIZES } from './icons/iconFiles.mjs'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const buildDir = join(root, 'build')
const svg = readFileSync(join(buildDir, 'icon.svg'), 'utf8')
const sizes = [...new Set([...PNG_SIZES, ...ICO_SIZES, ...ICNS_TYPES.map(([, size]) => size)])]

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
})
const page = await browser.newPage()
const rendered = await page.evaluate(
  async ({ svgBase64, sizes }) => {
    const image = new Image()
    image.src = `data:image/svg+xml;base64,${svgBase64}`
    await image.decode()
    return sizes.map((size) => {
      const canvas = document.createElement('canvas')
      canvas.width = size
      canvas.height = size
      const context = canvas.getContext('2d')
      context.imageSmoothingQuality = 'high'
      context.drawImage(image, 0, 0, size, size)
      const rgba = Array.from(context.getImageData(0, 0, size, size).data)
      return {
        size,
        png: canvas.toDataURL('image/png').split(',')[1],
        rgba: size <= 128 ? rgba : [],
      }
    })
  },
  { svgBase64: Buffer.from(svg).toString('base64'), sizes },
)
await browser.close()

const images = new Map(
  rendered.map(({ size, png, rgba }) => [
    size,
    { size, png: Buffer.from(png, 'base64'), rgba: Uint8Array.from(rgba) },
  ]),
)
mkdirSync(join(buildDir, 'icons'), { recursive: true })
for (const size of PNG_SIZES) {
  writeFileSync(join(buildDir, 'icons', `${size}x${size}.png`), images.get(size).png)
}
writeFileSync(join(buildDir, 'icon.png'), images.get(1024).png)
writeFileSync(join(buildDir, 'icon.ico'), buildIco(ICO_SIZES.map((size) => images.get(size))))
writeFileSync(
  join(buildDir, 'icon.icns'),
  buildIcns(new Map([...images].map(([size, image]) => [size, image.png]))),
)
console.log(`build/: icons/ (${PNG_SIZES.join(', ')} px), icon.png, icon.ico, icon.icns`)
