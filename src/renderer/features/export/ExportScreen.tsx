import '../../styles/export.css'
import { useEffect, useMemo, useRef, useState } from 'react'
import { notesCsv } from '../../../shared/export/csvExport'
import { buildExportDeck } from '../../../shared/export/exportModel'
import { EXPORT_CAPACITIES } from '../../../shared/export/textSize'
import type { SaveFileResult } from '../../../shared/host/hostApi'
import { rosterPeople } from '../../../shared/roster/rosterOps'
import { workshopGroups } from '../../../shared/ops/groupOps'
import { THEME_IDS, type ThemeId } from '../../../shared/model/themes'
import type { WorkshopDoc } from '../../../shared/model/workshopDoc'
import { useAppServices } from '../../session/appServices'
import { routeHref } from '../../navigation/useRoute'
import { useT } from '../../i18n/useT'
import {
  bytesToBase64,
  exportFileName,
  workshopFileText,
  type PageSize,
} from '../../export/exportFiles'
import { ExportOptions } from './ExportOptions'
import { ExportPrintView, printPages } from './ExportPrintView'
import { LeftOutNotice } from './LeftOutNotice'
import { ExportSummaryOptions, type SummaryChoice } from './ExportSummaryOptions'
import { useOpenedWorkshop } from '../../session/useOpenedWorkshop'
import { WorkshopLoading, WorkshopMissing } from '../../ui/WorkshopStatus'
import { AnnexButton } from '../../ui/AnnexButton'
import { usePrivacyGuard } from '../../ui/privacy/usePrivacyGuard'

interface ExportScreenProps {
  workshopId: string
}

/**
 * 書き出し: the group work as a PDF (the print view below, one page per slide, A4 or A3
 * landscape), as slides (PPTX) and as the list of every note (CSV), for all groups or some and
 * for the themes chosen. Saving never changes the workshop; a failed save says why.
 */
export function ExportScreen({ workshopId }: ExportScreenProps) {
  const t = useT()
  const { status, doc: ready } = useOpenedWorkshop(workshopId)

  useEffect(() => {
    if (ready) document.title = `${ready.workshop.title} ${t.exportHeading} – タネボード`
  }, [ready, t])

  if (status === 'missing') return <WorkshopMissing />
  if (!ready || status !== 'ready') return <WorkshopLoading />
  return <ExportView doc={ready} />
}

type Job = 'pdf' | 'pptx' | 'csv' | 'workshopFile'

function ExportView({ doc }: { doc: WorkshopDoc }) {
  const t = useT()
  const { host, notices, appVersion } = useAppServices()
  const groups = useMemo(() => workshopGroups(doc), [doc])
  const [chosenGroups, setChosenGroups] = useState<ReadonlySet<string> | null>(null)
  const [themes, setThemes] = useState<ReadonlySet<ThemeId>>(() => new Set(THEME_IDS))
  const [pageSize, setPageSize] = useState<PageSize>('A4')
  // Groups and themes with nothing written are left out unless the user asks for them.
  const [includeEmpty, setIncludeEmpty] = useState(false)
  const [busy, setBusy] = useState<Job | null>(null)
  // The 共有用ボード and the 総括 deck after the groups' pages, when asked for.
  const [extras, setExtras] = useState<SummaryChoice>({ sharedBoard: false, summary: false })
  // The 名簿 (personal data) in a file of chosen groups only when the organiser ticks it.
  const [rosterInGroupFile, setRosterInGroupFile] = useState(false)
  // The personal-information guard runs before every export; a job reads the workshop as it is
  // when it runs (after fixes made in the guard's review).
  const guard = usePrivacyGuard(doc.workshop.id)
  const latest = useRef(doc)
  latest.current = doc

  const filter = useMemo(
    () => ({
      // In the workshop's order (a set remembers the order of clicks).
      groupIds:
        chosenGroups === null
          ? undefined
          : groups.filter((g) => chosenGroups.has(g.id)).map((g) => g.id),
      themes: THEME_IDS.filter((id) => themes.has(id)),
    }),
    [groups, chosenGroups, themes],
  )
  const { groupIds } = filter
  const content = useMemo(
    () => ({
      ...filter,
      leaveOutEmpty: !includeEmpty,
      covers: true,
      worksheets: true,
      ...extras,
    }),
    [filter, includeEmpty, extras],
  )

  const deck = useMemo(
    () =>
      buildExportDeck(doc, {
        ...content,
        capacity: pageSize === 'A3' ? EXPORT_CAPACITIES.a3Landscape : EXPORT_CAPACITIES.a4Landscape,
      }),
    [doc, content, pageSize],
  )
  const pageCount = printPages(deck).length
  const nothingChosen = groups.length === 0 || groupIds?.length === 0 || filter.themes.length === 0
  const nothing = nothingChosen || pageCount === 0
  const emptyThemes = deck.covers.some((c) => c.themes.some((theme) => theme.empty))

  const title = doc.workshop.title.trim() || t.untitled
  const onlyGroup =
    groupIds?.length === 1 ? groups.find((g) => g.id === groupIds[0])?.name : undefined
  const fileName = (what: string, extension: string) =>
    exportFileName([title, onlyGroup ?? '', what], extension)

  const report = (result: SaveFileResult, quiet = false) => {
    if (result.ok) {
      if (!quiet)
        notices.getState().push({ tone: 'success', message: t.exportSaved(result.location) })
    } else if (result.reason !== 'cancelled') {
      notices.getState().push({ tone: 'error', message: result.error })
    }
  }

  const run = async (job: Job, work: () => Promise<void>) => {
    if (busy !== null) return
    setBusy(job)
    try {
      await work()
    } catch (error) {
      console.error('TaneBoard: export failed', error)
      notices.getState().push({ tone: 'error', message: t.exportFailed })
    } finally {
      setBusy(null)
    }
  }

  const savePdf = () =>
    run('pdf', async () => {
      // Print only once the shipped font has every glyph the pages use.
      if ('fonts' in document) await document.fonts.ready
      const suggestedName = fileName(t.exportPdfName, 'pdf')
      // The browser's print dialog offers the page title as the PDF's name.
      const before = document.title
      document.title = suggestedName.replace(/\.pdf$/, '')
      try {
        const result = await host.printView({ suggestedName, pageSize, landscape: true })
        // In a browser the print dialog has closed: it said itself what happened. (Asked here,
        // not kept from the first render, so a click right after opening the screen is right too.)
        const inBrowser = (await host.getAppInfo().catch(() => null))?.host === 'browser'
        report(result, inBrowser)
      } finally {
        document.title = before
      }
    })

  const savePptx = () =>
    run('pptx', async () => {
      const deck = buildExportDeck(latest.current, {
        ...content,
        capacity: EXPORT_CAPACITIES.pptx16x9,
      })
      // pptxgenjs is loaded only when a deck is made (a chunk of its own, from the app's files).
      const { buildPptx } = await import('../../export/pptxDeck')
      const bytes = await buildPptx(deck)
      const result = await host.saveFile({
        suggestedName: fileName(t.exportPptxName, 'pptx'),
        content: bytesToBase64(bytes),
        encoding: 'base64',
        filters: [{ name: 'PowerPoint', extensions: ['pptx'] }],
      })
      report(result)
    })

  const saveCsv = () =>
    run('csv', async () => {
      const result = await host.saveFile({
        suggestedName: fileName(t.exportCsvName, 'csv'),
        content: notesCsv(latest.current, filter),
        encoding: 'utf8',
        filters: [{ name: 'CSV', extensions: ['csv'] }],
      })
      report(result)
    })

  const saveWorkshopFile = () =>
    run('workshopFile', async () => {
      const ids = groupIds ?? groups.map((g) => g.id)
      // The 名簿 (personal data) goes into the whole workshop's file; into a file of chosen
      // groups (a table's) only when the organiser ticked it.
      const roster = groupIds === undefined || rosterInGroupFile
      const result = await host.saveFile({
        suggestedName: fileName(t.workshopFileName, 'taneboard'),
        content: workshopFileText(latest.current, ids, appVersion, new Date().toISOString(), {
          roster,
        }),
        encoding: 'utf8',
        filters: [{ name: t.workshopFileFilter, extensions: ['taneboard'] }],
      })
      report(result)
    })

  /**
   * The guard first: the PDF, slides and CSV carry the chosen themes; the file every theme, and
   * the survey's answers when it carries the 名簿 (the whole workshop, or when asked).
   */
  const guarded = (job: Job, save: () => Promise<void>) => {
    if (busy !== null) return
    const scope =
      job === 'workshopFile'
        ? { groupIds, survey: groupIds === undefined || rosterInGroupFile }
        : { groupIds, themes: filter.themes }
    guard.check(doc, scope, () => void save())
  }

  return (
    <main className="screen export-screen" data-workshop-id={doc.workshop.id}>
      <header className="app-header export-header">
        <a
          className="button button--ghost app-header__back"
          href={routeHref({ name: 'workshop', workshopId: doc.workshop.id, section: 'basics' })}
        >
          <span aria-hidden="true">←</span> {t.exportBack}
        </a>
        <div className="export-header__titles">
          <h1 className="export-header__title">{title}</h1>
          <p className="export-header__sub">{t.exportHeading}</p>
        </div>
        <div className="app-header__tools">
          <AnnexButton />
        </div>
      </header>
      <div className="export-controls">
        <p className="export-intro">{t.exportIntro}</p>
        <ExportOptions
          groups={groups}
          chosenGroups={chosenGroups}
          onGroups={setChosenGroups}
          themes={themes}
          onThemes={setThemes}
          pageSize={pageSize}
          onPageSize={setPageSize}
        />
        <ExportSummaryOptions value={extras} onChange={setExtras} />
        {!nothingChosen && (
          <LeftOutNotice
            leftOut={deck.leftOut}
            emptyThemes={emptyThemes}
            includeEmpty={includeEmpty}
            onIncludeEmpty={setIncludeEmpty}
          />
        )}
        {groupIds !== undefined && rosterPeople(doc).length > 0 ? (
          <label className="check-chip export-roster-choice">
            <input
              type="checkbox"
              checked={rosterInGroupFile}
              onChange={(e) => {
                setRosterInGroupFile(e.target.checked)
              }}
            />
            {t.exportRosterInGroupFile}
          </label>
        ) : null}
        <div className="export-actions">
          <button
            type="button"
            className="button button--primary"
            title={t.exportPdfHint}
            disabled={nothing || busy !== null}
            onClick={() => {
              guarded('pdf', savePdf)
            }}
          >
            {t.exportPdf}
          </button>
          <button
            type="button"
            className="button"
            title={t.exportPptxHint}
            disabled={nothing || busy !== null}
            onClick={() => {
              guarded('pptx', savePptx)
            }}
          >
            {t.exportPptx}
          </button>
          <button
            type="button"
            className="button"
            title={t.exportCsvHint}
            disabled={nothing || busy !== null}
            onClick={() => {
              guarded('csv', saveCsv)
            }}
          >
            {t.exportCsv}
          </button>
          <button
            type="button"
            className="button"
            title={t.workshopFileHint}
            disabled={groups.length === 0 || groupIds?.length === 0 || busy !== null}
            onClick={() => {
              guarded('workshopFile', saveWorkshopFile)
            }}
          >
            {t.workshopFile}
          </button>
          {guard.dialog}
          <span className="export-status" role="status">
            {busy !== null ? t.exportBusy : ''}
          </span>
        </div>
        {nothing && (
          <p className="export-hint">
            {groups.length === 0
              ? t.exportNoGroups
              : nothingChosen
                ? t.exportNothing
                : t.exportAllEmpty}
          </p>
        )}
      </div>
      {!nothing && (
        <div className="export-preview">
          <h2 className="export-preview__heading">{t.exportPreviewHeading(pageCount)}</h2>
          <ExportPrintView
            deck={deck}
            pageSize={pageSize}
            label={t.exportPreviewHeading(pageCount)}
          />
        </div>
      )}
    </main>
  )
}
