import path from 'node:path'

/**
 * The renderer's folder rules (ARCHITECTURE.md, "Invariants"), checked on every relative import:
 * - a feature (src/renderer/features/<name>/) never imports another feature;
 * - only app/ (routes and composition) and main.tsx import features;
 * - nothing imports app/ but main.tsx.
 */
const RENDERER = `${path.sep}src${path.sep}renderer${path.sep}`

/** Where a file sits in the renderer: { kind: 'feature', name } | { kind: 'app' | 'main' | 'other' }. */
function placeOf(file) {
  const at = file.lastIndexOf(RENDERER)
  if (at < 0) return null
  const parts = file.slice(at + RENDERER.length).split(path.sep)
  if (parts[0] === 'features' && parts.length > 2) return { kind: 'feature', name: parts[1] }
  if (parts[0] === 'app') return { kind: 'app' }
  if (parts.length === 1 && /^main\.tsx?$/.test(parts[0])) return { kind: 'main' }
  return { kind: 'other' }
}

function problem(from, to) {
  if (to.kind === 'feature') {
    if (from.kind === 'feature' && from.name !== to.name) {
      return `Features never import each other (${from.name} → ${to.name}): put what both use in ui/, shell/, views/ or session/, and open another screen through a route (navigation/).`
    }
    if (from.kind === 'other') {
      return 'Only app/ (routes and composition) imports features; shared code lives outside features/.'
    }
  }
  if (to.kind === 'app' && from.kind !== 'app' && from.kind !== 'main') {
    return 'app/ holds routes and composition only: nothing but main.tsx imports it.'
  }
  return null
}

const rule = {
  meta: {
    type: 'problem',
    docs: { description: 'The renderer folder rules: features stand alone, app/ composes them.' },
    schema: [],
  },
  create(context) {
    const file = context.filename
    const from = placeOf(file)
    if (!from) return {}
    function check(node) {
      const spec = node.source?.value
      if (typeof spec !== 'string' || !spec.startsWith('.')) return
      const to = placeOf(path.resolve(path.dirname(file), spec))
      const message = to && problem(from, to)
      if (message) context.report({ node: node.source, message })
    }
    return {
      ImportDeclaration: check,
      ExportNamedDeclaration: check,
      ExportAllDeclaration: check,
      ImportExpression: check,
    }
  },
}

export const rendererLayers = { rules: { layers: rule } }
