import { describe, expect, it } from 'vitest'
import type { AnyRecord } from '../model/schemas'
import type { WorkshopDoc } from '../model/workshopDoc'
import {
  addCause,
  castVote,
  clearVotes,
  deleteCause,
  nudgeCause,
  placeCause,
  setCauseParent,
  setMainCause,
  updateCause,
} from './causeOps'
import { fillWorksheet, INAGI_MITORI_WORKSHEET } from '../testing/inagiExample'
import {
  addMeasure,
  addOutcome,
  deleteMeasure,
  deleteOutcome,
  nudgeMeasure,
  placeMeasure,
  setChosen,
  updateMeasure,
  updateOutcome,
} from './measureOps'
import { theme2Fixture, type Theme2Fixture } from '../testing/theme2Fixture'
import { seatVoterId } from './theme2Queries'
import {
  applyTrial2Preset,
  createTopic,
  createTopicFromTane,
  deleteTopic,
  linkTane,
  moveTopic,
  setStatement,
  updateTopic,
} from './topicOps'
import { applyWorksheetEdit } from './worksheet'

/** A board with a linked topic holding a bit of everything, and a second typed topic. */
function rich() {
  const f = theme2Fixture()
  const tane = f.tane('家族が入院を選ぶ')
  const topic = f.must(createTopicFromTane(f.doc(), f.boardId, tane.id, f.ctx))
  const second = f.must(createTopic(f.doc(), f.boardId, '入院時の情報共有', f.ctx))
  const a = f.must(addCause(f.doc(), topic, 'A', null, f.ctx))
  const a1 = f.must(addCause(f.doc(), topic, 'A1', a, f.ctx))
  const b = f.must(addCause(f.doc(), topic, 'B', null, f.ctx))
  f.apply(setMainCause(f.doc(), topic, a))
  f.apply(placeCause(f.doc(), a, { x: 0.8, y: 0.7 }))
  f.apply(castVote(f.doc(), a, seatVoterId(1), 1))
  const m = f.must(addMeasure(f.doc(), topic, a, 'M', '家族', f.ctx))
  const m2 = f.must(addMeasure(f.doc(), topic, a1, 'M2', 'ケアマネ', f.ctx))
  const o = f.must(addOutcome(f.doc(), topic, { expectation: 'E', measureId: m }, f.ctx))
  return { f, tane: tane.id, topic, second, a, a1, b, m, m2, o }
}

type Rich = ReturnType<typeof rich>
type Op = (r: Rich, doc: WorkshopDoc, f: Theme2Fixture) => AnyRecord[]

const ops: [string, Op][] = [
  ['createTopic', (r, doc, f) => createTopic(doc, f.boardId, '新', f.ctx)],
  ['createTopicFromTane', (r, doc, f) => createTopicFromTane(doc, f.boardId, r.tane, f.ctx)],
  ['applyTrial2Preset', (r, doc, f) => applyTrial2Preset(doc, f.boardId, f.ctx)],
  ['updateTopic', (r, doc) => updateTopic(doc, r.topic, { goal: '目指す姿', votesPerPerson: 5 })],
  ['setStatement', (r, doc) => setStatement(doc, r.topic, '地域課題')],
  ['linkTane (unlink)', (r, doc) => linkTane(doc, r.topic, null)],
  ['moveTopic', (r, doc) => moveTopic(doc, r.second, r.topic)],
  ['deleteTopic', (r, doc, f) => deleteTopic(doc, r.topic, f.ctx)],
  ['addCause', (r, doc, f) => addCause(doc, r.topic, 'C', r.b, f.ctx)],
  ['updateCause', (r, doc) => updateCause(doc, r.b, { text: 'B 改' })],
  ['setCauseParent', (r, doc) => setCauseParent(doc, r.b, r.a)],
  ['placeCause', (r, doc) => placeCause(doc, r.b, { x: 0.1, y: 0.2 })],
  ['placeCause (off the grid)', (r, doc) => placeCause(doc, r.a, null)],
  ['nudgeCause', (r, doc) => nudgeCause(doc, r.a, -1, 1)],
  ['castVote +1', (r, doc) => castVote(doc, r.b, seatVoterId(1), 1)],
  ['castVote -1', (r, doc) => castVote(doc, r.a, seatVoterId(1), -1)],
  ['clearVotes', (r, doc) => clearVotes(doc, r.topic, seatVoterId(1))],
  ['setMainCause', (r, doc) => setMainCause(doc, r.topic, r.b)],
  ['setMainCause (none)', (r, doc) => setMainCause(doc, r.topic, null)],
  [
    'deleteCause deleteMeasures',
    (r, doc, f) => deleteCause(doc, r.a, { mode: 'deleteMeasures' }, f.ctx),
  ],
  [
    'deleteCause moveMeasuresTo',
    (r, doc, f) => deleteCause(doc, r.a, { mode: 'moveMeasuresTo', targetCauseId: r.b }, f.ctx),
  ],
  [
    'deleteCause detachMeasures, sub-causes deleted',
    (r, doc, f) => deleteCause(doc, r.a, { mode: 'detachMeasures', subCauses: 'delete' }, f.ctx),
  ],
  ['addMeasure', (r, doc, f) => addMeasure(doc, r.topic, r.b, '新', '医師', f.ctx)],
  [
    'updateMeasure',
    (r, doc) => updateMeasure(doc, r.m, { target: '家族、ケアマネ', causeId: r.b }),
  ],
  ['placeMeasure', (r, doc) => placeMeasure(doc, r.m, { x: 0.9, y: 0.9 })],
  ['nudgeMeasure', (r, doc) => nudgeMeasure(doc, r.m2, 1, 0)],
  ['setChosen', (r, doc) => setChosen(doc, r.m, true)],
  ['deleteMeasure', (r, doc, f) => deleteMeasure(doc, r.m, f.ctx)],
  ['addOutcome', (r, doc, f) => addOutcome(doc, r.topic, { indicator: '指標' }, f.ctx)],
  [
    'updateOutcome',
    (r, doc) => updateOutcome(doc, r.o, { indicator: 'アンケート', measureId: null }),
  ],
  ['deleteOutcome', (r, doc, f) => deleteOutcome(doc, r.o, f.ctx)],
  [
    'applyWorksheetEdit (new main cause)',
    (r, doc, f) => applyWorksheetEdit(doc, r.second, { kind: 'mainCause' }, '説明不足', f.ctx),
  ],
  ['fillWorksheet', (r, doc, f) => fillWorksheet(doc, r.second, INAGI_MITORI_WORKSHEET, f.ctx)],
]

describe('undo of every テーマ2 op', () => {
  it.each(ops)('%s is undone exactly by invertChange/stampChange', (_name, op) => {
    const r = rich()
    const { f } = r
    const before = f.content()
    const records = op(r, f.doc(), f)
    expect(records.length).toBeGreaterThan(0)
    f.apply(records)
    expect(f.content()).not.toEqual(before)
    f.undo()
    expect(f.content()).toEqual(before)
  })
})
