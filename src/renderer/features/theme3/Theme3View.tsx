import { useCallback, useEffect, useId, useMemo, useState } from 'react'
import { useShallow } from 'zustand/react/shallow'
import type { AnyRecord } from '../../../shared/model/schemas'
import { boardCanvases } from '../../../shared/theme3/theme3Queries'
import { useAppServices, useWorkshopStore } from '../../session/appServices'
import { useT } from '../../i18n/useT'
import type { Edit } from '../../stores/storeTypes'
import type { GroupThemeViewProps } from '../../shell/GroupThemeScreen'
import { ThemeCardPanel } from '../../shell/ThemeCardPanel'
import { useUndoShortcuts } from '../../ui/useUndoShortcuts'
import { CanvasScreen } from './CanvasScreen'
import { CanvasTabs } from './CanvasTabs'
import { restoreCanvasRecords } from './restoreCanvasRecords'
import { Theme3Context, type Theme3ContextValue } from './Theme3Context'
import { Theme3Empty } from './Theme3Empty'
import { Theme3Header } from './Theme3Header'

/** The テーマ3 screen once the workshop is open: header, canvas tabs, the canvas, the card. */
export function Theme3View({ workshopId, groupId, boardId }: GroupThemeViewProps) {
  const t = useT()
  const services = useAppServices()
  const [announcement, setAnnouncement] = useState('')
  const context = useMemo<Theme3ContextValue>(() => {
    const store = services.workshop
    const announce = (message: string) => {
      // A changed text is read again even when the same sentence repeats.
      setAnnouncement((old) => (old === message ? `${message}\u200b` : message))
    }
    return {
      workshopId,
      groupId,
      boardId,
      apply: (edit: Edit) => {
        const before = store.getState().doc
        let records: AnyRecord[] = []
        store.getState().apply((doc, ctx) => {
          records = edit(doc, ctx)
          return records
        })
        // An edit the store refused (a limit, a guard) changed nothing.
        return store.getState().doc === before ? [] : records
      },
      announce,
      deleted: (message, records) => {
        announce(message)
        services.notices.getState().push({
          tone: 'info',
          message,
          action: {
            label: t.undo,
            run: () => {
              store.getState().apply(restoreCanvasRecords(records))
            },
          },
        })
      },
    }
  }, [services, workshopId, groupId, boardId, t])

  const groupName = useWorkshopStore((s) => s.doc?.groups[groupId]?.name ?? '')
  const canvasIds = useWorkshopStore(
    useShallow((s) => (s.doc ? boardCanvases(s.doc, boardId).map((c) => c.id) : [])),
  )
  const [selected, setSelected] = useState<string | null>(null)
  const canvasId =
    selected !== null && canvasIds.includes(selected) ? selected : (canvasIds[0] ?? null)
  const [cardOpen, setCardOpen] = useState(false)
  const cardPanelId = useId()
  // Undo and redo stay on this board: never an edit made on another screen.
  const undo = useCallback(() => {
    services.workshop.getState().undo(boardId)
  }, [services, boardId])
  const redo = useCallback(() => {
    services.workshop.getState().redo(boardId)
  }, [services, boardId])
  const closeCard = useCallback(() => {
    setCardOpen(false)
    document.querySelector<HTMLElement>('[data-card-toggle]')?.focus()
  }, [])

  useUndoShortcuts(undo, redo)
  useEffect(() => {
    document.title = `${groupName} ${t.theme3Title} – ${t.appName}`
  }, [groupName, t])

  return (
    <Theme3Context.Provider value={context}>
      <div className={cardOpen ? 'screen screen--board t3 has-card' : 'screen screen--board t3'}>
        <Theme3Header
          groupName={groupName}
          onUndo={undo}
          onRedo={redo}
          cardOpen={cardOpen}
          cardPanelId={cardPanelId}
          onToggleCard={() => {
            setCardOpen((open) => !open)
          }}
        />
        <div className="board-layout">
          <main className="t3-main" aria-label={t.theme3Page(groupName.trim() || t.groupName)}>
            <CanvasTabs canvasIds={canvasIds} canvasId={canvasId} onSelect={setSelected} />
            {canvasId ? <CanvasScreen key={canvasId} canvasId={canvasId} /> : <Theme3Empty />}
          </main>
          {cardOpen ? (
            <ThemeCardPanel id={cardPanelId} themeId="theme3" onClose={closeCard} />
          ) : null}
        </div>
        <p className="visually-hidden" aria-live="polite" data-t3-announcer="">
          {announcement}
        </p>
      </div>
    </Theme3Context.Provider>
  )
}
