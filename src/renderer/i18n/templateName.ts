import type { WorkshopVariant } from '../../shared/model/schemas'
import { TEMPLATE_NAMES } from '../../shared/templates/templateNames'
import type { Messages } from './messages.ja'
import type { Lang } from './useT'

/** 終日開催（試行①） / 半日開催（試行②） / カスタム. */
export function templateName(variant: WorkshopVariant, lang: Lang, t: Messages): string {
  return variant === 'custom' ? t.customTemplate : TEMPLATE_NAMES[variant][lang]
}
