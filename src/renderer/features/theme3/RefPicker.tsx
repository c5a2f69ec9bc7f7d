import { useId, useState } from 'react'
import type { CanvasArea, CanvasRef } from '../../../shared/model/schemas'
import { areaNotes, refCandidates, type RefCandidate } from '../../../shared/theme3/theme3Queries'
import { useWorkshopStore } from '../../session/appServices'
import { useLang, useT } from '../../i18n/useT'
import { TaneIcon } from '../../ui/TaneIcon'
import { Modal } from '../../ui/Modal'
import { useTheme3 } from './Theme3Context'
import { canvasAreaLabel, refKindLabel } from './theme3Labels'
import type { CanvasActions } from './useCanvasActions'

interface RefPickerProps {
  /** The area to put the reference in; null: closed. */
  area: CanvasArea | null
  canvasId: string
  actions: CanvasActions
  onClose: () => void
}

const refKey = (ref: CanvasRef) => `${ref.type}:${ref.id}`

/**
 * 「テーマ1・2から参照」: what the group has on テーマ1 (タネ first) and テーマ2 (each topic with its
 * causes, ★主たる原因, countermeasures, 期待値・指標), to bring into an area as a live reference.
 * A modal dialog: keyboard usable, Escape closes, the focus goes back to the button.
 */
export function RefPicker({ area, canvasId, actions, onClose }: RefPickerProps) {
  const titleId = useId()
  const hintId = useId()
  return (
    <Modal
      open={area !== null}
      onClose={onClose}
      labelledBy={titleId}
      describedBy={hintId}
      className="t3-ref-dialog"
    >
      {area ? (
        <RefPickerBody
          area={area}
          canvasId={canvasId}
          actions={actions}
          onClose={onClose}
          titleId={titleId}
          hintId={hintId}
        />
      ) : null}
    </Modal>
  )
}

interface RefPickerBodyProps {
  area: CanvasArea
  canvasId: string
  actions: CanvasActions
  onClose: () => void
  titleId: string
  hintId: string
}

function RefPickerBody({ area, canvasId, actions, onClose, titleId, hintId }: RefPickerBodyProps) {
  const t = useT()
  const lang = useLang()
  const { boardId } = useTheme3()
  const doc = useWorkshopStore((s) => s.doc)
  const [query, setQuery] = useState('')
  const candidates = doc ? refCandidates(doc, boardId) : []
  const present = new Set(
    doc
      ? areaNotes(doc, canvasId, area).flatMap((n) => (n.ref === null ? [] : [refKey(n.ref)]))
      : [],
  )
  const words = query.trim().toLowerCase().split(/\s+/).filter(Boolean)
  const shown = candidates.filter((c) =>
    words.every((w) => `${c.text} ${c.context}`.toLowerCase().includes(w)),
  )
  const theme1 = shown.filter((c) => c.kind === 'theme1Note')
  const theme2 = shown.filter((c) => c.kind !== 'theme1Note')
  const label = canvasAreaLabel(area, lang)

  const pick = (candidate: RefCandidate) => {
    if (actions.addRef(area, candidate.ref)) onClose()
  }
  const row = (c: RefCandidate) => {
    const already = present.has(refKey(c.ref))
    return (
      <li key={refKey(c.ref)} className={`t3-ref t3-ref--${c.kind}`}>
        <span className="t3-ref__kind">
          {c.tane ? <TaneIcon /> : null}
          {refKindLabel(c.kind, lang)}
          {c.tane ? `・${t.theme3Tane}` : ''}
        </span>
        <span className="t3-ref__text">{c.text}</span>
        {c.context ? <span className="t3-ref__context">{c.context}</span> : null}
        {already ? (
          <span className="t3-ref__already">{t.theme3RefAlready}</span>
        ) : (
          <button
            type="button"
            className="button button--small button--primary"
            aria-label={t.theme3RefAddLabel(refKindLabel(c.kind, lang), c.text)}
            onClick={() => {
              pick(c)
            }}
          >
            {t.theme3RefAdd}
          </button>
        )}
      </li>
    )
  }

  return (
    <>
      <div className="modal__body t3-ref-dialog__body">
        <h2 id={titleId} className="modal__title">
          {t.theme3RefDialogTitle(label)}
        </h2>
        <p id={hintId} className="modal__text">
          {t.theme3RefDialogHint}
        </p>
        {candidates.length === 0 ? (
          <p className="t3-empty">{t.theme3RefNone}</p>
        ) : (
          <>
            <label className="t3-ref-dialog__search">
              <span>{t.theme3RefSearch}</span>
              <input
                type="search"
                className="field"
                value={query}
                placeholder={t.theme3RefSearchPlaceholder}
                data-autofocus=""
                onChange={(event) => {
                  setQuery(event.target.value)
                }}
              />
            </label>
            {shown.length === 0 ? <p className="t3-empty">{t.theme3RefNoMatch}</p> : null}
            {theme1.length > 0 ? (
              <section aria-label={t.theme3RefTheme1}>
                <h3 className="t3-ref-dialog__group">{t.theme3RefTheme1}</h3>
                <ul className="t3-ref-list">{theme1.map(row)}</ul>
              </section>
            ) : null}
            {theme2.length > 0 ? (
              <section aria-label={t.theme3RefTheme2}>
                <h3 className="t3-ref-dialog__group">{t.theme3RefTheme2}</h3>
                <ul className="t3-ref-list">{theme2.map(row)}</ul>
              </section>
            ) : null}
          </>
        )}
      </div>
      <div className="modal__actions">
        <button
          type="button"
          className="button"
          onClick={onClose}
          data-autofocus={candidates.length === 0 ? '' : undefined}
        >
          {t.close}
        </button>
      </div>
    </>
  )
}
