// Windows .ico and macOS .icns containers around rendered icon pictures, and readers that
// check-package uses to prove what they hold. Plain functions over Buffers.

/** The sizes written as PNG files (build/icons/<n>x<n>.png): 16 to 1024. */
export const PNG_SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024]
/** The sizes in icon.ico: the ones Windows asks for (16-64 at 100-200 % scaling, 128, 256). */
export const ICO_SIZES = [16, 20, 24, 32, 40, 48, 64, 128, 256]
/** icon.icns: each type and the pixel size of its PNG (the @2x types are twice their points). */
export const ICNS_TYPES = [
  ['icp4', 16],
  ['icp5', 32],
  ['icp6', 64],
  ['ic07', 128],
  ['ic08', 256],
  ['ic09', 512],
  ['ic10', 1024],
  ['ic11', 32],
  ['ic12', 64],
  ['ic13', 256],
  ['ic14', 512],
]

/** Width and height from a PNG's IHDR, or null when the bytes are not a PNG. */
export function pngSize(bytes) {
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
  if (bytes.length < 24 || !bytes.subarray(0, 8).equals(signature)) return null
  if (bytes.toString('latin1', 12, 16) !== 'IHDR') return null
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) }
}

/**
 * A 32-bit BMP (DIB) entry of an .ico from straight RGBA pixels, top row first: BGRA bottom row
 * first, the height doubled for the (empty) AND mask that follows. Small sizes are BMP because
 * older Windows shells and NSIS read those best; 256 is PNG, as Windows expects.
 */
function dibEntry(size, rgba) {
  const header = Buffer.alloc(40)
  header.writeUInt32LE(40, 0)
  header.writeInt32LE(size, 4)
  header.writeInt32LE(size * 2, 8)
  header.writeUInt16LE(1, 12)
  header.writeUInt16LE(32, 14)
  const pixels = Buffer.alloc(size * size * 4)
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const from = ((size - 1 - y) * size + x) * 4
      const to = (y * size + x) * 4
      pixels[to] = rgba[from + 2]
      pixels[to + 1] = rgba[from + 1]
      pixels[to + 2] = rgba[from]
      pixels[to + 3] = rgba[from + 3]
    }
  }
  const maskRow = Math.ceil(size / 32) * 4
  header.writeUInt32LE(pixels.length + maskRow * size, 20)
  return Buffer.concat([header, pixels, Buffer.alloc(maskRow * size)])
}

/** An .ico of `images` ({ size, png, rgba }): PNG for 256 and up, 32-bit BMP below. */
export function buildIco(images) {
  const sorted = [...images].sort((a, b) => a.size - b.size)
  const bodies = sorted.map(({ size, png, rgba }) => (size >= 256 ? png : dibEntry(size, rgba)))
  const directory = Buffer.alloc(6 + 16 * sorted.length)
  directory.writeUInt16LE(0, 0)
  directory.writeUInt16LE(1, 2)
  directory.writeUInt16LE(sorted.length, 4)
  let offset = directory.length
  sorted.forEach(({ size }, i) => {
    const at = 6 + 16 * i
    directory.writeUInt8(size >= 256 ? 0 : size, at)
    directory.writeUInt8(size >= 256 ? 0 : size, at + 1)
    directory.writeUInt16LE(1, at + 4)
    directory.writeUInt16LE(32, at + 6)
    directory.writeUInt32LE(bodies[i].length, at + 8)
    directory.writeUInt32LE(offset, at + 12)
    offset += bodies[i].length
  })
  return Buffer.concat([directory, ...bodies])
}

/** The sizes an .ico holds and whether each entry's bytes are where its directory says. */
export function readIco(bytes) {
  if (bytes.length < 6 || bytes.readUInt16LE(0) !== 0 || bytes.readUInt16LE(2) !== 1) return null
  const count = bytes.readUInt16LE(4)
  const entries = []
  for (let i = 0; i < count; i++) {
    const at = 6 + 16 * i
    const length = bytes.readUInt32LE(at + 8)
    const offset = bytes.readUInt32LE(at + 12)
    const body = bytes.subarray(offset, offset + length)
    const png = pngSize(body)
    const size = bytes.readUInt8(at) || 256
    const dibWidth = body.length >= 40 && body.readUInt32LE(0) === 40 ? body.readInt32LE(4) : null
    entries.push({
      size,
      format: png ? 'png' : 'bmp',
      intact: offset + length <= bytes.length && (png ? png.width === size : dibWidth === size),
    })
  }
  return entries
}

/** An .icns of PNGs by pixel size (a Map size → png). */
export function buildIcns(pngBySize) {
  const chunks = ICNS_TYPES.map(([type, size]) => {
    const png = pngBySize.get(size)
    const head = Buffer.alloc(8)
    head.write(type, 0, 'latin1')
    head.writeUInt32BE(png.length + 8, 4)
    return Buffer.concat([head, png])
  })
  const head = Buffer.alloc(8)
  head.write('icns', 0, 'latin1')
  head.writeUInt32BE(8 + chunks.reduce((sum, chunk) => sum + chunk.length, 0), 4)
  return Buffer.concat([head, ...chunks])
}

/** The types of an .icns and the pixel size of each one's PNG, or null when it is no .icns. */
export function readIcns(bytes) {
  if (bytes.length < 8 || bytes.toString('latin1', 0, 4) !== 'icns') return null
  if (bytes.readUInt32BE(4) !== bytes.length) return null
  const entries = []
  for (let at = 8; at + 8 <= bytes.length;) {
    const length = bytes.readUInt32BE(at + 4)
    if (length < 8) return null
    const png = pngSize(bytes.subarray(at + 8, at + length))
    entries.push({ type: bytes.toString('latin1', at, at + 4), size: png?.width ?? null })
    at += length
  }
  return entries
}
