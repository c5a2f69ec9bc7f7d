import { act, fireEvent, render, screen, within } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { CSV_COLUMNS, notesCsv, parseCsv } from '../../../shared/export/csvExport'
import { buildExportFixture, EXPORT_FIXTURE_TITLE } from '../../../shared/testing/exportFixture'
import { parseWorkshopFile } from '../../../shared/files/workshopFile'
import type { EditContext } from '../../../shared/model/context'
import { applyRecords, docRecords, type WorkshopDoc } from '../../../shared/model/workshopDoc'
import { addBuiltInItems, importSurveyAnswers, surveyItems } from '../../../shared/survey/surveyOps'
import { workshopGroups } from '../../../shared/ops/groupOps'
import { AppServicesContext } from '../../session/appServices'
import { userText } from '../../i18n/userText'
import { createTestServices } from '../../testing/testServices'
import { ExportScreen } from './ExportScreen'
import { exportFileName } from '../../export/exportFiles'

/** A stored workshop of two filled groups (the export fixture), the export screen over it. */
async function renderExport(withSurvey?: (doc: WorkshopDoc, ctx: EditContext) => WorkshopDoc) {
  const services = createTestServices()
  const filled = buildExportFixture(services.ctx, { groups: 2, notesPerBoard: 6 })
  const doc = withSurvey ? withSurvey(filled, services.ctx) : filled
  await services.persistence.saveNow(doc, docRecords(doc))
  render(
    <AppServicesContext.Provider value={services}>
      <ExportScreen workshopId={doc.workshop.id} />
    </AppServicesContext.Provider>,
  )
  await screen.findByRole('heading', { name: EXPORT_FIXTURE_TITLE, level: 1 })
  const groups = workshopGroups(doc)
  return { services, doc, groups }
}

const pages = () => document.querySelectorAll('[data-print-page]')
const button = (name: string) => screen.getByRole('button', { name })
const lastNotice = (services: ReturnType<typeof createTestServices>) =>
  services.notices.getState().notices.at(-1)

async function settle() {
  await act(() => new Promise((resolve) => setTimeout(resolve, 0)))
}

// Each test renders every page of a two-group workshop in jsdom: seconds on a loaded machine.
describe('書き出し', { timeout: 20_000 }, () => {
  it('previews every group and theme as numbered pages with the header', async () => {
    const { groups } = await renderExport()
    const shown = pages()
    expect(shown.length).toBeGreaterThanOrEqual(6)
    expect(screen.getByRole('heading', { name: `プレビュー（${String(shown.length)}ページ）` }))
    const first = shown[0] as HTMLElement
    expect(first.textContent).toContain(EXPORT_FIXTURE_TITLE)
    expect(first.textContent).toContain('2025年2月7日（金）')
    expect(first.textContent).toContain(groups[0]?.name ?? '?')
    expect(first.textContent).toContain('テーマ 1')
    expect(first.textContent).toContain(`1 / ${String(shown.length)}`)
    const last = shown[shown.length - 1] as HTMLElement
    expect(last.textContent).toContain(groups[1]?.name ?? '?')
    expect(last.textContent).toContain(`${String(shown.length)} / ${String(shown.length)}`)
  })

  it('saves the PDF through printView, A4 or A3 landscape, named after the workshop', async () => {
    const { services } = await renderExport()
    fireEvent.click(button('PDFに保存'))
    await settle()
    fireEvent.click(screen.getByRole('radio', { name: 'A3 横' }))
    expect(document.querySelector('[data-page-size]')?.getAttribute('data-page-size')).toBe('A3')
    fireEvent.click(button('PDFに保存'))
    await settle()
    expect(services.host.printed).toEqual([
      {
        suggestedName: `${EXPORT_FIXTURE_TITLE}_グループワーク成果.pdf`,
        pageSize: 'A4',
        landscape: true,
      },
      {
        suggestedName: `${EXPORT_FIXTURE_TITLE}_グループワーク成果.pdf`,
        pageSize: 'A3',
        landscape: true,
      },
    ])
    // In a browser the print dialog itself was the answer: no notice.
    expect(lastNotice(services)).toBeUndefined()
  })

  it('exports only the groups and themes chosen', async () => {
    const { services, groups } = await renderExport()
    const [first, second] = groups
    if (!first || !second) throw new Error('two groups expected')
    fireEvent.click(screen.getByRole('radio', { name: 'グループを選ぶ' }))
    fireEvent.click(screen.getByRole('checkbox', { name: first.name }))
    fireEvent.click(screen.getByRole('checkbox', { name: 'テーマ2' }))
    fireEvent.click(screen.getByRole('checkbox', { name: 'テーマ3' }))
    for (const page of pages()) {
      expect(page.textContent).toContain(second.name)
      expect(page.textContent).toContain('テーマ 1')
      expect(page.textContent).not.toContain(first.name)
    }
    fireEvent.click(button('付箋の一覧（CSV）'))
    await settle()
    const saved = services.host.savedFiles[0]
    expect(saved?.suggestedName).toBe(`${EXPORT_FIXTURE_TITLE}_${second.name}_付箋一覧.csv`)
    const rows = parseCsv(saved?.content ?? '').slice(1)
    expect(rows.length).toBeGreaterThan(0)
    for (const row of rows) expect(row.slice(0, 2)).toEqual([second.name, 'テーマ1'])

    // Nothing chosen: nothing to save, and the screen says what to do.
    fireEvent.click(screen.getByRole('checkbox', { name: 'テーマ1' }))
    expect(screen.getByText('グループとテーマをそれぞれ1つ以上選んでください。'))
    expect(button('PDFに保存')).toHaveProperty('disabled', true)
    expect(button('付箋の一覧（CSV）')).toHaveProperty('disabled', true)
    expect(pages()).toHaveLength(0)
  })

  it(
    'saves the slides as a .pptx built from the export deck of the chosen groups',
    async () => {
      const { services, groups } = await renderExport()
      fireEvent.click(screen.getByRole('radio', { name: 'グループを選ぶ' }))
      fireEvent.click(screen.getByRole('checkbox', { name: groups[1]?.name ?? '?' }))
      fireEvent.click(button('スライド（PPTX）'))
      // Building the deck in jsdom takes seconds on a loaded machine (vi.waitFor's default is 1 s).
      await vi.waitFor(
        () => {
          expect(services.host.savedFiles).toHaveLength(1)
        },
        { timeout: 20_000 },
      )
      const saved = services.host.savedFiles[0]!
      expect(saved.suggestedName).toMatch(/全体共有スライド\.pptx$/)
      expect(saved.encoding).toBe('base64')
      const bytes = Uint8Array.from(atob(saved.content), (c) => c.charCodeAt(0))
      // A zip (PK) holding the slides of the one group chosen.
      expect([bytes[0], bytes[1]]).toEqual([0x50, 0x4b])
      const { default: JSZip } = await import('jszip')
      const zip = await JSZip.loadAsync(bytes)
      const slides = Object.keys(zip.files).filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f))
      const xml = await Promise.all(slides.map((f) => zip.file(f)!.async('string')))
      expect(xml.join('\n')).toContain(groups[0]?.name ?? '?')
      expect(xml.join('\n')).not.toContain(groups[1]?.name ?? '?')
      expect(lastNotice(services)?.message).toContain('保存しました')
    },
    // Builds a real PPTX (pptxgenjs, jszip) in jsdom: seconds on a loaded 2-core machine.
    30_000,
  )

  it('saves the CSV as UTF-8 with a BOM, every note in it, and says where', async () => {
    const { services, doc } = await renderExport()
    fireEvent.click(button('付箋の一覧（CSV）'))
    await settle()
    expect(services.host.savedFiles).toHaveLength(1)
    const saved = services.host.savedFiles[0]
    expect(saved).toMatchObject({
      suggestedName: `${EXPORT_FIXTURE_TITLE}_付箋一覧.csv`,
      encoding: 'utf8',
      filters: [{ name: 'CSV', extensions: ['csv'] }],
    })
    const content = saved?.content ?? ''
    expect(content.charCodeAt(0)).toBe(0xfeff)
    expect(content).toBe(notesCsv(doc))
    const rows = parseCsv(content)
    expect(rows[0]).toEqual([...CSV_COLUMNS])
    const texts = new Set(rows.map((row) => row[4]))
    for (const note of Object.values(doc.notes)) {
      if (note.deletedAt === null) expect(texts).toContain(note.text)
    }
    expect(lastNotice(services)).toMatchObject({ tone: 'success', message: '保存しました：テスト' })
  })

  it('saves the chosen group as a workshop file (.taneboard) that reads back with only that group', async () => {
    const { services, groups } = await renderExport()
    fireEvent.click(screen.getByRole('radio', { name: 'グループを選ぶ' }))
    fireEvent.click(screen.getByRole('checkbox', { name: groups[0]?.name ?? '?' }))
    fireEvent.click(button('研修会ファイル（.taneboard）'))
    await settle()
    const saved = services.host.savedFiles.at(-1)
    expect(saved?.suggestedName).toMatch(
      new RegExp(`_${groups[1]?.name ?? '?'}_研修会ファイル\\.taneboard$`),
    )
    expect(saved?.filters).toEqual([
      { name: 'タネボード研修会ファイル', extensions: ['taneboard'] },
    ])
    const parsed = parseWorkshopFile(saved?.content ?? '')
    if (!parsed.ok) throw new Error(parsed.detail)
    expect(Object.keys(parsed.doc.groups)).toEqual([groups[1]?.id])
    expect(Object.values(parsed.doc.notes).length).toBeGreaterThan(0)
  })

  it('asks the guard about the survey’s answers before the whole workshop’s file, which carries them', async () => {
    const { services } = await renderExport((filled, ctx) => {
      const doc = applyRecords(filled, addBuiltInItems(filled, ctx))
      const free = surveyItems(doc).find((i) => i.scale === 'freeText')
      if (!free) throw new Error('no free-text item')
      const answer = {
        row: 2,
        phase: 'post' as const,
        name: '田中 美咲',
        position: 'municipal' as const,
        affiliation: '北町健康福祉課',
        answers: [{ itemId: free.id, value: '同じ市の山本さんと話せて良かった' }],
      }
      return applyRecords(doc, importSurveyAnswers(doc, 'post', [answer], false, ctx))
    })
    fireEvent.click(button('研修会ファイル（.taneboard）'))
    await settle()
    const review = await screen.findByRole('dialog')
    expect(review.textContent).toContain('事後（受講後）の回答（今回の研修への感想や気づき）')
    expect(review.textContent).toContain('同じ市の山本さんと話せて良かった')
    expect(services.host.savedFiles).toHaveLength(0)
  })

  it('shows the host’s message when saving fails, and changes nothing', async () => {
    const { services } = await renderExport()
    const before = services.workshop.getState().doc
    const error = { code: 'save.noSpace' } as const
    const message =
      '保存できませんでした。ディスクの空き容量が不足しています。元のデータは失われていません。'
    vi.spyOn(services.host, 'saveFile').mockResolvedValue({ ok: false, reason: 'noSpace', error })
    fireEvent.click(button('付箋の一覧（CSV）'))
    await settle()
    expect(lastNotice(services)).toMatchObject({ tone: 'error', message: error })
    expect(userText(error, 'ja')).toBe(message)
    fireEvent.click(button('研修会ファイル（.taneboard）'))
    await settle()
    expect(lastNotice(services)).toMatchObject({ tone: 'error', message: error })

    vi.spyOn(services.host, 'saveFile').mockRejectedValue(new Error('ipc'))
    fireEvent.click(button('付箋の一覧（CSV）'))
    await settle()
    expect(lastNotice(services)?.message).toMatch(
      /保存できませんでした。研修会の内容は変更されていません/,
    )

    // A cancelled dialog says nothing.
    const count = services.notices.getState().notices.length
    vi.spyOn(services.host, 'printView').mockResolvedValue({
      ok: false,
      reason: 'cancelled',
      error: { code: 'save.cancelled' },
    })
    fireEvent.click(button('PDFに保存'))
    await settle()
    expect(services.notices.getState().notices).toHaveLength(count)
    expect(services.workshop.getState().doc).toBe(before)
    expect(within(document.body).getAllByRole('button', { name: 'PDFに保存' })).toHaveLength(1)
  })
})

describe('exportFileName', () => {
  it('drops what a file name may not hold and keeps within the host’s limit', () => {
    expect(exportFileName(['研修会: 2/7', '', 'グループワーク成果'], 'pdf')).toBe(
      '研修会 2 7_グループワーク成果.pdf',
    )
    const long = exportFileName(['あ'.repeat(200), 'Ａグループ', '付箋一覧'], 'csv')
    expect(Array.from(long).length).toBeLessThanOrEqual(120)
    expect(long.endsWith('_Ａグループ_付箋一覧.csv')).toBe(true)
    expect(exportFileName(['...', ' '], 'csv')).toBe('taneboard.csv')
  })
})
