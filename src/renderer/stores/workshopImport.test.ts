import { describe, expect, it, vi } from 'vitest'
import { userText } from '../i18n/userText'
import { errorText } from '../../shared/errors/errorText'
import { rejectionText } from '../../shared/testing/rejectionText'
import { serializeWorkshopFile } from '../../shared/files/workshopFile'
import { laptop } from '../../shared/testing/mergeTestKit'
import { docRecords, live, type WorkshopDoc } from '../../shared/model/workshopDoc'
import { createTestServices, type TestServices } from '../testing/testServices'

/** Two installations: the facilitator's (real services over fake-indexeddb) and a table's. */
async function facilitatorWith(doc: WorkshopDoc): Promise<TestServices> {
  const services = createTestServices()
  await services.persistence.saveNow(doc, docRecords(doc))
  return services
}

const fileOf = (doc: WorkshopDoc) => serializeWorkshopFile(doc, 'test', '2026-11-24T00:00:00.000Z')

async function liveTexts(services: TestServices, workshopId: string): Promise<string[]> {
  const doc = await services.backups.load(workshopId)
  return live(doc?.notes ?? {})
    .map((n) => (n.importedCopy === true ? `取り込み:${n.text}` : n.text))
    .sort()
}

async function importFile(services: TestServices, text: string) {
  const prepared = await services.imports.prepare(text, 'group.taneboard')
  if (!prepared.ok) throw new Error(prepared.error.code)
  return services.imports.apply(prepared.prepared, {})
}

function forked() {
  const table = laptop('t', '2026-11-24T01:00:00.000Z')
  table.create(2)
  const shared = table.addNote('夜間の相談先がわからない')
  return { table, shared, handout: table.doc() }
}

describe('workshopImport', () => {
  it('refuses an unreadable file with a Japanese message and writes nothing', async () => {
    const services = createTestServices()
    const before = await services.repo.countRecords()
    const result = await services.imports.prepare(
      '{"format":"taneboard-workshop","formatVer',
      'x.taneboard',
    )
    expect(result.ok).toBe(false)
    expect(result.ok ? '' : errorText(result.error, 'ja')).toMatch(/途中で切れている/)
    expect(await services.repo.countRecords()).toBe(before)
    expect(services.host.writes).toHaveLength(0)
  })

  it('refuses a workshop whose id equals one here ignoring case, and writes nothing', async () => {
    const { handout } = forked()
    const services = await facilitatorWith(handout)
    const other = laptop('u', '2026-11-24T02:00:00.000Z')
    other.create(1)
    const otherId = other.doc().workshop.id
    const sameIgnoringCase = handout.workshop.id.toUpperCase()
    expect(sameIgnoringCase).not.toBe(handout.workshop.id)
    const text = fileOf(other.doc()).split(`"${otherId}"`).join(`"${sameIgnoringCase}"`)
    const before = await services.repo.countRecords()
    const result = await services.imports.prepare(text, 'copy.taneboard')
    expect(result.ok ? '' : errorText(result.error, 'ja')).toBe(
      'このファイルには、このパソコンにある別の研修会と同じ番号（ID）の記録が含まれているため、読み込めません。研修会の内容は何も変わっていません。',
    )
    expect(await services.repo.countRecords()).toBe(before)
    // The same file under an id of its own is taken.
    expect((await services.imports.prepare(fileOf(other.doc()), 'copy.taneboard')).ok).toBe(true)
  })

  it('refuses a file holding more groups than the app allows, in Japanese, and writes nothing', async () => {
    const { handout } = forked()
    const file = JSON.parse(fileOf(handout)) as { records: { type: string; id: string }[] }
    const group = file.records.find((r) => r.type === 'group')
    for (let i = 0; i < 40; i++) file.records.push({ ...group, type: 'group', id: `extra-${i}` })
    const services = createTestServices()
    const result = await services.imports.prepare(JSON.stringify(file), 'big.taneboard')
    expect(result.ok ? '' : errorText(result.error, 'ja')).toBe(
      'ファイルの内容が多すぎるため読み込めませんでした（グループや付箋などの数が、タネボードで扱える上限を超えています）。',
    )
    expect(await services.repo.countRecords()).toBe(0)
  })

  it('adds a workshop this installation does not have; the same file again changes nothing', async () => {
    const { handout } = forked()
    const services = createTestServices()
    const first = await importFile(services, fileOf(handout))
    expect(first).toMatchObject({ newWorkshop: true })
    expect(await liveTexts(services, handout.workshop.id)).toEqual(['夜間の相談先がわからない'])
    const again = await importFile(services, fileOf(handout))
    expect(again.written).toBe(0)
    const notices = services.notices.getState().notices.map((n) => userText(n.message, 'ja'))
    expect(notices.at(-1)).toMatch(/取り込む変更はありませんでした/)
  })

  it('edits of different notes both survive; a note edited on both sides keeps both texts', async () => {
    const { table, shared, handout } = forked()
    const facilitator = await facilitatorWith(handout)
    // The facilitator edits the shared note and adds one; the table edits it too and adds one.
    const fac = laptop('f', '2026-11-24T02:00:00.000Z', handout)
    fac.editNote(shared, '夜間の相談先がわからない（救急）')
    fac.addNote('看取りの場所を選べない', 1)
    await facilitator.persistence.saveNow(fac.doc(), docRecords(fac.doc()))
    table.editNote(shared, '夜間・休日の相談先がわからない')
    table.addNote('退院後の服薬管理が難しい')

    const prepared = await facilitator.imports.prepare(fileOf(table.doc()), 'a.taneboard')
    if (!prepared.ok) throw new Error(prepared.error.code)
    expect(prepared.prepared.preview.totals.conflict).toBe(1)
    await facilitator.imports.apply(prepared.prepared, {})
    expect(await liveTexts(facilitator, handout.workshop.id)).toEqual(
      [
        '夜間の相談先がわからない（救急）',
        '取り込み:夜間・休日の相談先がわからない',
        '看取りの場所を選べない',
        '退院後の服薬管理が難しい',
      ].sort(),
    )
    // A 'beforeImport' backup holds the state before the merge.
    expect(facilitator.host.backupWrites.map((w) => w.reason)).toContain('beforeImport')
  })

  it('undo puts back what the import replaced and keeps edits made since to other notes', async () => {
    const { table, handout } = forked()
    const facilitator = await facilitatorWith(handout)
    table.addNote('取り込まれる付箋')
    await importFile(facilitator, fileOf(table.doc()))
    // An edit after the import, on the facilitator's side.
    const workshopId = handout.workshop.id
    await facilitator.workshop.getState().open(workshopId)
    const fac = laptop('f', '2026-11-24T03:00:00.000Z', await facilitator.backups.load(workshopId))
    fac.addNote('取り込みの後の付箋', 1)
    await facilitator.persistence.saveNow(fac.doc(), docRecords(fac.doc()))

    const notice = facilitator.notices.getState().notices.find((n) => n.action)
    notice?.action?.run()
    await vi.waitFor(async () => {
      expect(await liveTexts(facilitator, workshopId)).toEqual(
        ['取り込みの後の付箋', '夜間の相談先がわからない'].sort(),
      )
    })
    // The open workshop shows it too.
    await vi.waitFor(() => {
      const doc = facilitator.workshop.getState().doc
      expect(live(doc?.notes ?? {}).map((n) => n.text)).not.toContain('取り込まれる付箋')
    })
  })

  it('a file of a workshop deleted here brings it back', async () => {
    const { table, handout } = forked()
    const facilitator = await facilitatorWith(handout)
    await facilitator.home.getState().remove(handout.workshop.id)
    expect(facilitator.home.getState().workshops).toHaveLength(0)
    table.addNote('削除後に届いた付箋')
    await importFile(facilitator, fileOf(table.doc()))
    expect(facilitator.home.getState().workshops.map((w) => w.workshop.id)).toEqual([
      handout.workshop.id,
    ])
    expect(await liveTexts(facilitator, handout.workshop.id)).toContain('削除後に届いた付箋')
  })

  it('a file with nothing new still brings back the workshop deleted here', async () => {
    const { handout } = forked()
    const facilitator = await facilitatorWith(handout)
    await facilitator.home.getState().remove(handout.workshop.id)
    const prepared = await facilitator.imports.prepare(fileOf(handout), 'same.taneboard')
    if (!prepared.ok) throw new Error(prepared.error.code)
    expect(prepared.prepared.revives).toBe(true)
    await facilitator.imports.apply(prepared.prepared, {})
    expect(facilitator.home.getState().workshops).toHaveLength(1)
  })

  it('when the backup before the merge cannot be written, nothing is imported', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined)
    const { table, handout } = forked()
    const facilitator = await facilitatorWith(handout)
    table.addNote('届かない付箋')
    facilitator.host.failNextBackupWrite(new Error('ENOSPC: no space left on device'))
    const prepared = await facilitator.imports.prepare(fileOf(table.doc()), 'a.taneboard')
    if (!prepared.ok) throw new Error(prepared.error.code)
    expect(await rejectionText(facilitator.imports.apply(prepared.prepared, {}))).toMatch(
      /ディスクの空き容量が足りません。内容は何も変わっていません。/,
    )
    expect(await liveTexts(facilitator, handout.workshop.id)).toEqual(['夜間の相談先がわからない'])
    vi.restoreAllMocks()
  })
})

describe('workshopBackups', () => {
  it('restores a backup as a new edit, keeps the state before it, and the restore can be undone', async () => {
    const { table, handout } = forked()
    const services = await facilitatorWith(handout)
    const workshopId = handout.workshop.id
    const manual = await services.backups.backupNow(workshopId)
    table.addNote('後から書いた付箋')
    await services.persistence.saveNow(table.doc(), docRecords(table.doc()))

    const target = await services.backups.read(workshopId, manual.backupId)
    const change = await services.backups.restoreTo(target)
    expect(await liveTexts(services, workshopId)).toEqual(['夜間の相談先がわからない'])
    const list = await services.backups.list(workshopId)
    expect(list.backups.map((b) => b.reason)).toEqual(['beforeRestore', 'manual'])
    expect(list.location).not.toBe('')

    expect(await services.backups.undoWrite(change)).toBe(0)
    expect(await liveTexts(services, workshopId)).toEqual(
      ['後から書いた付箋', '夜間の相談先がわからない'].sort(),
    )
  })

  it('undoing a restore keeps what was typed after the restore', async () => {
    const { handout } = forked()
    const services = await facilitatorWith(handout)
    const workshopId = handout.workshop.id
    const manual = await services.backups.backupNow(workshopId)
    const pc = laptop('f', '2026-11-24T04:00:00.000Z', await services.backups.load(workshopId))
    const later = pc.addNote('復元で消える付箋')
    await services.persistence.saveNow(pc.doc(), docRecords(pc.doc()))
    const change = await services.backups.restoreTo(
      await services.backups.read(workshopId, manual.backupId),
    )
    // After the restore, the table types into the restored note and adds a new one.
    const after = laptop('g', '2026-11-24T05:00:00.000Z', await services.backups.load(workshopId))
    const shared = Object.values(after.doc().notes).find((n) => n.deletedAt === null)?.id ?? ''
    after.editNote(shared, '復元の後に書き換えた文')
    after.addNote('復元の後の付箋')
    await services.persistence.saveNow(after.doc(), docRecords(after.doc()))

    expect(await services.backups.undoWrite(change)).toBe(0)
    const texts = await liveTexts(services, workshopId)
    expect(texts).toEqual(['復元で消える付箋', '復元の後に書き換えた文', '復元の後の付箋'].sort())
    expect(later).not.toBe('')
  })

  it('refuses a file whose records carry the ids of another workshop here, and writes nothing', async () => {
    const { handout } = forked()
    const services = await facilitatorWith(handout)
    // The same file with only the workshop's id replaced ("import it as a copy").
    const otherId = 'copy-of-the-workshop'
    const tampered = fileOf(handout).replaceAll(handout.workshop.id, otherId)
    const before = await services.repo.countRecords()
    const result = await services.imports.prepare(tampered, 'copy.taneboard')
    expect(result.ok ? '' : errorText(result.error, 'ja')).toMatch(/別の研修会と同じ番号（ID）/)
    expect(await services.repo.countRecords()).toBe(before)
    expect(await liveTexts(services, handout.workshop.id)).toEqual(['夜間の相談先がわからない'])
  })

  it('pressing 今すぐバックアップ again without changes does not rotate the history away', async () => {
    const { handout } = forked()
    const services = await facilitatorWith(handout)
    const first = await services.backups.backupNow(handout.workshop.id)
    const again = await services.backups.backupNow(handout.workshop.id)
    expect(again).toEqual(first)
    expect(services.host.backupWrites).toHaveLength(1)
  })

  it('refuses to restore when the current state cannot be backed up first', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined)
    const { table, handout } = forked()
    const services = await facilitatorWith(handout)
    const workshopId = handout.workshop.id
    const manual = await services.backups.backupNow(workshopId)
    table.addNote('守られる付箋')
    await services.persistence.saveNow(table.doc(), docRecords(table.doc()))
    services.host.failNextBackupWrite(new Error('EACCES: permission denied'))
    const target = await services.backups.read(workshopId, manual.backupId)
    expect(await rejectionText(services.backups.restoreTo(target))).toMatch(/権限がありません/)
    expect(await liveTexts(services, workshopId)).toContain('守られる付箋')
    vi.restoreAllMocks()
  })

  it('an unreadable backup says so in Japanese', async () => {
    const { handout } = forked()
    const services = await facilitatorWith(handout)
    const workshopId = handout.workshop.id
    const info = await services.backups.backupNow(workshopId)
    services.host.backups.get(workshopId)?.set(info.backupId, '{"format":"taneboard-workshop"')
    expect(await rejectionText(services.backups.read(workshopId, info.backupId))).toMatch(
      /読み込めませんでした/,
    )
  })
})
