// The icons in build/ (electron-builder's resources), made by scripts/make-icons.mjs from
// build/icon.svg: every PNG size, the .ico Windows shows for the app, its installer and the
// .taneboard files, and the macOS .icns.
import { existsSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import {
  ICNS_TYPES,
  ICO_SIZES,
  PNG_SIZES,
  pngSize,
  readIcns,
  readIco,
} from '../icons/iconFiles.mjs'

/** Runs the icon checks, reporting each through `check(name, ok, detail)`. */
export function checkIcons(buildDir, check) {
  check('build/icon.svg, the icons’ source, exists', existsSync(join(buildDir, 'icon.svg')))
  const wrongPngs = PNG_SIZES.filter((size) => {
    const file = join(buildDir, 'icons', `${size}x${size}.png`)
    const png = existsSync(file) ? pngSize(readFileSync(file)) : null
    return png?.width !== size || png.height !== size
  })
  check(
    `build/icons/ holds a PNG of each size (${PNG_SIZES.join(', ')} px)`,
    wrongPngs.length === 0,
    wrongPngs.map((size) => `${size}x${size}.png`).join(', '),
  )
  const iconPng = existsSync(join(buildDir, 'icon.png'))
    ? pngSize(readFileSync(join(buildDir, 'icon.png')))
    : null
  check('build/icon.png is 1024 × 1024', iconPng?.width === 1024 && iconPng.height === 1024)

  const ico = existsSync(join(buildDir, 'icon.ico'))
    ? readIco(readFileSync(join(buildDir, 'icon.ico')))
    : null
  const icoSizes = (ico ?? []).filter((entry) => entry.intact).map((entry) => entry.size)
  check(
    `build/icon.ico holds ${ICO_SIZES.join(', ')} px, intact (256 as PNG, the rest 32-bit BMP)`,
    ico !== null &&
      ICO_SIZES.every((size) => icoSizes.includes(size)) &&
      ico.every((entry) => entry.format === (entry.size >= 256 ? 'png' : 'bmp')),
    ico ? ico.map((e) => `${e.size}:${e.format}${e.intact ? '' : '!'}`).join(' ') : 'missing',
  )
  const icns = existsSync(join(buildDir, 'icon.icns'))
    ? readIcns(readFileSync(join(buildDir, 'icon.icns')))
    : null
  const wrongIcns = ICNS_TYPES.filter(
    ([type, size]) => !icns?.some((entry) => entry.type === type && entry.size === size),
  )
  check(
    'build/icon.icns holds every type from 16 to 1024 px',
    icns !== null && wrongIcns.length === 0,
    icns ? wrongIcns.map(([type]) => type).join(', ') : 'missing',
  )
  const heavy = ['icon.ico', 'icon.icns', 'icon.png'].filter(
    (name) => existsSync(join(buildDir, name)) && statSync(join(buildDir, name)).size > 400_000,
  )
  check('no icon file over 400 KB', heavy.length === 0, heavy.join(', '))
  return ico ? ICO_SIZES : []
}
