import { describe, expect, it } from 'vitest'
import { theme2Fixture } from '../testing/theme2Fixture'
import { addCause, castVote, deleteCause, setMainCause } from './causeOps'
import { addMeasure, setChosen } from './measureOps'
import { topicStepProgress } from './stepProgress'
import { createTopic, setStatement, updateTopic } from './topicOps'

describe('テーマ2 step progress ①-⑤', () => {
  it('follows the table’s data step by step', () => {
    const f = theme2Fixture()
    const topicId = f.must(createTopic(f.doc(), f.boardId, '看取り期の家族の不安', f.ctx))
    const progress = () => topicStepProgress(f.doc(), topicId)
    expect(progress()).toEqual({ 1: 'empty', 2: 'empty', 3: 'empty', 4: 'empty', 5: 'empty' })

    f.apply(updateTopic(f.doc(), topicId, { goal: '家族が安心して看取れる' }))
    expect(progress()[1]).toBe('started')
    f.apply(updateTopic(f.doc(), topicId, { concern: '急変時にどうすればよいか' }))
    expect(progress()[1]).toBe('done')

    const cause = f.must(addCause(f.doc(), topicId, '相談先が分からない', null, f.ctx))
    expect(progress()[2]).toBe('done')
    expect(progress()[3]).toBe('empty')
    f.apply(castVote(f.doc(), cause, 'seat-1', 1))
    expect(progress()[3]).toBe('started')
    f.apply(setMainCause(f.doc(), topicId, cause))
    expect(progress()[3]).toBe('done')

    const measure = f.must(addMeasure(f.doc(), topicId, cause, '相談窓口の周知', '家族', f.ctx))
    expect(progress()[4]).toBe('done')
    expect(progress()[5]).toBe('empty')
    f.apply(setChosen(f.doc(), measure, true))
    expect(progress()[5]).toBe('started')
    f.apply(setStatement(f.doc(), topicId, '看取りの相談先を家族が知っている地域にする'))
    expect(progress()).toEqual({ 1: 'done', 2: 'done', 3: 'done', 4: 'done', 5: 'done' })
  })

  it('a deleted main cause no longer counts, and an unknown topic is empty', () => {
    const f = theme2Fixture()
    const topicId = f.must(createTopic(f.doc(), f.boardId, 'テーマ', f.ctx))
    const cause = f.must(addCause(f.doc(), topicId, '原因', null, f.ctx))
    f.apply(setMainCause(f.doc(), topicId, cause))
    f.apply(deleteCause(f.doc(), cause, { mode: 'detachMeasures' }, f.ctx))
    expect(topicStepProgress(f.doc(), topicId)[3]).not.toBe('done')
    expect(topicStepProgress(f.doc(), 'nope')[1]).toBe('empty')
  })
})
