import { fireEvent, render, screen, within } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { serializeWorkshopFile } from '../../../shared/files/workshopFile'
import { extractGroups } from '../../../shared/merge/extractGroups'
import { docRecords, type WorkshopDoc } from '../../../shared/model/workshopDoc'
import { workshopGroups } from '../../../shared/ops/groupOps'
import { laptop } from '../../../shared/testing/mergeTestKit'
import { userText } from '../../i18n/userText'
import { AppServicesContext } from '../../session/appServices'
import { createTestServices } from '../../testing/testServices'
import { TableFilesScreen } from './TableFilesScreen'

/** The facilitator's stored workshop of `groups` groups, the screen over it. */
async function renderScreen(groups: number) {
  const fac = laptop('f', '2026-11-24T00:00:00.000Z')
  fac.create(groups)
  const doc = fac.doc()
  const services = createTestServices()
  await services.persistence.saveNow(doc, docRecords(doc))
  render(
    <AppServicesContext.Provider value={services}>
      <TableFilesScreen workshopId={doc.workshop.id} />
    </AppServicesContext.Provider>,
  )
  await screen.findByText('テーブル用ファイル（ネットワークなし）')
  return { services, doc }
}

const noticeTexts = (services: ReturnType<typeof createTestServices>) =>
  services.notices.getState().notices.map((n) => userText(n.message, 'ja'))

/** A table's returned file: its group with one more note. */
function returnedFile(doc: WorkshopDoc, groupIndex: number, text: string): File {
  const group = workshopGroups(doc)[groupIndex]
  if (!group) throw new Error('no group')
  const table = laptop(
    `t${String(groupIndex)}`,
    '2026-11-24T01:00:00.000Z',
    extractGroups(doc, [group.id]),
  )
  table.addNote(text, 0)
  const content = serializeWorkshopFile(table.doc(), 'test', '2026-11-24T02:00:00.000Z')
  return new File([content], `${group.name}.taneboard`)
}

describe('テーブル用ファイル', () => {
  it('「テーブル用ファイルを一括作成」 saves one file per group in one step and says how many', async () => {
    const { services, doc } = await renderScreen(6)
    expect(screen.getByText(/6グループ分のファイルを一度に作ります/)).toBeTruthy()
    fireEvent.click(screen.getByRole('button', { name: 'テーブル用ファイルを一括作成' }))
    await vi.waitFor(() => {
      expect(services.host.savedBundles).toHaveLength(1)
    })
    const bundle = services.host.savedBundles[0]
    expect(bundle?.bundleName).toBe(`${doc.workshop.title}_テーブル用ファイル`)
    expect(bundle?.files.map((f) => f.name)).toEqual(
      workshopGroups(doc).map((g) => `${doc.workshop.title}_${g.name}.taneboard`),
    )
    await vi.waitFor(() => {
      expect(noticeTexts(services)).toContain(
        '6グループ分のファイルを作成しました（保存先：テスト）。',
      )
    })
  })

  it('without groups there is nothing to create', async () => {
    await renderScreen(0)
    expect(
      screen.getByText('グループがありません。準備画面でグループを追加してください。'),
    ).toBeTruthy()
    expect(screen.getByRole('button', { name: 'テーブル用ファイルを一括作成' })).toHaveProperty(
      'disabled',
      true,
    )
  })

  it('files dropped on 集める are collected with one summary: a line per file', async () => {
    const { services, doc } = await renderScreen(2)
    const drop = screen.getByRole('region', { name: '2. 集める' })
    fireEvent.drop(drop, {
      dataTransfer: {
        files: [
          returnedFile(doc, 0, '退院後の服薬管理が難しい'),
          returnedFile(doc, 1, '看取りの場所を選べない'),
          new File(['not json'], 'メモ.taneboard'),
          new File(['ignored'], 'readme.txt'),
        ],
      },
    })
    const summary = await screen.findByRole('region', { name: '集めた結果（3ファイル）' })
    expect(summary.textContent).toContain(
      '2ファイルを取り込みました。1ファイルは取り込めませんでした',
    )
    const rows = within(summary).getAllByRole('row').slice(1)
    const rowOf = (name: string) => rows.find((row) => row.textContent.startsWith(name))
    expect(rowOf('Ａグループ.taneboard')?.textContent).toBe(
      'Ａグループ.taneboardＡグループ追加 1件',
    )
    expect(rowOf('Ｂグループ.taneboard')?.textContent).toBe(
      'Ｂグループ.taneboardＢグループ追加 1件',
    )
    expect(rowOf('メモ.taneboard')?.textContent).toMatch(
      /^メモ\.taneboard取り込みませんでした：ファイルを読み込めませんでした。形式が正しくありません/,
    )
    expect(noticeTexts(services)).toContain(
      '2ファイルを取り込みました（2件の記録を書き込みました）。',
    )
  })

  it('a folder without workshop files says so; a cancelled pick says nothing', async () => {
    const { services } = await renderScreen(1)
    services.host.queueOpenFiles({ files: [], omitted: 0 })
    fireEvent.click(screen.getByRole('button', { name: 'テーブルから集める（フォルダを選ぶ）' }))
    await vi.waitFor(() => {
      expect(noticeTexts(services)).toEqual([
        '研修会ファイル（.taneboard）が見つかりませんでした。',
      ])
    })
    services.host.queueOpenFiles(null)
    fireEvent.click(screen.getByRole('button', { name: 'テーブルから集める（ファイルを選ぶ）' }))
    await vi.waitFor(() => {
      expect(
        screen.getByRole('button', { name: 'テーブルから集める（ファイルを選ぶ）' }),
      ).toHaveProperty('disabled', false)
    })
    expect(noticeTexts(services)).toHaveLength(1)
    expect(screen.queryByRole('region', { name: /集めた結果/ })).toBeNull()
  })

  it('files left out beyond the limit are named in the summary', async () => {
    const { services, doc } = await renderScreen(1)
    const file = returnedFile(doc, 0, '新しい付箋')
    services.host.queueOpenFiles({
      files: [{ name: file.name, content: await file.text() }],
      omitted: 4,
    })
    fireEvent.click(screen.getByRole('button', { name: 'テーブルから集める（フォルダを選ぶ）' }))
    const summary = await screen.findByRole('region', { name: '集めた結果（1ファイル）' })
    expect(summary.textContent).toContain('ほかに4ファイルあります。')
  })
})
