import type { WorkshopVariant } from '../model/schemas'

/**
 * The built-in templates' names, apart from their timetables and cards (workshopTemplates.ts
 * takes them from here), so that ホーム's cards name a workshop's template without loading them.
 */
export const TEMPLATE_NAMES: Readonly<
  Record<Exclude<WorkshopVariant, 'custom'>, { ja: string; en: string }>
> = {
  fullDay: { ja: '終日開催（試行①）', en: 'Full day (trial 1)' },
  halfDay: { ja: '半日開催（試行②）', en: 'Half day (trial 2)' },
}
