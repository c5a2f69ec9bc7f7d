import { create } from 'zustand'
import type { ErrorCatalogue } from '../../shared/errors/errorCatalogue'
import { errorMessagesJa } from '../../shared/errors/errorMessages.ja'
import { ja, type Messages } from './messages.ja'

export type Lang = 'ja' | 'en'

/** localStorage key of the chosen UI language. */
export const LANG_STORAGE_KEY = 'taneboard.lang'

/** One language's words: the UI strings and the error messages. */
export interface Catalogues {
  messages: Messages
  errors: ErrorCatalogue
}

const JAPANESE: Catalogues = { messages: ja, errors: errorMessagesJa }

let englishLoaded: Catalogues | null = null
let englishLoading: Promise<Catalogues> | null = null

/**
 * English in its own chunk (english.ts), fetched the first time it is needed (each time again
 * after a failed fetch). The first screen carries Japanese only.
 */
export function loadEnglish(): Promise<Catalogues> {
  englishLoading ??= import('./english').then(
    (module) => (englishLoaded = { messages: module.en, errors: module.errorMessagesEn }),
    (error: unknown) => {
      englishLoading = null
      throw error
    },
  )
  return englishLoading
}

/** The words of a language, Japanese while English has not arrived (it has whenever lang is 'en'). */
export function cataloguesOf(lang: Lang): Catalogues {
  return lang === 'en' && englishLoaded ? englishLoaded : JAPANESE
}

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
  messages: Messages
  /**
   * Switches the UI language once its words are there (English is fetched first, a few
   * milliseconds from the app's own files); the latest choice wins. Rejects, changing nothing,
   * when English cannot be loaded.
   */
  setLang: (lang: Lang) => Promise<void>
}

let latestChoice = 0

/** The UI language, Japanese unless the user chose English (remembered across restarts). */
export const useLangStore = create<LangState>((set) => ({
  lang: 'ja',
  messages: ja,
  setLang: async (lang) => {
    const choice = ++latestChoice
    const catalogues = lang === 'en' ? await loadEnglish() : JAPANESE
    if (choice !== latestChoice) return
    try {
      localStorage.setItem(LANG_STORAGE_KEY, lang)
    } catch {
      // Private mode or a full disk: the choice just is not remembered.
    }
    applyDocumentLang(lang)
    set({ lang, messages: catalogues.messages })
  },
}))

applyDocumentLang('ja')

/**
 * The language chosen before (localStorage), applied before the first render: English is
 * fetched first; if it cannot be, the app starts in Japanese.
 */
export async function restoreStoredLang(): Promise<void> {
  if (readStoredLang() === 'ja') return
  try {
    await useLangStore.getState().setLang('en')
  } catch (error) {
    console.error('TaneBoard: English could not be loaded; starting in Japanese', error)
  }
}

/** The messages of a UI language (for components that already read the language). */
export function messagesOf(lang: Lang): Messages {
  return cataloguesOf(lang).messages
}

/** The messages of the current UI language. */
export function useT(): Messages {
  return useLangStore((s) => s.messages)
}

export function useLang(): Lang {
  return useLangStore((s) => s.lang)
}
