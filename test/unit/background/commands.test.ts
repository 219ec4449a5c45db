import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { SessionService } from '../../../src/background/session/service.ts'
import type { SessionView } from '../../../src/shared/session/view.ts'
import { activeView, SIGNED_OUT } from '../ui/views.ts'

type Listener<A extends unknown[]> = (...args: A) => void
const event = <A extends unknown[]>() => {
  const listeners: Listener<A>[] = []
  return {
    addListener: (l: Listener<A>) => listeners.push(l),
    fire: (...a: A) => {
      for (const l of listeners) l(...a)
    },
  }
}

/** Chrome's commands and sidePanel, recording what the background asks of them. */
function fakeChrome() {
  const calls: string[] = []
  const onCommand = event<[string, { windowId: number } | undefined]>()
  const onOpened = event<[{ windowId: number }]>()
  const onClosed = event<[{ windowId: number }]>()
  return {
    calls,
    onCommand,
    onOpened,
    onClosed,
    chrome: {
      commands: { onCommand },
      sidePanel: {
        onOpened,
        onClosed,
        open: async ({ windowId }: { windowId: number }) => void calls.push(`open ${windowId}`),
        close: async ({ windowId }: { windowId: number }) => void calls.push(`close ${windowId}`),
      },
    },
  }
}

async function start(view: SessionView) {
  const fake = fakeChrome()
  vi.stubGlobal('chrome', fake.chrome)
  vi.stubGlobal('__BROWSER__', 'chrome')
  vi.resetModules()
  const { watchCommands } = await import('../../../src/background/commands.ts')
  const sent: string[] = []
  const session = {
    getView: async () => view,
    sendChallenge: async () => {
      sent.push('challenge')
      return view
    },
  } as unknown as SessionService
  watchCommands(session)
  return { ...fake, sent }
}
const settle = () => new Promise((r) => setTimeout(r, 0))

beforeEach(() => vi.restoreAllMocks())
afterEach(() => vi.unstubAllGlobals())

describe('keyboard commands in the background (Chrome)', () => {
  it('opens the side panel within the key press, then closes it on the next press', async () => {
    const c = await start(SIGNED_OUT)
    c.onCommand.fire('toggle-side-view', { windowId: 7 })
    // Synchronously: Chrome's user gesture ends with the listener.
    expect(c.calls).toEqual(['open 7'])
    await settle()
    c.onCommand.fire('toggle-side-view', { windowId: 7 })
    expect(c.calls).toEqual(['open 7', 'close 7'])
    c.onCommand.fire('toggle-side-view', { windowId: 7 })
    expect(c.calls).toEqual(['open 7', 'close 7', 'open 7'])
  })

  it('follows panels opened and closed by other means, window by window', async () => {
    const c = await start(SIGNED_OUT)
    c.onOpened.fire({ windowId: 8 })
    c.onCommand.fire('toggle-side-view', { windowId: 8 })
    c.onCommand.fire('toggle-side-view', { windowId: 9 })
    expect(c.calls).toEqual(['close 8', 'open 9'])
    c.onClosed.fire({ windowId: 9 })
    c.onCommand.fire('toggle-side-view', { windowId: 9 })
    expect(c.calls).toEqual(['close 8', 'open 9', 'open 9'])
  })

  it('sends the MFA code when the session waits for one, and not otherwise', async () => {
    const waiting = await start(activeView(Date.now(), { step: 'idle' }))
    waiting.onCommand.fire('send-mfa-code', { windowId: 1 })
    await settle()
    expect(waiting.sent).toEqual(['challenge'])
    expect(waiting.calls).toEqual([])

    for (const view of [SIGNED_OUT, activeView(Date.now(), { step: 'challenge-sent', sentAt: Date.now() })]) {
      const idle = await start(view)
      idle.onCommand.fire('send-mfa-code', { windowId: 1 })
      await settle()
      expect(idle.sent).toEqual([])
    }
  })
})
