import '../styles/tokens.css'
import '../styles/base.css'
import '../styles/controls.css'
import '../styles/home.css'
import '../styles/setup.css'
import '../styles/notices.css'
import { HomeScreen } from '../features/home/HomeScreen'
import { WorkshopSetupScreen } from '../features/setup/WorkshopSetupScreen'
import { NoticeArea } from './NoticeArea'
import { useRoute } from './useRoute'

/** The whole renderer: home (#/) or the setup of one workshop (#/w/<id>/<section>). */
export function App() {
  const route = useRoute()
  return (
    <>
      {route.name === 'workshop' ? (
        <WorkshopSetupScreen
          key={route.workshopId}
          workshopId={route.workshopId}
          section={route.section}
        />
      ) : (
        <HomeScreen />
      )}
      <NoticeArea />
    </>
  )
}
