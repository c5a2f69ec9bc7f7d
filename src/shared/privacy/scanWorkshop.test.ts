import { describe, expect, it } from 'vitest'
import { updateNote } from '../board/theme1Ops'
import { applyRecords, stampChange, stampOf, type WorkshopDoc } from '../model/workshopDoc'
import { boardOf, workshopGroups } from '../ops/groupOps'
import { createWorkshopFromTemplate } from '../templates/createWorkshop'
import { createSampleWorkshop } from '../templates/sampleWorkshop'
import { WORKSHOP_TEMPLATES } from '../templates/workshopTemplates'
import { buildExportFixture } from '../testing/exportFixture'
import { fakeContext } from '../testing/fakeContext'
import { theme1Fixture } from '../testing/theme1Fixture'
import { fixScannedText } from './fixScannedText'
import { scanText } from './scanText'
import { acceptedKey, scanWorkshop } from './scanWorkshop'

/** Every string anywhere in a value (records, their nested parts). */
function stringsOf(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value)
  else if (Array.isArray(value)) for (const v of value) stringsOf(v, out)
  else if (value !== null && typeof value === 'object')
    for (const v of Object.values(value)) stringsOf(v, out)
  return out
}

describe('scanWorkshop', () => {
  it('finds nothing anywhere in the サンプル研修会 (every string of every record)', () => {
    const doc = createSampleWorkshop(fakeContext())
    expect(scanWorkshop(doc)).toEqual([])
    const hits = stringsOf(doc).filter((text) => scanText(text).length > 0)
    expect(hits).toEqual([])
  })

  it('finds nothing in a workshop made from each template', () => {
    for (const template of WORKSHOP_TEMPLATES) {
      const doc = createWorkshopFromTemplate(
        template,
        { title: '', date: '', venue: '' },
        fakeContext(),
      )
      expect(stringsOf(doc).filter((text) => scanText(text).length > 0)).toEqual([])
    }
  })

  it('names the record, field, group and theme of a hit, and keeps to the export’s scope', () => {
    const f = theme1Fixture()
    const id = f.add('山田太郎さん（82歳）が退院後に一人暮らしに戻る。', ['admission'])
    f.add('退院調整の連絡が遅い', ['admission'])
    const doc = f.doc()
    const group = workshopGroups(doc)[0]
    const hits = scanWorkshop(doc)
    expect(hits).toHaveLength(1)
    expect(hits[0]).toMatchObject({
      key: `note:${id}:text`,
      recordType: 'note',
      recordId: id,
      field: 'text',
      groupId: group?.id,
      place: 'theme1',
    })
    expect(hits[0]?.matches.map((m) => m.text)).toEqual(['山田太郎さん', '82歳'])
    expect(scanWorkshop(doc, { themes: ['theme2', 'theme3'] })).toEqual([])
    expect(scanWorkshop(doc, { groupIds: [] })).toEqual([])
  })

  it('leaves deleted notes out, and an accepted key changes with the text', () => {
    const f = theme1Fixture()
    const id = f.add('鈴木様へ連絡')
    const [hit] = scanWorkshop(f.doc())
    if (!hit) throw new Error('no hit')
    f.apply(updateNote(f.doc(), id, { text: '鈴木様へ再度連絡' }))
    const [again] = scanWorkshop(f.doc())
    expect(again && acceptedKey(again)).not.toBe(acceptedKey(hit))
    f.apply([{ ...f.note(id), deletedAt: '2025-01-01T00:00:00.000Z' }])
    expect(scanWorkshop(f.doc())).toEqual([])
  })

  it('fixes a hit in place as one record version of that field', () => {
    const f = theme1Fixture()
    const id = f.add('山田太郎さん（82歳）が…')
    const [hit] = scanWorkshop(f.doc())
    if (!hit) throw new Error('no hit')
    const records = fixScannedText(f.doc(), hit, 'Ａさん（80代）が…')
    expect(records).toHaveLength(1)
    f.apply(records)
    expect(f.note(id).text).toBe('Ａさん（80代）が…')
    expect(scanWorkshop(f.doc())).toEqual([])
    expect(fixScannedText(f.doc(), hit, 'Ａさん（80代）が…')).toEqual([])
  })

  it('scans テーマ2, テーマ3 and the 伝達シート’s edited parts too', () => {
    const ctx = fakeContext()
    const doc: WorkshopDoc = createSampleWorkshop(ctx)
    const group = workshopGroups(doc)[0]
    if (!group) throw new Error('no group')
    const canvas = Object.values(doc.canvases).find((c) => c.deletedAt === null)
    const topic = Object.values(doc.topics).find((t) => t.deletedAt === null)
    if (!canvas || !topic) throw new Error('the sample has no canvas or topic')
    const edited = applyRecords(
      doc,
      stampChange(
        doc,
        [
          { ...topic, statement: '田中花子さんの事例から' },
          {
            ...canvas,
            brief: { ...canvas.brief, facts: { text: '連絡先 042-378-1111', basedOn: '' } },
          },
        ],
        stampOf(ctx),
      ).records,
    )
    const hits = scanWorkshop(edited)
    expect(hits.map((h) => [h.place, h.field])).toEqual([
      ['theme2', 'statement'],
      ['theme3', 'brief.facts'],
    ])
    const briefHit = hits[1]
    if (!briefHit) throw new Error('no brief hit')
    const [fixed] = fixScannedText(edited, briefHit, '連絡先は事務局へ')
    expect(fixed?.type === 'canvas' && fixed.brief.facts?.text).toBe('連絡先は事務局へ')
    expect(boardOf(edited, group.id, 'theme3')).toBeDefined()
  })

  it('scans 1,000 notes well within the bench’s 200 ms (loose check; the figure is the bench’s)', () => {
    const doc = buildExportFixture(fakeContext(), { groups: 25, notesPerBoard: 40 })
    const start = performance.now()
    scanWorkshop(doc)
    expect(performance.now() - start).toBeLessThan(1000)
  })
})
