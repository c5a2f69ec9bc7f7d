import type JSZip from 'jszip'
import { FONT } from './pptxLayout'

/**
 * The deck's font as PowerPoint itself writes a Japanese font. pptxgenjs 4.0.1 names the font
 * of every run with the character set of simplified Chinese on <a:ea> (charset -122; -120 on
 * <a:cs>, 0 in tables), so a PC without the font substitutes a Chinese one (other glyph shapes
 * for many kanji). Here every <a:latin>, <a:ea> and <a:cs> of the deck's font carries the
 * Japanese character set (SHIFTJIS, -128) and a Japanese gothic's PANOSE class, and the theme's
 * heading and body fonts (latin, east Asian and the Japanese script's) are the same font: a PC
 * without 游ゴシック shows a Japanese gothic (メイリオ or MS Pゴシック, Windows' own choice).
 */

/** PANOSE of a Japanese sans-serif (family 2, serif style 11: normal sans), as Office writes it. */
const PANOSE = '020B0400000000000000'
const ATTRS = `typeface="${FONT}" panose="${PANOSE}" pitchFamily="50" charset="-128"`

const RUN_FONT = new RegExp(`<a:(latin|ea|cs) typeface="${FONT}"[^>]*/>`, 'g')

/** A slide's XML with the deck's font written for Japanese. */
export function japaneseRunFonts(xml: string): string {
  return xml.replace(RUN_FONT, (_, tag: string) => `<a:${tag} ${ATTRS}/>`)
}

/** The theme's major and minor fonts set to the deck's font for latin, east Asian and Jpan. */
export function japaneseThemeFonts(xml: string): string {
  return xml.replace(
    /<a:(majorFont|minorFont)>([\s\S]*?)<\/a:\1>/g,
    (_, tag: string, inner: string) => {
      const rest = inner
        .replace(/<a:latin [^>]*\/>/, '')
        .replace(/<a:ea [^>]*\/>/, '')
        .replace(/<a:cs [^>]*\/>/, '')
        .replace(/<a:font script="Jpan" [^>]*\/>/, '')
      return `<a:${tag}><a:latin ${ATTRS}/><a:ea ${ATTRS}/><a:cs typeface=""/><a:font script="Jpan" typeface="${FONT}"/>${rest}</a:${tag}>`
    },
  )
}

/** Rewrites the fonts of every slide, layout, master and theme part of a deck in place. */
export async function applyJapaneseFonts(zip: JSZip): Promise<void> {
  const parts = Object.keys(zip.files).filter((name) =>
    /^ppt\/(slides|slideLayouts|slideMasters|theme)\/[^/]+\.xml$/.test(name),
  )
  for (const name of parts) {
    const file = zip.file(name)
    if (!file) continue
    const xml = await file.async('string')
    const fixed = name.startsWith('ppt/theme/') ? japaneseThemeFonts(xml) : japaneseRunFonts(xml)
    if (fixed !== xml) zip.file(name, fixed)
  }
}
