import '../../styles/lanGuide.css'
import { useEffect } from 'react'
import { useT } from '../../i18n/useT'
import { LAN_GUIDE, LAN_GUIDE_INTRO } from './lanGuideText'
import { AnnexButton } from '../../ui/AnnexButton'

/**
 * 「接続の手引き」 (`#/lan-guide`): how to set up the network for the LAN live session, opened from
 * the console's 「LAN共有」. 「戻る」 goes back to where it was opened.
 */
export function LanGuideScreen() {
  const t = useT()
  useEffect(() => {
    document.title = `${t.lanGuideTitle} – タネボード`
  }, [t])
  return (
    <main className="screen lan-guide">
      <header className="app-header">
        <button
          type="button"
          className="button button--ghost app-header__back"
          onClick={() => {
            if (window.history.length > 1) window.history.back()
            else window.location.hash = '#/'
          }}
        >
          <span aria-hidden="true">←</span> {t.lanGuideBack}
        </button>
        <h1 className="lan-guide__title">{t.lanGuideTitle}</h1>
        <div className="app-header__tools">
          <AnnexButton />
        </div>
      </header>
      <div className="lan-guide__body">
        <p className="lan-guide__intro">{LAN_GUIDE_INTRO}</p>
        {LAN_GUIDE.map((section) => (
          <section key={section.heading} className="lan-guide__section">
            <h2>{section.heading}</h2>
            {section.lead ? <p>{section.lead}</p> : null}
            <ul>
              {section.items.map((item) => (
                <li key={item}>{item}</li>
              ))}
            </ul>
          </section>
        ))}
      </div>
    </main>
  )
}
