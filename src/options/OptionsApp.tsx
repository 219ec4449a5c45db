import { BackgroundStatusLine } from '../ui/BackgroundStatusLine.tsx'
import { useBackgroundStatus } from '../ui/useBackground.ts'

export function OptionsApp() {
  const status = useBackgroundStatus()
  return (
    <main>
      <h1>BILL Sandbox Companion: settings</h1>
      <BackgroundStatusLine status={status} />
    </main>
  )
}
