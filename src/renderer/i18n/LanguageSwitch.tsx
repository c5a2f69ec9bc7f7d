import { loadEnglish, useLangStore, useT, type Lang } from './useT'

const OPTIONS: { lang: Lang; label: string }[] = [
  { lang: 'ja', label: '日本語' },
  { lang: 'en', label: 'English' },
]

/** English is fetched when the pointer or the focus comes to its button, so a press is instant. */
function prefetch(lang: Lang): void {
  if (lang === 'en') loadEnglish().catch(() => undefined) // a press tries again and says why
}

/** 「日本語 / English」: a two-button toggle; each label is written in its own language. */
export function LanguageSwitch() {
  const t = useT()
  const lang = useLangStore((s) => s.lang)
  const setLang = useLangStore((s) => s.setLang)
  return (
    <div className="lang-switch" role="group" aria-label={`${t.language} / Language`}>
      {OPTIONS.map((option) => (
        <button
          key={option.lang}
          type="button"
          lang={option.lang}
          className="lang-switch__option"
          aria-pressed={lang === option.lang}
          onPointerEnter={() => {
            prefetch(option.lang)
          }}
          onFocus={() => {
            prefetch(option.lang)
          }}
          onClick={() => {
            setLang(option.lang).catch((error: unknown) => {
              console.error('TaneBoard: the language could not be switched', error)
            })
          }}
        >
          {option.label}
        </button>
      ))}
    </div>
  )
}
