import '../ui/theme.css'
import { render } from 'preact'
import { BackgroundStatusLine } from '../ui/BackgroundStatusLine.tsx'
import { useBackgroundStatus } from '../ui/useBackground.ts'

function PanelApp() {
  const status = useBackgroundStatus()
  return (
    <main style={{ padding: '8px 12px' }}>
      <h1 style={{ fontSize: '14px', margin: '0 0 4px' }}>BILL requests</h1>
      <BackgroundStatusLine status={status} />
    </main>
  )
}

render(<PanelApp />, document.getElementById('app')!)
