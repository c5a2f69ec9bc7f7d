import { useEffect, useState, type ComponentType } from 'react'
import { useT } from '../i18n/useT'
import { isComposing } from './keyboard'

type AnnexDialogComponent = ComponentType<{ open: boolean; onClose: () => void }>

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
  // The dialog and its texts arrive right after the first paint (no Suspense: nothing waits on
  // a timer); a press before then opens it as soon as it is there.
  const [Dialog, setDialog] = useState<AnnexDialogComponent | null>(null)
  useEffect(() => {
    let live = true
    void import('./AnnexDialog').then((module) => {
      if (live) setDialog(() => module.AnnexDialog)
    })
    return () => {
      live = false
    }
  }, [])

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
      {Dialog ? (
        <Dialog
          open={open}
          onClose={() => {
            setOpen(false)
          }}
        />
      ) : null}
    </>
  )
}
