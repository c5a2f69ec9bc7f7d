import { lazy, Suspense, useEffect, useRef, useState } from 'react'
import { navigate } from '../../navigation/useRoute'
import { useAppServices, useHomeStore } from '../../session/appServices'
import type { WorkshopTemplate } from '../../../shared/templates/types'
import { useT } from '../../i18n/useT'
import type { Notice, WorkshopSummary } from '../../stores/storeTypes'
import { ConfirmDialog } from '../../ui/ConfirmDialog'
import { DataLocationNote } from '../../ui/DataLocationNote'
import { HomeEmptyState } from './HomeEmptyState'
import { HomeHeader } from './HomeHeader'
import { WorkshopCard } from './WorkshopCard'
import { useImportFlow } from './import/useImportFlow'
import type { ImportOutcome } from '../../stores/workshopImport'
import { useOpenedFileImport } from './import/useOpenedFileImport'

/** ホーム: start a workshop (from a template or the sample) and manage the list. */
// The dialogs (and the templates' timetables, the import's merge preview) load when first opened.
const NewWorkshopDialog = lazy(async () => ({
  default: (await import('./NewWorkshopDialog')).NewWorkshopDialog,
}))
const ImportDialog = lazy(async () => ({
  default: (await import('./import/ImportDialog')).ImportDialog,
}))

/** True from the first time `value` is true: a lazily loaded dialog stays mounted once opened. */
function useOnceTrue(value: boolean): boolean {
  const [once, setOnce] = useState(value)
  if (value && !once) setOnce(true)
  return once || value
}

export function HomeScreen() {
  const t = useT()
  const workshops = useHomeStore((s) => s.workshops)
  const loaded = useHomeStore((s) => s.loaded)
  const services = useAppServices()
  const home = services.home
  const push = (notice: Omit<Notice, 'id'>) => services.notices.getState().push(notice)
  const [isCreating, setCreating] = useState(false)
  const [pendingDelete, setPendingDelete] = useState<WorkshopSummary | null>(null)
  const [isBusy, setBusy] = useState(false)
  const headingRef = useRef<HTMLHeadingElement>(null)
  const listRef = useRef<HTMLUListElement>(null)
  const [focusId, setFocusId] = useState<string | null>(null)
  const importFlow = useImportFlow(landAfterImport(setFocusId))
  useOpenedFileImport(importFlow)
  const createDialogMounted = useOnceTrue(isCreating)
  const importDialogMounted = useOnceTrue(importFlow.state !== null)

  // Coming back from a workshop: its title, group count and last update may have changed.
  useEffect(() => {
    home
      .getState()
      .refresh()
      .catch((error: unknown) => {
        console.error('TaneBoard: refreshing the list failed', error)
      })
  }, [home])

  useEffect(() => {
    document.title = t.appName
  }, [t])

  useEffect(() => {
    if (!focusId) return
    const button = listRef.current?.querySelector<HTMLElement>(
      `[data-workshop-id="${focusId}"] [data-focus="open"]`,
    )
    if (!button) return
    button.focus()
    if ('scrollIntoView' in button) button.scrollIntoView({ block: 'nearest' })
    setFocusId(null)
  }, [focusId, workshops])

  const run = async (action: () => Promise<void>) => {
    if (isBusy) return
    setBusy(true)
    try {
      await action()
    } catch (error) {
      console.error('TaneBoard: home action failed', error)
      push({ tone: 'error', message: t.actionFailed })
    } finally {
      setBusy(false)
    }
  }

  const open = (workshopId: string) => {
    navigate({ name: 'workshop', workshopId, section: 'basics' })
  }

  const handleCreate = async (
    template: WorkshopTemplate,
    input: { title: string; date: string; venue: string },
  ) => {
    const workshopId = await home.getState().createFromTemplate(template, input)
    setCreating(false)
    navigate({ name: 'workshop', workshopId, section: 'timetable' })
  }

  const handleDuplicate = (workshopId: string) =>
    run(async () => {
      const copyId = await home.getState().duplicate(workshopId)
      const copy = home.getState().workshops.find((s) => s.workshop.id === copyId)
      push({ tone: 'success', message: t.duplicated(copy?.workshop.title.trim() || t.untitled) })
      setFocusId(copyId)
    })

  const confirmDelete = () => {
    const target = pendingDelete
    setPendingDelete(null)
    if (!target) return
    void run(async () => {
      await home.getState().remove(target.workshop.id)
      headingRef.current?.focus()
    })
  }

  return (
    <div className="screen screen--home">
      <HomeHeader />
      <main className="home-main" id="main">
        <section className="home-intro" aria-labelledby="home-intro-title">
          <div className="home-intro__text">
            <h2 id="home-intro-title" className="home-intro__title">
              {t.homeHeading}
            </h2>
            <p className="home-intro__lead">{t.homeLead}</p>
          </div>
          <div className="home-intro__actions">
            <button
              type="button"
              className="button button--primary button--large"
              onClick={() => {
                setCreating(true)
              }}
            >
              <span aria-hidden="true">＋</span> {t.newWorkshop}
            </button>
            <button
              type="button"
              className="button button--large"
              disabled={isBusy}
              onClick={() =>
                void run(async () => {
                  open(await home.getState().openSample())
                })
              }
            >
              {t.openSample}
            </button>
            <button
              type="button"
              className="button button--large"
              title={t.importOpenHint}
              disabled={importFlow.busy}
              onClick={() => void importFlow.start()}
            >
              {t.importOpen}
            </button>
          </div>
        </section>

        <section className="home-list" aria-labelledby="workshop-list-title">
          <div className="home-list__head">
            <h2
              id="workshop-list-title"
              className="home-list__title"
              tabIndex={-1}
              ref={headingRef}
            >
              {t.workshopList}
            </h2>
            {loaded && workshops.length > 0 ? (
              <span className="home-list__count">{t.workshopCount(workshops.length)}</span>
            ) : null}
          </div>
          {!loaded ? (
            <p className="loading">{t.loading}</p>
          ) : workshops.length === 0 ? (
            <HomeEmptyState />
          ) : (
            <ul className="workshop-grid" ref={listRef}>
              {workshops.map((summary) => (
                <li key={summary.workshop.id} className="workshop-grid__item">
                  <WorkshopCard
                    summary={summary}
                    onOpen={open}
                    onDuplicate={(id) => void handleDuplicate(id)}
                    onRemove={setPendingDelete}
                  />
                </li>
              ))}
            </ul>
          )}
        </section>
        <DataLocationNote />
      </main>

      <Suspense fallback={null}>
        {createDialogMounted ? (
          <NewWorkshopDialog
            open={isCreating}
            onClose={() => {
              setCreating(false)
            }}
            onCreate={handleCreate}
          />
        ) : null}
        {importDialogMounted ? (
          <ImportDialog
            state={importFlow.state}
            busy={importFlow.busy}
            onCancel={importFlow.cancel}
            onApply={(prepared, choices) => void importFlow.apply(prepared, choices)}
          />
        ) : null}
      </Suspense>
      <ConfirmDialog
        open={pendingDelete !== null}
        title={t.deleteConfirmTitle(pendingDelete?.workshop.title.trim() || t.untitled)}
        body={t.deleteConfirmBody}
        confirmLabel={t.remove}
        onConfirm={confirmDelete}
        onCancel={() => {
          setPendingDelete(null)
        }}
      />
    </div>
  )
}

/**
 * Where an import lands: a file of one group opens that group on the theme of its latest change
 * (a table's file: the facilitator sees what came in); a file of several groups opens the
 * workshop's グループ; a file that changed nothing leaves the user here, on the workshop's card.
 * The import's notice (what came in, 元に戻す) stays on screen wherever the user lands.
 */
function landAfterImport(focusCard: (workshopId: string) => void) {
  return ({ workshopId, written, landing }: ImportOutcome) => {
    if (written === 0) focusCard(workshopId)
    else if (landing) navigate({ name: landing.themeId, workshopId, groupId: landing.groupId })
    else navigate({ name: 'workshop', workshopId, section: 'groups' })
  }
}
