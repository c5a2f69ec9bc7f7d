/**
 * A 市町村 (or 圏域) as typed on a registration sheet, made comparable: NFKC (full-width letters
 * and digits, half-width katakana) and every space removed (ASCII, 全角, tabs, line breaks). The
 * same municipality typed 「前橋市」, 「 前橋市 」 or 「前橋\u3000市」 is one; no other guess is made
 * (「前橋」 and 「前橋市」 stay apart: joining them could join two places).
 */
export function municipalityKey(text: string): string {
  return text.normalize('NFKC').replace(/[\s\u3000]+/g, '')
}
