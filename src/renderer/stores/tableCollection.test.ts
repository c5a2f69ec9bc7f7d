import { describe, expect, it, vi } from 'vitest'
import { userText } from '../i18n/userText'
import { errorText } from '../../shared/errors/errorText'
import { serializeWorkshopFile } from '../../shared/files/workshopFile'
import { extractGroups } from '../../shared/merge/extractGroups'
import { laptop } from '../../shared/testing/mergeTestKit'
import { docRecords, live, type WorkshopDoc } from '../../shared/model/workshopDoc'
import { tableFiles } from '../export/exportFiles'
import { createTestServices, type TestServices } from '../testing/testServices'
import type { CollectedLine } from './tableCollection'

const SAVED_AT = '2026-11-24T00:30:00.000Z'
const fileOf = (doc: WorkshopDoc) => serializeWorkshopFile(doc, 'test', SAVED_AT)

/** The facilitator's workshop of three groups, one note on Ａ, handed out as one file per group. */
function workshop() {
  const fac = laptop('f', '2026-11-24T00:00:00.000Z')
  fac.create(3)
  const shared = fac.addNote('夜間の相談先がわからない', 0)
  return { fac, shared, handout: fac.doc() }
}

/** A table's laptop, opened from the group's file. */
function table(prefix: string, handout: WorkshopDoc, groupIndex: number) {
  const groupId = workshopGroups(handout)[groupIndex]?.id ?? ''
  return laptop(prefix, '2026-11-24T01:00:00.000Z', extractGroups(handout, [groupId]))
}

function workshopGroups(doc: WorkshopDoc) {
  return live(doc.groups).sort((a, b) => a.order - b.order)
}

async function facilitatorWith(doc: WorkshopDoc): Promise<TestServices> {
  const services = createTestServices()
  await services.persistence.saveNow(doc, docRecords(doc))
  return services
}

async function liveTexts(services: TestServices, workshopId: string): Promise<string[]> {
  const doc = await services.backups.load(workshopId)
  return live(doc?.notes ?? {})
    .map((n) => (n.importedCopy === true ? `取り込み:${n.text}` : n.text))
    .sort()
}

function describeLine(line: CollectedLine): string {
  return line.status === 'refused'
    ? `${line.fileName}: ${errorText(line.error, 'ja')}`
    : `${line.fileName}: ${line.status} +${String(line.added)} ~${String(line.updated)} -${String(line.deleted)} !${String(line.conflicts)}/${String(line.copies)}`
}

describe('tableFiles (テーブル用ファイルを一括作成)', () => {
  it('one file per group, named after the workshop and the group, each holding that group only', () => {
    const { handout } = workshop()
    const files = tableFiles(handout, 'test', SAVED_AT, '無題の研修会')
    const groups = workshopGroups(handout)
    expect(files.map((f) => f.groupName)).toEqual(groups.map((g) => g.name))
    expect(files.map((f) => f.name)).toEqual(
      groups.map((g) => `${handout.workshop.title}_${g.name}.taneboard`),
    )
    const first = JSON.parse(files[0]?.content ?? '{}') as { records: { type: string }[] }
    expect(first.records.filter((r) => r.type === 'group')).toHaveLength(1)
    expect(files[0]?.content).toContain('夜間の相談先がわからない')
    expect(files[1]?.content).not.toContain('夜間の相談先がわからない')
  })

  it('names safe on Windows and unique even when two groups share a name', () => {
    const { fac } = workshop()
    const doc = fac.doc()
    const [a, b] = workshopGroups(doc)
    if (!a || !b) throw new Error('no groups')
    const renamed: WorkshopDoc = {
      ...doc,
      workshop: { ...doc.workshop, title: '研修会: 2026/11 "午後" ' },
      groups: {
        ...doc.groups,
        [a.id]: { ...a, name: 'Ａ班' },
        [b.id]: { ...b, name: 'ａ班'.replace('ａ', 'Ａ') },
      },
    }
    const names = tableFiles(renamed, 'test', SAVED_AT, '無題').map((f) => f.name)
    expect(names.slice(0, 2)).toEqual([
      '研修会 2026 11 午後_Ａ班.taneboard',
      '研修会 2026 11 午後_Ａ班_2.taneboard',
    ])
    for (const name of names) expect(name).not.toMatch(/[/\\:*?"<>|]/)
  })
})

describe('tableCollection (テーブルから集める)', () => {
  it('merges every table file in one step, with one line per file and bad files changing nothing', async () => {
    const { handout } = workshop()
    const facilitator = await facilitatorWith(handout)
    const workshopId = handout.workshop.id
    const a = table('a', handout, 0)
    a.addNote('退院後の服薬管理が難しい', 0)
    a.addNote('ケアマネとの連絡手段がばらばら', 0)
    const b = table('b', handout, 1)
    b.addNote('看取りの場所を選べない', 0)
    const other = laptop('o', '2026-11-24T01:00:00.000Z')
    other.create(1)
    other.apply([{ ...other.doc().workshop, title: '別の研修会' }])

    const summary = await facilitator.tables.collect(workshopId, [
      { name: 'A.taneboard', content: fileOf(a.doc()) },
      { name: 'B.taneboard', content: fileOf(b.doc()) },
      { name: 'broken.taneboard', content: '{"format":"taneboard-workshop","formatVer' },
      { name: 'other.taneboard', content: fileOf(other.doc()) },
      { name: 'huge.taneboard', problem: 'tooLarge' },
    ])

    expect(summary.lines.map(describeLine)).toEqual([
      'A.taneboard: merged +2 ~0 -0 !0/0',
      'B.taneboard: merged +1 ~0 -0 !0/0',
      expect.stringMatching(/^broken\.taneboard: .*途中で切れている/),
      'other.taneboard: 別の研修会（別の研修会）のファイルのため、取り込みませんでした。',
      'huge.taneboard: ファイルが大きすぎます（上限 20MB）。',
    ])
    expect(summary.lines[0]?.groupNames).toEqual([workshopGroups(handout)[0]?.name])
    expect(await liveTexts(facilitator, workshopId)).toEqual(
      [
        '夜間の相談先がわからない',
        '退院後の服薬管理が難しい',
        'ケアマネとの連絡手段がばらばら',
        '看取りの場所を選べない',
      ].sort(),
    )
    // Nothing of the other workshop came in.
    expect(facilitator.home.getState().workshops).toHaveLength(1)
    // One backup before, one notice with one undo for the whole collection.
    expect(facilitator.host.backupWrites.map((w) => w.reason)).toEqual(['beforeImport'])
    const withUndo = facilitator.notices.getState().notices.filter((n) => n.action)
    expect(withUndo.map((n) => userText(n.message, 'ja'))).toEqual([
      '2ファイルを取り込みました（3件の記録を書き込みました）。',
    ])

    withUndo[0]?.action?.run()
    await vi.waitFor(async () => {
      expect(await liveTexts(facilitator, workshopId)).toEqual(['夜間の相談先がわからない'])
    })
    expect(facilitator.notices.getState().notices.map((n) => userText(n.message, 'ja'))).toContain(
      '集める前の状態に戻しました。',
    )
  })

  it('a note changed at the table and here keeps both texts, the table’s as a marked copy', async () => {
    const { fac, shared, handout } = workshop()
    const a = table('a', handout, 0)
    a.editNote(shared, '夜間・休日の相談先がわからない')
    fac.editNote(shared, '夜間の相談先がわからない（救急）')
    const facilitator = await facilitatorWith(fac.doc())

    const summary = await facilitator.tables.collect(handout.workshop.id, [
      { name: 'A.taneboard', content: fileOf(a.doc()) },
    ])
    expect(summary.lines.map(describeLine)).toEqual(['A.taneboard: merged +0 ~0 -0 !1/1'])
    expect(await liveTexts(facilitator, handout.workshop.id)).toEqual(
      ['夜間の相談先がわからない（救急）', '取り込み:夜間・休日の相談先がわからない'].sort(),
    )
  })

  it('later files see the earlier ones; collecting the same files again writes nothing', async () => {
    const { handout } = workshop()
    const facilitator = await facilitatorWith(handout)
    const a = table('a', handout, 0)
    const noteId = a.addNote('最初の版', 0)
    const first = fileOf(a.doc())
    a.editNote(noteId, '書き直した版')
    const second = fileOf(a.doc())
    const files = [
      { name: 'A-1.taneboard', content: first },
      { name: 'A-2.taneboard', content: second },
    ]

    const summary = await facilitator.tables.collect(handout.workshop.id, files)
    expect(summary.lines.map(describeLine)).toEqual([
      'A-1.taneboard: merged +1 ~0 -0 !0/0',
      'A-2.taneboard: merged +0 ~1 -0 !0/0',
    ])
    expect(await liveTexts(facilitator, handout.workshop.id)).toEqual(
      ['夜間の相談先がわからない', '書き直した版'].sort(),
    )

    const again = await facilitator.tables.collect(handout.workshop.id, files)
    expect(again.lines.map((l) => l.status)).toEqual(['unchanged', 'unchanged'])
    expect(again.change).toBeNull()
    expect(facilitator.host.backupWrites).toHaveLength(1)
  })

  it('a deletion at the table is counted and applied', async () => {
    const { shared, handout } = workshop()
    const facilitator = await facilitatorWith(handout)
    const a = table('a', handout, 0)
    a.deleteNote(shared)
    const summary = await facilitator.tables.collect(handout.workshop.id, [
      { name: 'A.taneboard', content: fileOf(a.doc()) },
    ])
    expect(summary.lines.map(describeLine)).toEqual(['A.taneboard: merged +0 ~0 -1 !0/0'])
    expect(await liveTexts(facilitator, handout.workshop.id)).toEqual([])
  })

  it('refuses to start for a workshop that is not here', async () => {
    const services = createTestServices()
    await expect(services.tables.collect('nope', [])).rejects.toThrow('workshop.notFound')
  })
})
