import { useCallback, useEffect, useId, useMemo, useState } from 'react'
import { useShallow } from 'zustand/react/shallow'
import { boardTopics } from '../../../shared/theme2/theme2Queries'
import { useAppServices, useWorkshopStore } from '../../session/appServices'
import { useT } from '../../i18n/useT'
import type { Edit } from '../../stores/storeTypes'
import { useUndoShortcuts } from '../../ui/useUndoShortcuts'
import { ThemeCardPanel } from '../../shell/ThemeCardPanel'
import { Theme2Context, type Theme2ContextValue } from './Theme2Context'
import { Theme2Header } from './Theme2Header'
import { TopicBar } from './TopicBar'
import { TopicMap } from './TopicMap'
import { WorksheetView } from './WorksheetView'

interface Theme2ViewProps {
  workshopId: string
  groupId: string
  boardId: string
}

type View = 'map' | 'sheet'

/** The テーマ2 screen once the workshop is open: header, topics, the map or the worksheet. */
export function Theme2View({ workshopId, groupId, boardId }: Theme2ViewProps) {
  const t = useT()
  const services = useAppServices()
  const [announcement, setAnnouncement] = useState('')
  const context = useMemo<Theme2ContextValue>(() => {
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
        store.getState().apply(edit)
        return store.getState().doc !== before
      },
      announce,
      deleted: (message: string) => {
        announce(message)
        // No 元に戻す button here: it would undo the latest edit, which may be another one.
        services.notices.getState().push({ tone: 'info', message })
      },
    }
  }, [services, workshopId, groupId, boardId])

  const groupName = useWorkshopStore((s) => s.doc?.groups[groupId]?.name ?? '')
  const topicIds = useWorkshopStore(
    useShallow((s) => (s.doc ? boardTopics(s.doc, boardId).map((topic) => topic.id) : [])),
  )
  const [selected, setSelected] = useState<string | null>(null)
  const topicId =
    selected !== null && topicIds.includes(selected) ? selected : (topicIds[0] ?? null)
  const [view, setView] = useState<View>('map')
  const [cardOpen, setCardOpen] = useState(false)
  const cardPanelId = useId()
  // Undo and redo stay on this board: never an edit made on another screen (テーマ1, the setup, or
  // another group's board).
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
    document.title = `${groupName} ${t.theme2Title} – ${t.appName}`
  }, [groupName, t])

  return (
    <Theme2Context.Provider value={context}>
      <div className={cardOpen ? 'screen screen--board t2 has-card' : 'screen screen--board t2'}>
        <Theme2Header
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
          <main className="t2-main" aria-label={t.theme2Page(groupName.trim() || t.groupName)}>
            <TopicBar topicIds={topicIds} topicId={topicId} onSelect={setSelected} />
            {topicId ? (
              <>
                <div className="t2-views" role="group" aria-label={t.theme2Views}>
                  {(['map', 'sheet'] as const).map((v) => (
                    <button
                      key={v}
                      type="button"
                      className={view === v ? 'button button--small is-on' : 'button button--small'}
                      aria-pressed={view === v}
                      onClick={() => {
                        setView(v)
                      }}
                    >
                      {v === 'map' ? t.theme2ViewMap : t.theme2ViewSheet}
                    </button>
                  ))}
                </div>
                {view === 'map' ? (
                  <TopicMap key={topicId} topicId={topicId} />
                ) : (
                  <WorksheetView key={topicId} topicId={topicId} />
                )}
              </>
            ) : null}
          </main>
          {cardOpen ? (
            <ThemeCardPanel id={cardPanelId} themeId="theme2" onClose={closeCard} />
          ) : null}
        </div>
        <p className="visually-hidden" aria-live="polite" data-t2-announcer="">
          {announcement}
        </p>
      </div>
    </Theme2Context.Provider>
  )
}
