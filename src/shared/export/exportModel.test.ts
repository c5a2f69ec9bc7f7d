import { describe, expect, it } from 'vitest'
import { addNote, deleteNotes, updateNote } from '../board/theme1Ops'
import { SCENE_LABELS } from '../model/scenes'
import { applyRecords, live, type WorkshopDoc } from '../model/workshopDoc'
import { addGroup, boardOf, removeGroup, workshopGroups } from '../ops/groupOps'
import { createWorkshopFromTemplate } from '../templates/createWorkshop'
import { HALF_DAY_TEMPLATE } from '../templates/workshopTemplates'
import { cardFor, cardTitleLine } from '../templates/themeCards'
import {
  SAMPLE_DATE,
  SAMPLE_TITLE,
  SAMPLE_VENUE,
  createSampleWorkshop,
} from '../templates/sampleWorkshop'
import {
  SAMPLE_MAIN_CAUSE,
  SAMPLE_PARKINSON_TANE,
  SAMPLE_STATEMENT,
} from '../templates/sampleTheme3'
import { fakeContext } from '../testing/fakeContext'
import { deleteCause } from '../theme2/causeOps'
import { deleteMeasure } from '../theme2/measureOps'
import { deleteCanvas } from '../theme3/canvasOps'
import { deleteCanvasNotes } from '../theme3/canvasNoteOps'
import { deleteQa } from '../theme3/canvasQaOps'
import { EMPTY_THEME_TEXT } from './exportLabels'
import { buildExportFixture } from '../testing/exportFixture'
import { buildExportDeck } from './exportModel'
import { briefLines } from './theme3Export'
import {
  deckSlides,
  itemIds,
  laterContext,
  liveTexts,
  stringsOf,
  theme1Notes,
} from '../testing/exportTestHelpers'
import type { ExportSlide } from './exportTypes'
import { EXPORT_CAPACITIES } from './textSize'

const sample = () => createSampleWorkshop(fakeContext())
const groupNamed = (doc: WorkshopDoc, name: string) => {
  const group = workshopGroups(doc).find((g) => g.name === name)
  if (!group) throw new Error(`no group ${name}`)
  return group
}
const apply = (doc: WorkshopDoc, records: Parameters<typeof applyRecords>[1]) =>
  applyRecords(doc, records)

/** Everything a renderer could print, as one list of strings. */
const deckStrings = (doc: WorkshopDoc, options?: Parameters<typeof buildExportDeck>[1]) =>
  new Set(stringsOf(buildExportDeck(doc, options)))

describe('buildExportDeck on the サンプル研修会', () => {
  it('has a title slide with the workshop, the date with its weekday and the venue', () => {
    const deck = buildExportDeck(sample())
    expect(deck.title).toEqual({
      workshopTitle: SAMPLE_TITLE,
      dateText: '2024年11月19日（火）',
      venue: SAMPLE_VENUE,
    })
    expect(SAMPLE_DATE).toBe('2024-11-19')
  })

  it('has one section per group and theme, in group order, then theme order', () => {
    const doc = sample()
    const deck = buildExportDeck(doc)
    expect(deck.sections.map((s) => `${s.groupName}/${s.themeId}`)).toEqual(
      ['Ａグループ', 'Ｂグループ', 'Ｃグループ'].flatMap((g) =>
        ['theme1', 'theme2', 'theme3'].map((t) => `${g}/${t}`),
      ),
    )
    const first = deck.sections[0]!
    expect(first.themeLabel).toBe('テーマ 1')
    expect(first.themeTitle).toBe(cardTitleLine(cardFor('fullDay', 'theme1')))
  })

  it('shows the text of every live note, cause, countermeasure, canvas note and Q&A', () => {
    const doc = sample()
    const strings = deckStrings(doc)
    const missing = liveTexts(doc).filter((t) => !strings.has(t))
    expect(missing).toEqual([])
  })

  it('gives a theme the group has not filled in one slide saying 「（記入なし）」', () => {
    const deck = buildExportDeck(sample())
    const empty = deck.sections.filter((s) => s.slides[0]?.kind === 'empty')
    expect(empty.map((s) => `${s.groupName}/${s.themeId}`)).toEqual([
      'Ｂグループ/theme2',
      'Ｂグループ/theme3',
      'Ｃグループ/theme2',
      'Ｃグループ/theme3',
    ])
    for (const section of empty) {
      expect(section.slides).toHaveLength(1)
      expect(section.slides[0]).toMatchObject({
        message: EMPTY_THEME_TEXT,
        index: { n: 1, total: 1 },
      })
    }
  })

  it('lists テーマ1 by scene in the workshop order, with 見出し clusters and タネ', () => {
    const doc = sample()
    const deck = buildExportDeck(doc, {
      groupIds: [groupNamed(doc, 'Ａグループ').id],
      themes: ['theme1'],
      capacity: { linesPerSlide: 200 },
    })
    const slide = deck.sections[0]!.slides[0]!
    if (slide.kind !== 'theme1') throw new Error('not a テーマ1 slide')
    expect(slide.blocks.map((b) => b.heading)).toEqual(
      doc.workshop.scenes.map((s) => SCENE_LABELS[s].ja),
    )
    const daily = slide.blocks[0]!
    const parkinson = daily.clusters[0]!
    expect(parkinson.head).toMatchObject({
      text: 'パーキンソン病へ対応する訪問診療',
      kind: 'heading',
      kindLabel: '見出し',
    })
    expect(parkinson.children.map((c) => c.text)[0]).toBe(SAMPLE_PARKINSON_TANE)
    expect(parkinson.children[0]).toMatchObject({ tane: true, who: ['患者'], kindLabel: '手元用' })
    // Scenes without notes are still shown (the renderer writes 「（なし）」).
    expect(slide.blocks[1]).toMatchObject({ heading: '入退院支援', clusters: [] })
  })

  it('marks a multi-scene note in its other scenes and lists its children once', () => {
    const doc = sample()
    const deck = buildExportDeck(doc, {
      groupIds: [groupNamed(doc, 'Ｂグループ').id],
      themes: ['theme1'],
    })
    const slides = deck.sections[0]!.slides
    const text = '病院はMSWがいるからいいけど、開業医の先生達の対応に困っている'
    const appearances = slides.flatMap((s) =>
      s.kind === 'theme1'
        ? s.blocks.flatMap((b) =>
            b.clusters
              .filter((c) => c.head?.text === text)
              .map((c) => ({ scene: b.scene, note: c.head! })),
          )
        : [],
    )
    expect(appearances.map((a) => [a.scene, a.note.isSecondary, a.note.primarySceneLabel])).toEqual(
      [
        ['daily', true, '入退院支援'],
        ['admission', false, null],
      ],
    )
    expect(appearances[0]!.note.sceneLabels).toEqual(['入退院支援', '日常療養'])
  })

  it('shows the テーマ2 topic as テーマ → ★主たる原因 → 地域課題 with its causes', () => {
    const doc = sample()
    const deck = buildExportDeck(doc, {
      groupIds: [groupNamed(doc, 'Ａグループ').id],
      themes: ['theme2'],
    })
    const slide = deck.sections[0]!.slides[0]!
    if (slide.kind !== 'theme2Topic') throw new Error('not a テーマ2 slide')
    const fields = slide.blocks.flatMap((b) => (b.type === 'fields' ? b.fields : []))
    expect(fields.map((f) => [f.label, f.text])).toEqual([
      ['テーマ（タネ）', SAMPLE_PARKINSON_TANE],
      ['場面', '日常療養'],
      ['★主たる原因', SAMPLE_MAIN_CAUSE],
      ['地域課題', SAMPLE_STATEMENT],
    ])
    const causes = slide.blocks.flatMap((b) => (b.type === 'causes' ? b.causes : []))
    expect(causes).toEqual([
      expect.objectContaining({ n: 1, text: SAMPLE_MAIN_CAUSE, isMain: true, votes: 0 }),
    ])
    expect(slide.index).toEqual({ n: 1, total: 1 })
  })

  it('shows the テーマ3 canvas with live references marked 参照, then the 伝達シート', () => {
    const doc = sample()
    const deck = buildExportDeck(doc, {
      groupIds: [groupNamed(doc, 'Ａグループ').id],
      themes: ['theme3'],
    })
    const slides = deck.sections[0]!.slides
    // The sample's long notes take two 16:9 slides for the canvas and two for the sheet.
    expect(slides.map((s) => [s.kind, s.continued])).toEqual([
      ['theme3Canvas', false],
      ['theme3Canvas', true],
      ['theme3Brief', false],
      ['theme3Brief', true],
    ])
    expect(slides[1]!.title).toBe('テーマ3　伝え方 1（続き）')
    const a4 = buildExportDeck(doc, {
      groupIds: [groupNamed(doc, 'Ａグループ').id],
      themes: ['theme3'],
      capacity: EXPORT_CAPACITIES.a3Landscape,
    })
    expect(a4.sections[0]!.slides.map((s) => s.kind)).toEqual(['theme3Canvas', 'theme3Brief'])
    const canvas = slides[0]!
    if (canvas.kind !== 'theme3Canvas') throw new Error('not a canvas slide')
    const facts = canvas.blocks.find((b) => b.type === 'canvasArea' && b.area === 'facts')
    if (facts?.type !== 'canvasArea') throw new Error('no facts')
    expect(facts.notes[0]).toMatchObject({
      text: SAMPLE_PARKINSON_TANE,
      ref: { label: 'テーマ1 付箋', deleted: false, missing: false },
    })
    const thoughts = canvas.blocks.find((b) => b.type === 'canvasArea' && b.area === 'thoughts')
    expect(stringsOf(thoughts)).toContain('テーマ2 主たる原因')
    const brief = slides[2]!
    if (brief.kind !== 'theme3Brief') throw new Error('not a brief slide')
    expect(brief.blocks.map((b) => b.heading)[0]).toBe('地域課題')
    expect(brief.blocks[0]!.lines).toEqual([SAMPLE_STATEMENT])
    const qa = slides
      .flatMap((s) => (s.kind === 'theme3Brief' ? s.blocks : []))
      .find((b) => b.part === 'qa')!
    expect(qa.lines[0]).toMatch(/^Q\. .+\nA\. /)
  })

  it('filters groups and themes, keeping the workshop and theme order', () => {
    const doc = sample()
    const [a, b, c] = workshopGroups(doc)
    const deck = buildExportDeck(doc, {
      groupIds: [c!.id, a!.id, 'no-such-group'],
      themes: ['theme3', 'theme1'],
    })
    expect(deck.sections.map((s) => `${s.groupName}/${s.themeId}`)).toEqual([
      'Ａグループ/theme1',
      'Ａグループ/theme3',
      'Ｃグループ/theme1',
      'Ｃグループ/theme3',
    ])
    expect(buildExportDeck(doc, { groupIds: [b!.id] }).sections).toHaveLength(3)
    expect(buildExportDeck(doc, { groupIds: [] }).sections).toEqual([])
    expect(buildExportDeck(doc, { themes: [] }).sections).toEqual([])
  })

  it('is deterministic: the same doc gives the same deck, and so does a rebuilt doc', () => {
    const doc = sample()
    expect(buildExportDeck(doc)).toEqual(buildExportDeck(doc))
    expect(JSON.stringify(buildExportDeck(sample()))).toBe(JSON.stringify(buildExportDeck(doc)))
  })
})

describe('briefLines', () => {
  it('keeps a question with its answer, over several lines too', () => {
    expect(briefLines('qa', 'Q. 一\nA. 答え\nQ. 二つ目の\n質問\nA. 答え\n続き\nQ. 三')).toEqual([
      'Q. 一\nA. 答え',
      'Q. 二つ目の\n質問\nA. 答え\n続き',
      'Q. 三',
    ])
    expect(briefLines('facts', '・一\n\n・二')).toEqual(['・一', '・二'])
    expect(briefLines('qa', '手で書いた答え\n二行目')).toEqual(['手で書いた答え', '二行目'])
  })
})

describe('buildExportDeck on a 試行② half-day workshop', () => {
  it('shows the narrowed scenes, the card of 試行②, and notes outside them as 未分類 last', () => {
    const ctx = fakeContext()
    let doc = createWorkshopFromTemplate(
      HALF_DAY_TEMPLATE,
      { title: '試行②', date: '2025-01-20', venue: '' },
      ctx,
    )
    doc = apply(doc, addGroup(doc, ctx))
    const board = boardOf(doc, workshopGroups(doc)[0]!.id, 'theme1')!
    doc = apply(doc, addNote(doc, board.id, { text: '退院調整', scenes: ['admission'] }, ctx))
    doc = apply(doc, addNote(doc, board.id, { text: '日常の困りごと', scenes: ['daily'] }, ctx))
    const deck = buildExportDeck(doc, { themes: ['theme1'] })
    expect(deck.title.dateText).toBe('2025年1月20日（月）')
    expect(deck.sections[0]!.themeTitle).toBe(cardTitleLine(cardFor('halfDay', 'theme1')))
    const slide = deck.sections[0]!.slides[0]!
    if (slide.kind !== 'theme1') throw new Error('not a テーマ1 slide')
    expect(slide.blocks.map((b) => [b.heading, b.clusters.map((c) => c.head?.text)])).toEqual([
      ['入退院支援', ['退院調整']],
      ['看取り', []],
      ['未分類', ['日常の困りごと']],
    ])
  })
})

describe('buildExportDeck on a generated 12-group workshop', () => {
  const doc = buildExportFixture(fakeContext(), { groups: 12 })
  const deck = buildExportDeck(doc)

  it('has 12 × 3 sections with every live record shown', () => {
    expect(deck.sections).toHaveLength(36)
    expect(deck.sections.map((s) => s.groupId)).toEqual(
      workshopGroups(doc).flatMap((g) => [g.id, g.id, g.id]),
    )
    const strings = new Set(stringsOf(deck))
    expect(liveTexts(doc).filter((t) => !strings.has(t))).toEqual([])
  })

  it('lists every live テーマ1 note exactly once (besides multi-scene marks)', () => {
    const ids = theme1Notes(deckSlides(deck)).map((n) => n.id)
    expect(new Set(ids).size).toBe(ids.length)
    expect([...ids].sort()).toEqual(
      live(doc.notes)
        .map((n) => n.id)
        .sort(),
    )
  })

  it('numbers the slides n / total per section and gives every slide a unique key', () => {
    for (const section of deck.sections) {
      expect(section.slides.map((s) => s.index)).toEqual(
        section.slides.map((_, i) => ({ n: i + 1, total: section.slides.length })),
      )
    }
    const keys = deckSlides(deck).map((s) => s.key)
    expect(new Set(keys).size).toBe(keys.length)
  })

  it('draws the priority grids as points, the main cause and chosen countermeasures marked', () => {
    const grid = deckSlides(deck).find((s) => s.kind === 'theme2Grid')
    if (grid?.kind !== 'theme2Grid') throw new Error('no grid slide')
    expect(grid.grids.map((g) => [g.key, g.xLabel, g.yLabel])).toEqual([
      ['causes', '影響の大きさ', '取り組みやすさ'],
      ['measures', '効果', '実現可能性'],
    ])
    const points = grid.grids.flatMap((g) => g.points)
    for (const p of points) {
      expect(p.x).toBeGreaterThanOrEqual(0)
      expect(p.y).toBeLessThanOrEqual(1)
    }
    expect(grid.grids[1]!.points.filter((p) => p.isMain)).toHaveLength(2)
  })
})

describe('continuation', () => {
  const doc = buildExportFixture(fakeContext(), { groups: 2 })
  const small = { charsPerLine: 24, linesPerSlide: 10 }

  /** Notes in reading order on all slides, for a capacity. */
  const readingOrder = (capacity: { charsPerLine: number; linesPerSlide: number }) =>
    theme1Notes(deckSlides(buildExportDeck(doc, { themes: ['theme1'], capacity }))).map((n) => n.id)

  it('splits long content at note boundaries, losing and repeating nothing', () => {
    const deck = buildExportDeck(doc, { capacity: small })
    const big = buildExportDeck(doc, { capacity: { charsPerLine: 24, linesPerSlide: 5000 } })
    expect(readingOrder(small)).toEqual(readingOrder({ charsPerLine: 24, linesPerSlide: 5000 }))
    expect(itemIds(deckSlides(deck))).toEqual(itemIds(deckSlides(big)))
    for (const section of deck.sections) {
      const [first, ...rest] = section.slides
      expect(first!.continued).toBe(false)
      for (const slide of rest) {
        // Every slide after the first of a unit continues it, or starts a new topic / canvas.
        if (slide.continued) expect(slide.title).toMatch(/（続き）$/)
        else expect(slide.title).not.toMatch(/（続き）$/)
      }
    }
    expect(deck.sections[0]!.slides.length).toBeGreaterThan(3)
  })

  it('continues a 見出し cluster on the next slide with its heading as context', () => {
    const slides = deckSlides(buildExportDeck(doc, { themes: ['theme1'], capacity: small }))
    const parts = slides.flatMap((s) =>
      s.kind === 'theme1' ? s.blocks.flatMap((b) => b.clusters.filter((c) => c.head === null)) : [],
    )
    expect(parts.length).toBeGreaterThan(0)
    for (const part of parts) {
      expect(part.continuedHeading).not.toBeNull()
      expect(part.children.length).toBeGreaterThan(0)
    }
    const headings = slides.flatMap((s) => (s.kind === 'theme1' ? s.blocks : []))
    expect(headings.filter((b) => b.continued).every((b) => b.heading.endsWith('（続き）'))).toBe(
      true,
    )
  })

  it('gives a note taller than a slide a slide of its own, flagged overflow, whole', () => {
    const group = workshopGroups(doc)[0]!
    const board = boardOf(doc, group.id, 'theme1')!
    const long = '退院支援の課題。'.repeat(120)
    const withLong = apply(
      doc,
      addNote(doc, board.id, { text: long, scenes: ['daily'] }, laterContext()),
    )
    const slides = buildExportDeck(withLong, {
      groupIds: [group.id],
      themes: ['theme1'],
      capacity: small,
    }).sections[0]!.slides
    const own = slides.filter((s) => s.overflow)
    expect(own).toHaveLength(1)
    expect(theme1Notes(own).map((n) => n.text)).toEqual([long])
    const ids = theme1Notes(slides).map((n) => n.id)
    expect(new Set(ids).size).toBe(
      live(withLong.notes).filter((n) => n.boardId === board.id).length,
    )
  })

  it('fits a default A4 landscape page and a 16:9 slide differently but completely', () => {
    const a4 = buildExportDeck(doc, { capacity: EXPORT_CAPACITIES.a4Landscape })
    const slide = buildExportDeck(doc, { capacity: EXPORT_CAPACITIES.slide16x9 })
    expect(deckSlides(a4).length).toBeLessThan(deckSlides(slide).length)
    expect(theme1Notes(deckSlides(a4)).map((n) => n.id)).toEqual(
      theme1Notes(deckSlides(slide)).map((n) => n.id),
    )
  })
})

describe('live data', () => {
  it('never shows deleted records', () => {
    const ctx = laterContext()
    let doc = buildExportFixture(fakeContext(), { groups: 3 })
    const [g0, g1] = workshopGroups(doc)
    const board1 = boardOf(doc, g0!.id, 'theme1')!
    const note = live(doc.notes).find(
      (n) => n.boardId === board1.id && !n.tane && n.kind === 'hand',
    )!
    const cause = live(doc.causes).find(
      (c) =>
        c.boardId === boardOf(doc, g0!.id, 'theme2')!.id &&
        doc.topics[c.topicId]?.mainCauseId !== c.id,
    )!
    const measure = live(doc.measures).find((m) => m.boardId === cause.boardId)!
    const canvasNote = live(doc.canvasNotes).find((n) => n.ref === null)!
    const qa = live(doc.canvasQas)[0]!
    const canvas = live(doc.canvases).find((c) => c.sourceTopicId === null)!
    doc = apply(doc, deleteNotes(doc, [note.id], ctx))
    doc = apply(doc, deleteCause(doc, cause.id, { mode: 'detachMeasures' }, ctx))
    doc = apply(doc, deleteMeasure(doc, measure.id, ctx))
    doc = apply(doc, deleteCanvasNotes(doc, [canvasNote.id], ctx))
    doc = apply(doc, deleteQa(doc, qa.id, ctx))
    doc = apply(doc, deleteCanvas(doc, canvas.id, ctx))
    doc = apply(doc, removeGroup(doc, g1!.id, ctx))
    const deck = buildExportDeck(doc)
    const ids = new Set([
      ...theme1Notes(deckSlides(deck)).map((n) => n.id),
      ...itemIds(deckSlides(deck)),
      ...deckSlides(deck).flatMap((s) => ('canvasId' in s ? [s.canvasId] : [])),
    ])
    for (const id of [note.id, cause.id, measure.id, canvasNote.id, qa.id, canvas.id]) {
      expect(ids.has(id)).toBe(false)
    }
    expect(deck.sections.some((s) => s.groupId === g1!.id)).toBe(false)
    const ownGroup = deck.sections.filter((s) => s.groupId === doc.boards[canvas.boardId]?.groupId)
    expect(stringsOf(ownGroup)).not.toContain(canvas.title)
    const strings = new Set(stringsOf(deck))
    expect(liveTexts(doc).filter((t) => !strings.has(t))).toEqual([])
  })

  it('shows a reference with the current text of what it refers to', () => {
    let doc = sample()
    const tane = live(doc.notes).find((n) => n.text === SAMPLE_PARKINSON_TANE)!
    const edited = '(ケアマネ)パーキンソン病に詳しい訪問診療医が市内にいない。'
    doc = apply(doc, updateNote(doc, tane.id, { text: edited }))
    const deck = buildExportDeck(doc, {
      groupIds: [tane.boardId && groupNamed(doc, 'Ａグループ').id],
      themes: ['theme3'],
    })
    const strings = stringsOf(deck)
    expect(strings).toContain(edited)
    expect(strings).not.toContain(SAMPLE_PARKINSON_TANE)
    const canvas = deck.sections[0]!.slides[0] as ExportSlide
    expect(stringsOf(canvas)).toContain(edited)
  })
})

describe('size', () => {
  it('builds 15 groups × 3 themes × 40 notes quickly', () => {
    const doc = buildExportFixture(fakeContext(), { groups: 15, notesPerBoard: 40 })
    const start = performance.now()
    const deck = buildExportDeck(doc)
    const ms = performance.now() - start
    expect(deck.sections).toHaveLength(45)
    // Generous: it takes a few tens of ms; a regression to quadratic work would show here.
    expect(ms).toBeLessThan(2000)
  })
})
