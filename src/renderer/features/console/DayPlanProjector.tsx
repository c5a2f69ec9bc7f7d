import { useMemo } from 'react'
import type { WorkshopDoc } from '../../../shared/model/workshopDoc'
import { timetableRows } from '../../../shared/ops/timetableOps'
import { bannerRow } from '../../../shared/timer/tableBanner'
import { timerPlanFromDoc } from '../../../shared/timer/timerPlan'
import { timerView } from '../../../shared/timer/timerView'
import { computeSchedule } from '../../../shared/timetable/schedule'
import { formatRange } from '../../i18n/format'
import { useT } from '../../i18n/useT'
import { useConsole, type ConsoleStore } from './consoleStore'
import { useNow } from './useNow'

interface DayPlanProjectorProps {
  doc: WorkshopDoc
  store: ConsoleStore
}

/**
 * 本日の流れ on the projector: every row of the timetable with its planned times, as large as
 * the rows allow (14 rows of 試行① fill 1080 px at about 4 vh), the group-work rows marked with
 * their theme, the row being run marked 「いま」 (a label, not only a colour). For the
 * orientation, which explains 「検討の流れ」 (its 【ポイント】).
 */
export function DayPlanProjector({ doc, store }: DayPlanProjectorProps) {
  const t = useT()
  const now = useNow(1000)
  const timer = useConsole(store, (s) => s.data.timer)
  const rows = useMemo(() => timetableRows(doc), [doc])
  const schedule = useMemo(() => computeSchedule(rows, doc.workshop.dayStart), [rows, doc])
  const plan = useMemo(() => timerPlanFromDoc(doc), [doc])
  const currentId = timerView(timer, plan, now).current?.id ?? null
  const count = Math.max(rows.length, 1)

  return (
    <div className="pdayplan" style={{ ['--rows' as string]: String(count) }}>
      <h1 className="pdayplan__title">{t.timerSchedule}</h1>
      <ol className="pdayplan__rows">
        {schedule.rows.map(({ row, start, end }) => {
          const current = row.id === currentId
          const group = row.kind === 'theme' || row.kind === 'orientation'
          const names = bannerRow(row)
          return (
            <li
              key={row.id}
              className={[
                'pdayplan__row',
                current ? 'is-current' : '',
                group ? 'is-group-work' : '',
              ].join(' ')}
              aria-current={current ? 'step' : undefined}
            >
              <span className="pdayplan__time">{formatRange(start, end)}</span>
              <span className="pdayplan__what">
                <span className="pdayplan__name">{names.name}</span>
                {names.detail ? <span className="pdayplan__detail">{names.detail}</span> : null}
              </span>
              {current ? <span className="pdayplan__now">{t.bannerNow}</span> : null}
            </li>
          )
        })}
      </ol>
    </div>
  )
}
