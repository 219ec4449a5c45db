import type { BackgroundStatus } from './useBackground.ts'

export function BackgroundStatusLine({ status }: { status: BackgroundStatus }) {
  const text =
    status.state === 'connected'
      ? `Background ready · v${status.info.version}${status.info.local ? ' · local build' : ''}`
      : status.state === 'failed'
        ? `Background not reachable: ${status.error.message}`
        : 'Connecting to the background…'
  return (
    <p
      class={status.state === 'failed' ? 'error-text' : 'muted'}
      data-testid="background-status"
      data-state={status.state}
    >
      {text}
    </p>
  )
}
