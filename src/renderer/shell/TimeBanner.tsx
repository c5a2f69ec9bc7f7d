import { useMemo } from 'react'
import { tableBanner, type TableBanner } from '../../shared/timer/tableBanner'
import { timerPlanFromDoc } from '../../shared/timer/timerPlan'
import type { Messages } from '../i18n/messages.ja'
import { useT } from '../i18n/useT'
import { useWorkshopStore } from '../session/appServices'
import { useBannerTimer } from './useBannerTimer'
import { useClock } from './useClock'

/** Before the day starts, the banner shows up this long before the first row. */
const SHOW_BEFORE_MS = 60 * 60_000

interface TimeBannerProps {
  workshopId: string
}

/**
 * The time on a table's screen, in one line inside the header's theme line (it takes no height
 * of its own): 「いま テーマ1 残り 5分 ｜ 次 13:55 テーマ2」. Computed from the timetable with this
 * device's clock (no network needed), or from the facilitator's timer when there is one (LAN, or
 * the console on this laptop). Hidden on other days and after the day: only while the day runs
 * and in the hour before it starts.
 */
export function TimeBanner({ workshopId }: TimeBannerProps) {
  const t = useT()
  const now = useClock(5_000)
  const doc = useWorkshopStore((s) => (s.doc?.workshop.id === workshopId ? s.doc : null))
  const timer = useBannerTimer(workshopId)
  const plan = useMemo(() => (doc ? timerPlanFromDoc(doc) : null), [doc])
  if (!plan) return null
  const banner = tableBanner(timer, plan, now)
  if (!shown(banner, now)) return null
  const text = bannerText(t, banner)
  const source = timer ? t.bannerFollowing : t.bannerClock
  return (
    <span
      className={
        banner.current && banner.current.overtimeMin > 0 ? 'time-banner is-over' : 'time-banner'
      }
      role="timer"
      aria-label={`${t.bannerLabel}（${source}）: ${text.join(' ')}`}
      title={`${t.bannerLabel}（${source}）\n${text.join('\n')}`}
      data-testid="time-banner"
    >
      {banner.current ? (
        <span className="time-banner__now">
          <span className="time-banner__name">{banner.current.name}</span>
          <span className="time-banner__left">
            {banner.current.overtimeMin > 0
              ? t.bannerOver(banner.current.overtimeMin)
              : t.bannerLeft(banner.current.minutesLeft)}
          </span>
          {banner.paused ? <span className="time-banner__paused">{t.bannerPaused}</span> : null}
        </span>
      ) : (
        <span className="time-banner__now">{t.bannerBefore}</span>
      )}
      {banner.next ? (
        <span className="time-banner__next">
          {t.bannerNext} {banner.next.start} {banner.next.name}
        </span>
      ) : null}
    </span>
  )
}

function shown(banner: TableBanner, now: number): boolean {
  if (banner.phase === 'during') return true
  if (banner.phase === 'after' || !banner.next) return false
  return banner.next.startMs - now <= SHOW_BEFORE_MS
}

/** The banner's words, one string per part (for the accessible name and the tooltip). */
function bannerText(t: Messages, banner: TableBanner): string[] {
  const parts: string[] = []
  if (banner.current) {
    const { name, detail, minutesLeft, overtimeMin } = banner.current
    parts.push(`${t.bannerNow} ${detail || name}`)
    parts.push(overtimeMin > 0 ? t.bannerOver(overtimeMin) : t.bannerLeft(minutesLeft))
    if (banner.paused) parts.push(t.bannerPaused)
  } else {
    parts.push(t.bannerBefore)
  }
  if (banner.next) {
    parts.push(`${t.bannerNext} ${banner.next.start} ${banner.next.detail || banner.next.name}`)
  }
  return parts
}
