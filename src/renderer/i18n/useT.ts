import { create } from 'zustand'
import { en } from './messages.en'
import { ja, type Messages } from './messages.ja'

export type Lang = 'ja' | 'en'

/** localStorage key of the chosen UI language. */
export const LANG_STORAGE_KEY = 'taneboard.lang'

function readStoredLang(): Lang {
  try {
    return localStorage.getItem(LANG_STORAGE_KEY) === 'en' ? 'en' : 'ja'
  } catch {
    return 'ja'
  }
}

function applyDocumentLang(lang: Lang): void {
  if (typeof document !== 'undefined') document.documentElement.lang = lang
}

interface LangState {
  lang: Lang
  setLang: (lang: Lang) => void
}

/** The UI language, Japanese unless the user chose English (remembered across restarts). */
export const useLangStore = create<LangState>((set) => ({
  lang: readStoredLang(),
  setLang: (lang) => {
    try {
      localStorage.setItem(LANG_STORAGE_KEY, lang)
    } catch {
      // Private mode or a full disk: the choice just is not remembered.
    }
    applyDocumentLang(lang)
    set({ lang })
  },
}))

applyDocumentLang(useLangStore.getState().lang)

const MESSAGES: Record<Lang, Messages> = { ja, en }

/** The messages of the current UI language. */
export function useT(): Messages {
  return MESSAGES[useLangStore((s) => s.lang)]
}

export function useLang(): Lang {
  return useLangStore((s) => s.lang)
}
