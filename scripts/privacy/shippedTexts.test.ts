import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'
import { scanText } from '../../src/shared/privacy/scanText'

/**
 * The personal-information guard (issue 21 p6) must stay silent on every text the app ships:
 * each string literal, template text and JSX text of the product's source (src/shared and
 * src/renderer, tests and testing kits left out), the report's own wording among them (the
 * サンプル研修会, the templates' cards and timetables, the annex, the catalogues, the LAN guide).
 * The sample workshop as built is checked in src/shared/privacy/scanWorkshop.test.ts.
 */

const ROOT = join(__dirname, '..', '..')
const SOURCES = ['src/shared', 'src/renderer']
/** The guard's own tests and patterns name what it looks for. */
const SKIP = /(\.test\.tsx?$|\/testing\/|src\/shared\/privacy\/)/

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return sourceFiles(path)
    return /\.tsx?$/.test(entry.name) && !SKIP.test(path) ? [path] : []
  })
}

function textsOf(path: string): string[] {
  const source = ts.createSourceFile(
    path,
    readFileSync(path, 'utf8'),
    ts.ScriptTarget.Latest,
    false,
  )
  const texts: string[] = []
  const visit = (node: ts.Node) => {
    if (ts.isStringLiteralLike(node) || ts.isJsxText(node)) texts.push(node.text)
    else if (ts.isTemplateExpression(node)) {
      texts.push(node.head.text, ...node.templateSpans.map((span) => span.literal.text))
    }
    ts.forEachChild(node, visit)
  }
  visit(source)
  return texts
}

describe('the texts the app ships', () => {
  const files = SOURCES.flatMap((dir) => sourceFiles(join(ROOT, dir)))

  it('are many (the walk found the sources)', () => {
    expect(files.length).toBeGreaterThan(300)
  })

  it('hold nothing the guard would flag', { timeout: 60_000 }, () => {
    const flagged = files.flatMap((path) =>
      textsOf(path)
        .filter((text) => scanText(text).length > 0)
        .map((text) => `${relative(ROOT, path)}: ${text.slice(0, 80)}`),
    )
    expect(flagged).toEqual([])
  })
})
