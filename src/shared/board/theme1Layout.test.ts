import { describe, expect, it } from 'vitest'
import { SCENE_KEYS, type SceneKey } from '../model/scenes'
import { noteSchema, type Note } from '../model/schemas'
import { applyRecords } from '../model/workshopDoc'
import { boardOf, workshopGroups } from '../ops/groupOps'
import { createSampleWorkshop } from '../templates/sampleWorkshop'
import { HALF_DAY_TEMPLATE } from '../templates/workshopTemplates'
import { fakeContext } from '../testing/fakeContext'
import { layoutShape, theme1Fixture } from '../testing/theme1Fixture'
import {
  buildTheme1Layout,
  indexTheme1Board,
  locateNote,
  primaryViews,
  workshopScenes,
} from './theme1Layout'

describe('buildTheme1Layout', () => {
  it('has an empty tray and one empty list per scene of the workshop', () => {
    const f = theme1Fixture()
    const layout = f.layout()
    expect(layout.boardId).toBe(f.boardId)
    expect(layout.sceneKeys).toEqual(SCENE_KEYS)
    expect(layout.tray).toEqual([])
    expect(Object.keys(layout.scenes)).toEqual(SCENE_KEYS)
  })

  it('puts notes without scenes in the tray and sorts every area by order', () => {
    const f = theme1Fixture()
    f.add('未分類1')
    f.add('日常1', ['daily'])
    f.add('日常2', ['daily'])
    f.add('未分類2', [])
    f.apply([{ ...f.note(f.id('日常2')), order: -5 }])
    expect(f.shape()).toMatchObject({
      tray: ['未分類1', '未分類2'],
      daily: ['日常2', '日常1'],
      admission: [],
    })
  })

  it('shows a multi-scene note in every scene, secondary outside its first scene', () => {
    const f = theme1Fixture()
    f.add('入退院1', ['admission'])
    f.add('またがる', ['admission', 'daily'])
    f.add('日常1', ['daily'])
    const layout = f.layout()
    expect(layoutShape(layout)).toMatchObject({
      // 日常1 was added after the last note shown in 日常療養, the spanning one.
      daily: ['またがる*', '日常1'],
      admission: ['入退院1', 'またがる'],
    })
    const [primary] = layout.scenes.admission?.filter((v) => v.note.text === 'またがる') ?? []
    expect(primary).toMatchObject({ scene: 'admission', isSecondary: false })
  })

  it('nests gathered notes under their 見出し in each scene it is shown in', () => {
    const f = theme1Fixture()
    const heading = f.add('見出し', ['endOfLife', 'emergency'], { kind: 'heading' })
    f.add('子1', [], { parentId: heading })
    f.add('子2', [], { parentId: heading })
    f.add('看取り', ['endOfLife'])
    const layout = f.layout()
    expect(layoutShape(layout)).toMatchObject({
      emergency: ['見出し*[子1,子2]'],
      endOfLife: ['見出し[子1,子2]', '看取り'],
    })
    expect(layout.scenes.emergency?.[0]?.children).toBe(layout.scenes.endOfLife?.[0]?.children)
  })

  it('sends notes whose scenes the workshop does not use to the tray (試行②)', () => {
    const f = theme1Fixture(HALF_DAY_TEMPLATE)
    expect(workshopScenes(f.doc())).toEqual(['admission', 'endOfLife'])
    f.add('日常だけ', ['daily'])
    f.add('日常と看取り', ['daily', 'endOfLife'])
    f.add('急変と日常', ['emergency', 'daily'])
    const layout = f.layout()
    expect(Object.keys(layout.scenes)).toEqual(['admission', 'endOfLife'])
    expect(layoutShape(layout)).toEqual({
      tray: ['日常だけ', '急変と日常'],
      admission: [],
      endOfLife: ['日常と看取り'],
    })
  })

  it('never hides a note with a broken parentId', () => {
    const f = theme1Fixture()
    const heading = f.add('見出し', ['daily'], { kind: 'heading' })
    const child = f.add('子', [], { parentId: heading })
    const a = f.add('A', ['daily'])
    const b = f.add('B', ['daily'])
    const self = f.add('自分', ['daily'])
    // Broken references as a merge might leave them: a tombstoned parent, a cycle, a self-parent.
    f.apply([
      { ...f.note(heading), deletedAt: '2025-02-07T05:00:00.000Z' },
      { ...f.note(a), parentId: b },
      { ...f.note(b), parentId: a },
      { ...f.note(self), parentId: self },
    ])
    expect(f.shape().daily).toEqual(['子', 'A', 'B', '自分'])
    expect(f.note(child).parentId).toBe(heading)
  })

  it('lays out the sample workshop as printed (見出し clusters, a note spanning two scenes)', () => {
    const doc = createSampleWorkshop(fakeContext())
    const [, groupB, groupC] = workshopGroups(doc)
    const boardB = groupB && boardOf(doc, groupB.id, 'theme1')
    const boardC = groupC && boardOf(doc, groupC.id, 'theme1')
    if (!boardB || !boardC) throw new Error('sample boards missing')
    const b = layoutShape(buildTheme1Layout(doc, boardB.id))
    expect(b.admission?.[0]).toMatch(/^現場でよく聴くCMの声\[病院の敷居が高い,/)
    expect(b.daily).toEqual(['病院はMSWがいるからいいけど、開業医の先生達の対応に困っている*'])
    const c = layoutShape(buildTheme1Layout(doc, boardC.id))
    expect(c.emergency).toEqual(['不安になると在宅医でなく救急車に連絡*'])
    expect(c.tray).toEqual([])
  })

  it('builds a 1,000-note board with every note shown once as primary', () => {
    const f = theme1Fixture()
    const base = f.note(f.add('種'))
    const notes: Note[] = []
    const headings: string[] = []
    for (let i = 0; i < 1000; i++) {
      const scenes: SceneKey[] = i % 7 === 0 ? [] : [SCENE_KEYS[i % 4] ?? 'daily']
      if (i % 11 === 0) scenes.push(SCENE_KEYS[(i + 1) % 4] ?? 'daily')
      const kind = i % 10 === 0 ? 'heading' : 'hand'
      const parentId = kind === 'hand' && i % 3 === 0 ? (headings.at(-1) ?? null) : null
      const note = noteSchema.parse({
        ...base,
        id: `n${i}`,
        text: `付箋${i}`,
        kind,
        scenes,
        order: (i * 7919) % 1000,
        parentId,
      })
      if (kind === 'heading') headings.push(note.id)
      notes.push(note)
    }
    const doc = applyRecords(f.doc(), notes)
    const { layout, rank } = indexTheme1Board(doc, f.boardId)
    const primaries = [...primaryViews(layout)]
    const shown = primaries.flatMap((v) => [v.note.id, ...v.children.map((c) => c.id)])
    expect(shown).toHaveLength(1001)
    expect(new Set(shown).size).toBe(1001)
    expect(rank.size).toBe(1001)
    for (const key of layout.sceneKeys) {
      const orders = (layout.scenes[key] ?? []).map((v) => v.note.order)
      expect(orders).toEqual([...orders].sort((x, y) => x - y))
    }
  })
})

describe('locateNote', () => {
  it('finds top-level notes in their area and gathered notes under their 見出し', () => {
    const f = theme1Fixture()
    f.add('日常1', ['daily'])
    const spanning = f.add('またがる', ['admission', 'daily'])
    const heading = f.add('見出し', [], { kind: 'heading' })
    const child = f.add('子', [], { parentId: heading })
    const layout = f.layout()
    expect(locateNote(layout, spanning)).toMatchObject({ scene: 'admission', index: 0 })
    expect(locateNote(layout, child)).toMatchObject({
      scene: null,
      index: 0,
      parent: { id: heading },
    })
    expect(locateNote(layout, 'missing')).toBeNull()
  })
})
