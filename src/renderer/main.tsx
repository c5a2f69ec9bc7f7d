import './session/configureZod'
// The shipped font (SIL OFL 1.1, assets/fonts/NotoSansJP-OFL.txt): every screen and every print
// uses the same Japanese glyphs on every machine, with no network.
import '@fontsource/noto-sans-jp/400.css'
import '@fontsource/noto-sans-jp/700.css'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app/App'
import { preloadScreens } from './app/lazyScreen'
import { parseRoute } from './navigation/useRoute'
import { initApp } from './session/appServices'
import { restoreStoredLang } from './i18n/useT'
import { StartupFailure } from './app/StartupFailure'

const container = document.getElementById('root')
if (!container) throw new Error('#root is missing from index.html')
const root = createRoot(container)

// ホーム renders as soon as the app is ready and fetches the other screens right after; any other
// page (a reload, a projector window, a table's link) waits for them, so it never shows a
// loading screen first (app/lazyScreen.ts). English, when chosen before, is fetched first too.
const onHome = parseRoute(window.location.hash).name === 'home'

Promise.all([initApp(), restoreStoredLang(), onHome ? null : preloadScreens()]).then(
  () => {
    root.render(
      <StrictMode>
        <App />
      </StrictMode>,
    )
    document.documentElement.dataset.ready = 'true'
    if (onHome) void preloadScreens()
  },
  (error: unknown) => {
    root.render(<StartupFailure error={error} />)
  },
)
