import '../styles/annex.css'
import { useEffect, useId, useState } from 'react'
import {
  ANNEX_AUTHOR,
  ANNEX_TITLE,
  CLOSING_PARAGRAPHS,
  CLOSING_SECTION,
  MINDSET_POINTS,
  MINDSET_TABLE_TITLE,
} from '../../shared/annex/facilitationAnnex'
import { useT } from '../i18n/useT'
import { isComposing } from './keyboard'
import { Modal } from './Modal'

interface AnnexButtonProps {
  /** A smaller button (the theme screens' crowded header). */
  small?: boolean
}

/**
 * 「心構え」 in a screen's header: the facilitation annex at hand, one click (or F1) away on every
 * screen: 表１ (the seven points of the mindset) and おわりに, verbatim, in a dialog large enough
 * to read at a glance. F1 opens and closes it, Escape closes it. One header per screen, so one
 * listener.
 */
export function AnnexButton({ small }: AnnexButtonProps) {
  const t = useT()
  const [open, setOpen] = useState(false)

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'F1' || isComposing(event) || event.ctrlKey || event.metaKey) return
      event.preventDefault()
      setOpen((was) => !was)
    }
    window.addEventListener('keydown', onKey)
    return () => {
      window.removeEventListener('keydown', onKey)
    }
  }, [])

  return (
    <>
      <button
        type="button"
        className={small ? 'button button--small annex-button' : 'button annex-button'}
        title={t.annexOpenHint}
        aria-keyshortcuts="F1"
        aria-haspopup="dialog"
        onClick={() => {
          setOpen(true)
        }}
      >
        {t.annexOpen}
      </button>
      <AnnexDialog
        open={open}
        onClose={() => {
          setOpen(false)
        }}
      />
    </>
  )
}

function AnnexDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const t = useT()
  const titleId = useId()
  return (
    <Modal open={open} onClose={onClose} labelledBy={titleId} className="modal--wide annex">
      <div className="modal__body annex__body">
        <h2 id={titleId} className="annex__title">
          {t.annexTitle}
        </h2>
        <section className="annex__section" aria-labelledby={`${titleId}-mindset`}>
          <h3 id={`${titleId}-mindset`} className="annex__heading">
            {MINDSET_TABLE_TITLE}
          </h3>
          <ol className="annex__mindset">
            {MINDSET_POINTS.map((point) => (
              <li key={point}>{point}</li>
            ))}
          </ol>
        </section>
        <section className="annex__section" aria-labelledby={`${titleId}-closing`}>
          <h3 id={`${titleId}-closing`} className="annex__heading">
            {CLOSING_SECTION}
          </h3>
          {CLOSING_PARAGRAPHS.map((paragraph) => (
            <p key={paragraph} className="annex__paragraph">
              {paragraph}
            </p>
          ))}
        </section>
        <p className="annex__source">{t.annexSource(ANNEX_TITLE, ANNEX_AUTHOR)}</p>
      </div>
      <div className="modal__actions annex__actions">
        <span className="annex__keys">{t.annexKeys}</span>
        <button type="button" className="button button--primary" data-autofocus onClick={onClose}>
          {t.close}
        </button>
      </div>
    </Modal>
  )
}
