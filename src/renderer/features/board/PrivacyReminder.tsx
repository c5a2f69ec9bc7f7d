import { useT } from '../../i18n/useT'

/**
 * The standing reminder under the tray's capture field (issue 21 p6): one calm line, with the
 * report's way of naming a person (「Ａさん」, L7459-7460) in its tooltip.
 */
export function PrivacyReminder() {
  const t = useT()
  return (
    <p className="board-privacy-reminder" title={t.privacyReminderHint}>
      {t.privacyReminder}
    </p>
  )
}
