import { useState, type KeyboardEvent } from 'react'
import { useShallow } from 'zustand/react/shallow'
import { LIMITS } from '../../../shared/model/limits'
import { deleteCanvas, moveCanvas, renameCanvas } from '../../../shared/theme3/canvasOps'
import {
  boardCanvases,
  canvasAreaNotes,
  canvasQas,
  canvasView,
  liveCanvas,
} from '../../../shared/theme3/theme3Queries'
import { CANVAS_AREAS } from '../../../shared/model/schemas'
import { useWorkshopStore } from '../../session/appServices'
import { useT } from '../../i18n/useT'
import { ConfirmDialog } from '../../ui/ConfirmDialog'
import { isComposing } from '../../ui/keyboard'
import { useTheme3 } from './Theme3Context'

/**
 * The 地域課題 of the canvas, large (a linked one shows its テーマ2 topic live and says so, marked
 * when the topic was deleted there), with 言い方を変える (empty: the topic's wording again),
 * the tab's place (左へ / 右へ) and キャンバスを削除 (confirmed, then 元に戻す).
 */
export function CanvasTitleBar({ canvasId }: { canvasId: string }) {
  const t = useT()
  const { boardId, apply, remove } = useTheme3()
  const view = useWorkshopStore(
    useShallow((s) => {
      const canvas = s.doc ? liveCanvas(s.doc, canvasId) : undefined
      if (!s.doc || !canvas) return null
      const v = canvasView(s.doc, canvas)
      const ids = boardCanvases(s.doc, boardId).map((c) => c.id)
      const areas = canvasAreaNotes(s.doc, canvasId)
      return {
        title: v.title,
        own: canvas.title,
        source: v.source,
        topicText: v.statement !== '' ? v.statement : (v.topicTitle ?? ''),
        topicTitle: v.topicTitle ?? '',
        taneText: v.taneText ?? '',
        index: ids.indexOf(canvasId),
        count: ids.length,
        notes: CANVAS_AREAS.reduce((sum, a) => sum + areas[a].length, 0),
        qas: canvasQas(s.doc, canvasId).length,
        previousId: ids[ids.indexOf(canvasId) - 1] ?? null,
        afterNextId: ids[ids.indexOf(canvasId) + 2] ?? null,
        isLast: ids.indexOf(canvasId) === ids.length - 1,
      }
    }),
  )
  const [renaming, setRenaming] = useState(false)
  const [draft, setDraft] = useState('')
  const [confirming, setConfirming] = useState(false)
  if (!view) return null

  const title = view.title || t.theme3UntitledCanvas
  const linked = view.source !== 'typed'
  const gone = view.source === 'topicDeleted' || view.source === 'topicMissing'

  const finishRename = (save: boolean) => {
    setRenaming(false)
    if (!save) return
    const next = draft.trim()
    // The topic's own wording unchanged: keep following the topic rather than copying it.
    const title = linked && next === view.topicText ? '' : next
    apply((doc) => renameCanvas(doc, canvasId, title))
  }
  const handleKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (isComposing(event)) return
    if (event.key === 'Enter') {
      event.preventDefault()
      finishRename(true)
    } else if (event.key === 'Escape') {
      event.preventDefault()
      event.stopPropagation()
      finishRename(false)
    }
  }

  return (
    <div className="t3-title">
      <div className="t3-title__main">
        <span className="t3-title__label">{t.theme3CanvasTitle}</span>
        {renaming ? (
          <input
            type="text"
            className="field t3-title__input"
            value={draft}
            maxLength={LIMITS.noteTextChars}
            aria-label={t.theme3RenameLabel}
            placeholder={view.topicText}
            spellCheck={false}
            autoFocus
            onChange={(event) => {
              setDraft(event.target.value)
            }}
            onKeyDown={handleKeyDown}
            onBlur={() => {
              finishRename(true)
            }}
          />
        ) : (
          <h2 className="t3-title__text">{title}</h2>
        )}
        {linked ? (
          <p className={gone ? 't3-title__source is-gone' : 't3-title__source'}>
            {gone ? (
              <>
                <span aria-hidden="true">⚠</span>{' '}
                {view.source === 'topicDeleted' ? t.theme3TopicDeleted : t.theme3TopicMissing}
              </>
            ) : view.own === '' ? (
              t.theme3LinkedLive
            ) : (
              t.theme3LinkedTo(view.topicText)
            )}
            {/* The タネ only when its words are not already the title. */}
            {view.taneText && view.taneText !== view.title && view.taneText !== view.topicText
              ? ` ／ ${t.theme3FromTane(view.taneText)}`
              : ''}
          </p>
        ) : null}
      </div>
      <div className="t3-title__tools">
        {renaming ? null : (
          <button
            type="button"
            className="button button--small"
            title={t.theme3RenameCanvasHint}
            onClick={() => {
              setDraft(view.title)
              setRenaming(true)
            }}
          >
            {t.theme3RenameCanvas}
          </button>
        )}
        {view.count > 1 ? (
          <>
            <button
              type="button"
              className="button button--small button--ghost"
              title={t.theme3CanvasMoveLeftHint}
              disabled={view.index === 0}
              onClick={() => {
                if (view.previousId) apply((doc) => moveCanvas(doc, canvasId, view.previousId))
              }}
            >
              <span aria-hidden="true">←</span> {t.theme3CanvasMoveLeft}
            </button>
            <button
              type="button"
              className="button button--small button--ghost"
              title={t.theme3CanvasMoveRightHint}
              disabled={view.isLast}
              onClick={() => {
                apply((doc) => moveCanvas(doc, canvasId, view.afterNextId))
              }}
            >
              {t.theme3CanvasMoveRight} <span aria-hidden="true">→</span>
            </button>
          </>
        ) : null}
        <button
          type="button"
          className="button button--small button--danger"
          onClick={() => {
            setConfirming(true)
          }}
        >
          {t.theme3DeleteCanvas}
        </button>
      </div>
      <ConfirmDialog
        open={confirming}
        title={t.theme3DeleteCanvasTitle}
        body={t.theme3DeleteCanvasBody(title, view.notes, view.qas)}
        confirmLabel={t.theme3DeleteCanvas}
        onCancel={() => {
          setConfirming(false)
        }}
        onConfirm={() => {
          setConfirming(false)
          remove((doc, ctx) => deleteCanvas(doc, canvasId, ctx), t.theme3CanvasDeleted(title))
        }}
      />
    </div>
  )
}
