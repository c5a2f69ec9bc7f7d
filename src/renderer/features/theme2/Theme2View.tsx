import { useState } from 'react'
import { useShallow } from 'zustand/react/shallow'
import { boardTopics } from '../../../shared/theme2/theme2Queries'
import { useWorkshopStore } from '../../session/appServices'
import { useT } from '../../i18n/useT'
import type { GroupThemeViewProps } from '../../shell/GroupThemeScreen'
import { useThemeEditing } from '../../shell/themeEditing'
import { ThemeScreenFrame } from '../../shell/ThemeScreenFrame'
import { shownTab } from '../../shell/ThemeTabs'
import { Theme2Context } from './Theme2Context'
import { TopicBar } from './TopicBar'
import { StepBar } from './StepBar'
import { Theme2ProjectButton } from './Theme2ProjectButton'
import { stepCounts } from './stepCounts'
import { topicStepProgress } from '../../../shared/theme2/stepProgress'
import { TopicMap } from './TopicMap'
import { useTheme2Step } from './useTheme2Step'
import { WorksheetView } from './WorksheetView'

type View = 'map' | 'sheet'

/** The テーマ2 screen once the workshop is open: header, topics, the map or the worksheet. */
export function Theme2View(place: GroupThemeViewProps) {
  const { boardId } = place
  const t = useT()
  const [context, announcement] = useThemeEditing(place)

  const topicIds = useWorkshopStore(
    useShallow((s) => (s.doc ? boardTopics(s.doc, boardId).map((topic) => topic.id) : [])),
  )
  const [selected, setSelected] = useState<string | null>(null)
  const topicId = shownTab(topicIds, selected)
  const [view, setView] = useState<View>('map')
  const [step, setStep] = useTheme2Step(place.workshopId, place.groupId, topicId)
  const counts = useWorkshopStore(
    useShallow((s) => (s.doc && topicId ? stepCounts(s.doc, topicId) : {})),
  )
  const progress = useWorkshopStore(
    useShallow((s) => (s.doc && topicId ? topicStepProgress(s.doc, topicId) : {})),
  )

  return (
    <Theme2Context.Provider value={context}>
      <ThemeScreenFrame place={place} themeId="theme2" announcement={announcement}>
        <TopicBar topicIds={topicIds} topicId={topicId} onSelect={setSelected} />
        {topicId ? (
          <>
            <div className="t2-stepline">
              {view === 'map' ? (
                <StepBar step={step} onStep={setStep} counts={counts} progress={progress} />
              ) : null}
              <span className="t2-topics__spacer" />
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
              <Theme2ProjectButton workshopId={place.workshopId} groupId={place.groupId} />
            </div>
            {view === 'map' ? (
              <TopicMap key={topicId} topicId={topicId} step={step} onStep={setStep} />
            ) : (
              <WorksheetView key={topicId} topicId={topicId} />
            )}
          </>
        ) : null}
      </ThemeScreenFrame>
    </Theme2Context.Provider>
  )
}
