import { useCallback, useEffect, useState } from 'react'
import { useUserText } from '../i18n/userText'
import { useT } from '../i18n/useT'
import type { Notice } from '../stores/storeTypes'
import { useAppServices, useNotices } from '../session/appServices'

/** Info and success notices go away after this long (unless hovered or focused); errors stay. */
export const NOTICE_TIMEOUT_MS = 8000

const ICONS: Record<Notice['tone'], string> = { info: 'ⓘ', success: '✓', error: '!' }

function NoticeItem({ notice, onDismiss }: { notice: Notice; onDismiss: (id: number) => void }) {
  const t = useT()
  const text = useUserText()
  const [paused, setPaused] = useState(false)
  const isSticky = notice.tone === 'error'

  useEffect(() => {
    if (isSticky || paused) return
    const timer = window.setTimeout(() => {
      onDismiss(notice.id)
    }, NOTICE_TIMEOUT_MS)
    return () => {
      window.clearTimeout(timer)
    }
  }, [isSticky, paused, notice.id, onDismiss])

  return (
    <div
      className={`notice notice--${notice.tone}`}
      onMouseEnter={() => {
        setPaused(true)
      }}
      onMouseLeave={() => {
        setPaused(false)
      }}
      onFocus={() => {
        setPaused(true)
      }}
      onBlur={() => {
        setPaused(false)
      }}
    >
      <span className="notice__icon" aria-hidden="true">
        {ICONS[notice.tone]}
      </span>
      <p className="notice__message">{text(notice.message)}</p>
      {notice.action ? (
        <button
          type="button"
          className="button button--small notice__action"
          onClick={() => {
            notice.action?.run()
            onDismiss(notice.id)
          }}
        >
          {text(notice.action.label)}
        </button>
      ) : null}
      <button
        type="button"
        className="button button--icon notice__close"
        aria-label={t.close}
        title={t.close}
        onClick={() => {
          onDismiss(notice.id)
        }}
      >
        <span aria-hidden="true">×</span>
      </button>
    </div>
  )
}

/** The notices of the data layer and the UI (saved, deleted with 元に戻す, errors), bottom centre. */
export function NoticeArea() {
  const t = useT()
  const notices = useNotices((s) => s.notices)
  const { notices: store } = useAppServices()
  const dismiss = useCallback(
    (id: number) => {
      store.getState().dismiss(id)
    },
    [store],
  )
  return (
    <section className="notice-area" aria-label={t.noticesLabel} aria-live="polite">
      {notices.map((notice) => (
        <NoticeItem key={notice.id} notice={notice} onDismiss={dismiss} />
      ))}
    </section>
  )
}
