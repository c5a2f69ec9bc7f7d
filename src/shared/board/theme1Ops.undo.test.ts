import { describe, expect, it } from 'vitest'
import type { AnyRecord } from '../model/schemas'
import type { WorkshopDoc } from '../model/workshopDoc'
import { layoutContent, theme1Fixture, type Theme1Fixture } from '../testing/theme1Fixture'
import {
  addNote,
  deleteNotes,
  duplicateNote,
  moveNotes,
  setTane,
  toggleScene,
  ungroup,
  updateNote,
} from './theme1Ops'

/** A board with something in every area: a cluster spanning two scenes, a tray, 看取り notes. */
function rich(): Theme1Fixture {
  const f = theme1Fixture()
  f.add('トレイ1')
  f.add('日常1', ['daily'], { who: ['resident'] })
  const h = f.add('見出し', ['daily', 'admission'], { kind: 'heading' })
  f.add('子1', [], { parentId: h, tane: true })
  f.add('子2', [], { parentId: h })
  f.add('日常2', ['daily', 'endOfLife'])
  f.add('入退院1', ['admission'])
  f.add('看取り1', ['endOfLife'])
  f.add('トレイ2')
  return f
}

type Op = (f: Theme1Fixture, doc: WorkshopDoc) => AnyRecord[]

const ops: [string, Op][] = [
  [
    'addNote to a scene',
    (f, doc) => addNote(doc, f.boardId, { text: '新', scenes: ['emergency'] }, f.ctx),
  ],
  [
    'addNote under a 見出し',
    (f, doc) =>
      addNote(doc, f.boardId, { text: '新', scenes: [], parentId: f.id('見出し') }, f.ctx),
  ],
  [
    'updateNote text and colour',
    (f, doc) => updateNote(doc, f.id('日常1'), { text: '変更', color: 'pink' }),
  ],
  ['updateNote 見出し → 手元用', (f, doc) => updateNote(doc, f.id('見出し'), { kind: 'hand' })],
  [
    'deleteNotes of a 見出し',
    (f, doc) => deleteNotes(doc, [f.id('見出し'), f.id('トレイ1')], f.ctx),
  ],
  ['duplicateNote', (f, doc) => duplicateNote(doc, f.id('日常2'), f.ctx)],
  [
    'moveNotes of a selection across areas',
    (f, doc) =>
      moveNotes(doc, [f.id('看取り1'), f.id('トレイ2'), f.id('子2')], {
        scene: 'daily',
        beforeId: f.id('日常1'),
      }),
  ],
  [
    'moveNotes of a 見出し to the tray',
    (f, doc) => moveNotes(doc, [f.id('見出し')], { scene: null }),
  ],
  [
    'moveNotes into a 見出し',
    (f, doc) => moveNotes(doc, [f.id('入退院1')], { scene: null, parentId: f.id('見出し') }),
  ],
  ['toggleScene (add)', (f, doc) => toggleScene(doc, f.id('見出し'), 'emergency')],
  ['toggleScene (remove the primary)', (f, doc) => toggleScene(doc, f.id('日常2'), 'daily')],
  ['toggleScene (remove the last)', (f, doc) => toggleScene(doc, f.id('入退院1'), 'admission')],
  ['setTane', (f, doc) => setTane(doc, [f.id('日常1'), f.id('子1')], true)],
  ['ungroup', (f, doc) => ungroup(doc, [f.id('子1')])],
]

describe('undo of every theme1 op', () => {
  it.each(ops)('%s is undone exactly by invertChange/stampChange', (_name, op) => {
    const f = rich()
    const before = layoutContent(f.layout())
    const records = op(f, f.doc())
    expect(records.length).toBeGreaterThan(0)
    f.apply(records)
    expect(layoutContent(f.layout())).not.toEqual(before)
    f.undo()
    expect(layoutContent(f.layout())).toEqual(before)
  })

  it('undoes a move that renumbered the area', () => {
    const f = rich()
    const [first, second] = f.layout().scenes.daily ?? []
    if (!first || !second) throw new Error('rich board changed')
    f.apply([{ ...second.note, order: first.note.order + 1e-7 }])
    const before = layoutContent(f.layout())
    const change = f.apply(
      moveNotes(f.doc(), [f.id('トレイ1')], { scene: 'daily', beforeId: second.note.id }),
    )
    expect(change.records.length).toBeGreaterThan(1)
    expect(f.shape().daily).toEqual(['日常1', 'トレイ1', '見出し[子1,子2]', '日常2'])
    f.undo()
    expect(layoutContent(f.layout())).toEqual(before)
  })
})
