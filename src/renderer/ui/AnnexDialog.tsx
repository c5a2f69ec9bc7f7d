import '../styles/annex.css'
import { useId } from 'react'
import {
  ANNEX_AUTHOR,
  ANNEX_TITLE,
  CLOSING_PARAGRAPHS,
  CLOSING_SECTION,
  MINDSET_POINTS,
  MINDSET_TABLE_TITLE,
} from '../../shared/annex/facilitationAnnex'
import { useT } from '../i18n/useT'
import { Modal } from './Modal'

/**
 * The facilitation annex (表１ and おわりに, verbatim) in a dialog. Its own module: AnnexButton
 * loads it after the first paint, so ホーム's first chunk does not carry the texts.
 */
export function AnnexDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
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
