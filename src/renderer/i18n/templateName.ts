import type { WorkshopVariant } from '../../shared/model/schemas'
import { templateById } from '../../shared/templates/workshopTemplates'
import type { Messages } from './messages.ja'
import type { Lang } from './useT'

/** 終日開催（試行①） / 半日開催（試行②） / カスタム. */
export function templateName(variant: WorkshopVariant, lang: Lang, t: Messages): string {
  return templateById(variant)?.name[lang] ?? t.customTemplate
}
