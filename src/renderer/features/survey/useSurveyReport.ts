import { useMemo } from 'react'
import type { WorkshopDoc } from '../../../shared/model/workshopDoc'
import type { PrivacyScope } from '../../../shared/privacy/scanWorkshop'
import { surveyAnswers, surveyItems } from '../../../shared/survey/surveyOps'
import { buildSurveyReport, type SurveyReport } from '../../../shared/survey/surveyReport'
import { formatDate } from '../../i18n/format'
import { useLang, useT } from '../../i18n/useT'

/** What the survey's exports carry: its answers (free text can name people), no group's notes. */
export const SURVEY_PRIVACY_SCOPE: PrivacyScope = { groupIds: [], survey: true }

export interface SurveyReportInfo {
  report: SurveyReport
  /** The workshop's title (or 無題の研修会). */
  title: string
  /** 「2025年2月7日（金）」 and the venue, a full-width space apart */
  meta: string
}

/** The survey's report of the workshop as it is now, with its title and date line. */
export function useSurveyReport(doc: WorkshopDoc): SurveyReportInfo {
  const t = useT()
  const lang = useLang()
  const report = useMemo(
    () => buildSurveyReport(surveyItems(doc), surveyAnswers(doc)),
    // The survey's records are all a report reads.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [doc.surveyItems, doc.surveyAnswers],
  )
  const { date, venue } = doc.workshop
  const meta = [date ? formatDate(date, lang) : '', venue.trim()].filter(Boolean).join('\u3000')
  return { report, title: doc.workshop.title.trim() || t.untitled, meta }
}
