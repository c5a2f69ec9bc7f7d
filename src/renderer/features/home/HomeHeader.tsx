import { LanguageSwitch } from '../../i18n/LanguageSwitch'
import { useT } from '../../i18n/useT'
import { BrandMark } from './BrandMark'
import { AnnexButton } from '../../ui/AnnexButton'

/** タネボード and what it is for, with the language switch. */
export function HomeHeader() {
  const t = useT()
  return (
    <header className="app-header app-header--home">
      <div className="brand">
        <BrandMark />
        <div className="brand__text">
          <h1 className="brand__name">{t.appName}</h1>
          <p className="brand__tagline">{t.tagline}</p>
        </div>
      </div>
      <div className="app-header__tools">
        <AnnexButton />
        <LanguageSwitch />
      </div>
    </header>
  )
}
