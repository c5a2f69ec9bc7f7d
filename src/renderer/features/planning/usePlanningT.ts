import { planningEn, planningJa } from '../../i18n/messages.planning'
import { useLang } from '../../i18n/useT'

/** 研修の企画's strings, in the UI language (kept in this feature's chunk, not the first one). */
export function usePlanningT(): typeof planningJa {
  return useLang() === 'en' ? planningEn : planningJa
}
