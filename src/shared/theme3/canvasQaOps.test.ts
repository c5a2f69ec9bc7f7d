import { describe, expect, it } from 'vitest'
import { LIMITS } from '../model/limits'
import { canvasQaSchema } from '../model/schemas'
import { createCanvas } from './canvasOps'
import { addInagiQuestions, addQa, deleteQa, moveQa, updateQa } from './canvasQaOps'
import { theme3Fixture } from '../testing/theme3Fixture'
import { canvasQas } from './theme3Queries'

function withCanvas() {
  const f = theme3Fixture()
  return { ...f, canvasId: f.must(createCanvas(f.doc(), f.theme3BoardId, '地域課題', f.ctx)) }
}

describe('questions a municipal officer will likely ask', () => {
  it('adds 稲城市’s three questions in the report’s order, only those missing', () => {
    const f = withCanvas()
    f.apply(addInagiQuestions(f.doc(), f.canvasId, f.ctx))
    const list = () => canvasQas(f.doc(), f.canvasId)
    expect(list().map((q) => [q.prompt, q.question, q.answer])).toEqual([
      ['why', 'なぜ、そのような相談が生じたのか', ''],
      ['elsewhere', '相談室以外に相談できるところはどこか', ''],
      ['avoid', '相談せずに済むようにするにはどうしたらよいか', ''],
    ])
    expect(addInagiQuestions(f.doc(), f.canvasId, f.ctx)).toEqual([])
    f.apply(deleteQa(f.doc(), list()[1]!.id, f.ctx))
    f.apply(addInagiQuestions(f.doc(), f.canvasId, f.ctx))
    expect(list().map((q) => q.prompt)).toEqual(['why', 'avoid', 'elsewhere'])
    for (const qa of list()) expect(canvasQaSchema.safeParse(qa).success).toBe(true)
  })

  it('a question from 「なぜそう考えるのか」 or typed; answers are edited in place', () => {
    const f = withCanvas()
    const why = f.must(addQa(f.doc(), f.canvasId, { prompt: 'reason' }, f.ctx))
    const typed = f.must(addQa(f.doc(), f.canvasId, { question: '他の市でも同じですか？' }, f.ctx))
    f.apply(updateQa(f.doc(), why, { answer: 'ケアマネから月に数件の問合せがあるからです。' }))
    expect(canvasQas(f.doc(), f.canvasId).map((q) => [q.question, q.answer])).toEqual([
      ['なぜそう考えるのか', 'ケアマネから月に数件の問合せがあるからです。'],
      ['他の市でも同じですか？', ''],
    ])
    expect(updateQa(f.doc(), typed, { question: '他の市でも同じですか？' })).toEqual([])
    f.undo()
    expect(canvasQas(f.doc(), f.canvasId)[0]?.answer).toBe('')
  })

  it('moves a question up and down; nothing past the ends', () => {
    const f = withCanvas()
    f.apply(addInagiQuestions(f.doc(), f.canvasId, f.ctx))
    const [a, b, c] = canvasQas(f.doc(), f.canvasId).map((q) => q.id)
    f.apply(moveQa(f.doc(), c!, 'up'))
    expect(canvasQas(f.doc(), f.canvasId).map((q) => q.id)).toEqual([a, c, b])
    expect(moveQa(f.doc(), a!, 'up')).toEqual([])
    expect(moveQa(f.doc(), b!, 'down')).toEqual([])
  })

  it('stops at the limit (all three or none)', () => {
    const f = withCanvas()
    for (let i = 0; i < LIMITS.qasPerCanvas - 2; i++) {
      f.apply(addQa(f.doc(), f.canvasId, { question: `Q${String(i)}` }, f.ctx))
    }
    expect(addInagiQuestions(f.doc(), f.canvasId, f.ctx)).toEqual([])
    f.apply(addQa(f.doc(), f.canvasId, { question: 'last' }, f.ctx))
    f.apply(addQa(f.doc(), f.canvasId, { question: 'last' }, f.ctx))
    expect(addQa(f.doc(), f.canvasId, { question: 'over' }, f.ctx)).toEqual([])
  })
})
