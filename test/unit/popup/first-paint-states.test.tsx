// @vitest-environment happy-dom

import { cleanup, render, screen, waitFor } from '@testing-library/preact'
import { fakeBrowser } from '@webext-core/fake-browser'
import { afterEach, describe, expect, it } from 'vitest'
import { PopupApp } from '../../../src/popup/PopupApp.tsx'
import {
  ACTIVE_PROFILE_KEY,
  PROFILES_SUMMARY_KEY,
  type ProfileChoice,
  profilesSummary,
} from '../../../src/shared/profiles/summary.ts'
import type { SessionView } from '../../../src/shared/session/view.ts'
import { type BackgroundClient, ClientContext } from '../../../src/ui/client.ts'
import { runtimeClient } from '../../../src/ui/runtime-client.ts'
import { fakeClient } from '../ui/fake-client.ts'
import { activeView, PROFILE, SIGNED_OUT } from '../ui/views.ts'

// Every state the popup opens on, painted from storage by a popup whose background never answers (a stopped
// worker still waking): issue 24, section 3.

const SUMMARY = profilesSummary([{ ...PROFILE, devKey: 'SECRET-DEV-KEY-42' }])
const CHOICE: ProfileChoice = { profiles: SUMMARY.profiles, activeProfileId: PROFILE.id }
const NO_PROFILES: ProfileChoice = { profiles: [], activeProfileId: null }

function silentBackground(session: SessionView, profiles: ProfileChoice) {
  const fake = fakeClient({}, { storedSession: async () => session, storedProfiles: async () => profiles })
  const client: BackgroundClient = { ...fake.client, call: () => new Promise(() => {}) }
  render(
    <ClientContext.Provider value={client}>
      <PopupApp />
    </ClientContext.Provider>,
  )
}

afterEach(cleanup)

describe('popup first paint of every state, the background silent', () => {
  it('fresh install: the invitation to add a profile', async () => {
    silentBackground(SIGNED_OUT, NO_PROFILES)
    await screen.findByTestId('signin-no-profiles')
    expect(screen.queryByText('Loading…')).toBeNull()
  })

  it('signed out with profiles: the form on the active profile', async () => {
    silentBackground(SIGNED_OUT, CHOICE)
    const select = (await screen.findByTestId('profile-select')) as HTMLSelectElement
    expect(select.value).toBe(PROFILE.id)
    expect(screen.getByTestId('signin-profile').textContent).toContain(PROFILE.username)
    expect(screen.queryByText('Loading…')).toBeNull()
  })

  it('active session: the countdown', async () => {
    silentBackground(activeView(Date.now(), { step: 'trusted' }), CHOICE)
    await screen.findByTestId('session-countdown')
  })

  it('MFA code step: the code field', async () => {
    silentBackground(activeView(Date.now(), { step: 'challenge-sent', sentAt: Date.now() }), CHOICE)
    await screen.findByTestId('mfa-code')
  })
})

describe('runtime client storedProfiles', () => {
  it('reads the summary and the active profile, without any dev key', async () => {
    await fakeBrowser.storage.local.set({ [PROFILES_SUMMARY_KEY]: SUMMARY, [ACTIVE_PROFILE_KEY]: PROFILE.id })
    const stored = await runtimeClient.storedProfiles()
    expect(stored).toEqual(CHOICE)
    expect(JSON.stringify(stored)).not.toMatch(/SECRET|devKey/)
  })

  it('reads nothing before the background wrote a summary, or from a damaged one', async () => {
    expect(await runtimeClient.storedProfiles()).toBeUndefined()
    await fakeBrowser.storage.local.set({ [PROFILES_SUMMARY_KEY]: { profiles: 'x' } })
    expect(await runtimeClient.storedProfiles()).toBeUndefined()
  })
})

it('the page is still confirmed by the background: its answer replaces the stored summary', async () => {
  const renamed = { ...PROFILE, name: 'Renamed by the worker' }
  const fake = fakeClient(
    { listProfiles: () => ({ profiles: [renamed], activeProfileId: PROFILE.id }) },
    { storedSession: async () => SIGNED_OUT, storedProfiles: async () => CHOICE },
  )
  render(
    <ClientContext.Provider value={fake.client}>
      <PopupApp />
    </ClientContext.Provider>,
  )
  await waitFor(() => expect(screen.getByTestId('signin-profile').textContent).toContain(renamed.name))
})
