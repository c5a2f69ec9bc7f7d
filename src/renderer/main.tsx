import './app/configureZod'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app/App'
import { initApp } from './app/appServices'
import { StartupFailure } from './app/StartupFailure'

const container = document.getElementById('root')
if (!container) throw new Error('#root is missing from index.html')
const root = createRoot(container)

initApp().then(
  () => {
    root.render(
      <StrictMode>
        <App />
      </StrictMode>,
    )
    document.documentElement.dataset.ready = 'true'
  },
  (error: unknown) => {
    root.render(<StartupFailure error={error} />)
  },
)
