// @vitest-environment happy-dom

import { act, cleanup, render, screen, waitFor } from '@testing-library/preact'
import { fakeBrowser } from '@webext-core/fake-browser'
import { afterEach, describe, expect, it } from 'vitest'
import { PopupApp } from '../../../src/popup/PopupApp.tsx'
import { SESSION_RECORD_KEY } from '../../../src/shared/session/record.ts'
import type { SessionView } from '../../../src/shared/session/view.ts'
import { type BackgroundClient, ClientContext } from '../../../src/ui/client.ts'
import { runtimeClient } from '../../../src/ui/runtime-client.ts'
import { activeRecord } from '../shared/session/session-record.ts'
import { fakeClient } from '../ui/fake-client.ts'
import { activeView, SIGNED_OUT } from '../ui/views.ts'

const state = () => screen.getByTestId('session-state').getAttribute('data-state')

/** A background that never answers: a stopped worker still waking up. */
function silentBackground(stored: () => Promise<SessionView | undefined>) {
  const fake = fakeClient({}, { storedSession: stored })
  const client: BackgroundClient = { ...fake.client, call: () => new Promise(() => {}) }
  render(
    <ClientContext.Provider value={client}>
      <PopupApp />
    </ClientContext.Provider>,
  )
  return fake
}

afterEach(cleanup)

describe('popup first paint from storage.session', () => {
  it('shows the stored active session before the background answers anything', async () => {
    silentBackground(async () => activeView(Date.now(), { step: 'idle' }))
    await waitFor(() => expect(state()).toBe('active'))
    expect(screen.getByTestId('session-countdown').textContent).toMatch(/^(35:00|34:5\d)$/)
  })

  it('stays "loading" with nothing stored until the background speaks', async () => {
    let answered: Promise<undefined> | undefined
    const fake = silentBackground(() => {
      answered = Promise.resolve(undefined)
      return answered
    })
    // The event: storage answered "nothing stored"; act() then flushes every render that answer causes.
    await waitFor(() => expect(answered).toBeDefined())
    await act(() => answered)
    expect(state()).toBe('loading')
    fake.emit('sessionChanged', activeView(Date.now(), { step: 'idle' }))
    await waitFor(() => expect(state()).toBe('active'))
  })

  it('never lets the stored view overwrite a newer event', async () => {
    let release: (v: SessionView) => void = () => {}
    const fake = silentBackground(() => new Promise((r) => (release = r)))
    fake.emit('sessionChanged', SIGNED_OUT)
    await waitFor(() => expect(state()).toBe('signed-out'))
    // act() resolves the late stored view and flushes every render it causes before the assertion.
    await act(() => release(activeView(Date.now(), { step: 'idle' })))
    expect(state()).toBe('signed-out')
  })
})

describe('runtime client storedSession', () => {
  const record = activeRecord({
    sessionId: 'SECRET-SESSION-ID-42',
    devKey: 'SECRET-DEV-KEY-42',
    clock: { lastActivityAt: Date.now(), idleTimeoutMs: 35 * 60_000 },
  })

  it('reads the record the background stored and gives only the page-safe view', async () => {
    await fakeBrowser.storage.session.set({ [SESSION_RECORD_KEY]: record })
    const view = await runtimeClient.storedSession()
    expect(view?.state).toBe('active')
    expect(JSON.stringify(view)).not.toMatch(/SECRET/)
  })

  it('reads "signed-out" when nothing is stored', async () => {
    expect(await runtimeClient.storedSession()).toEqual({ state: 'signed-out' })
  })
})
