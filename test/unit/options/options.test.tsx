// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact'
import { afterEach, describe, expect, it } from 'vitest'
import { OptionsApp } from '../../../src/options/OptionsApp.tsx'
import { DEFAULT_PREFERENCES, type Preferences } from '../../../src/shared/preferences.ts'
import type { TrustedDeviceView } from '../../../src/shared/profiles/devices.ts'
import { ClientContext } from '../../../src/ui/client.ts'
import { type Answers, fakeClient } from '../ui/fake-client.ts'
import { PROFILE } from '../ui/views.ts'

const DAY = 86_400_000
const DEVICE: TrustedDeviceView = {
  id: 'd1',
  profileId: PROFILE.id,
  profileName: PROFILE.name,
  api: 'v3',
  device: 'install-1',
  machineName: 'Chromium on Linux',
  issuedAt: Date.now() - 3 * DAY,
  expiresAt: Date.now() + 27 * DAY,
}

function renderOptions(answers: Answers) {
  let prefs: Preferences = { ...DEFAULT_PREFERENCES }
  let devices = [DEVICE]
  const fake = fakeClient({
    ping: () => ({ version: '0.1.0', workerStartedAt: 1, browser: 'chrome', local: true }),
    listProfiles: () => ({ profiles: [PROFILE], activeProfileId: PROFILE.id }),
    listTrustedDevices: () => devices,
    forgetTrustedDevice: ({ id }) => {
      devices = devices.filter((d) => d.id !== id)
      return { forgotten: true }
    },
    getPreferences: () => prefs,
    setPreferences: (patch) => {
      prefs = { ...prefs, ...patch }
      return prefs
    },
    ...answers,
  })
  render(
    <ClientContext.Provider value={fake.client}>
      <OptionsApp localBuild={true} />
    </ClientContext.Provider>,
  )
  return fake
}

afterEach(cleanup)

describe('options page with a fake background', () => {
  it('lists the profiles, the remembered device and the preferences it is given', async () => {
    renderOptions({})
    await waitFor(() => expect(screen.getAllByTestId('profile-item')).toHaveLength(1))
    expect(screen.getByTestId('profile-item-name').textContent).toContain('Sandbox org')
    expect(screen.getByTestId('profile-dev-key-masked').textContent).toContain('b6a5')
    await waitFor(() => expect(screen.getByTestId('device-days-left').textContent).toBe('27 days left'))
    expect((screen.getByTestId('pref-badge-enabled') as HTMLInputElement).checked).toBe(true)
  })

  it('says so when there is no profile yet', async () => {
    renderOptions({ listProfiles: () => ({ profiles: [], activeProfileId: null }) })
    await waitFor(() => expect(screen.getByTestId('profiles-empty')).toBeTruthy())
  })

  it('saves a preference at once and shows what the background kept', async () => {
    const fake = renderOptions({})
    await waitFor(() => expect(screen.getByTestId('pref-badge-format')).toBeTruthy())
    fireEvent.click(screen.getByTestId('pref-badge-enabled'))
    await waitFor(() => expect(screen.queryByTestId('pref-badge-format')).toBeNull())
    expect(fake.calls.find((c) => c.name === 'setPreferences')?.params).toEqual({ badgeEnabled: false })
  })

  it('forgets a device, announces it and lists the devices again', async () => {
    const fake = renderOptions({})
    await waitFor(() => expect(screen.getByTestId('device-forget')).toBeTruthy())
    fireEvent.click(screen.getByTestId('device-forget'))
    await waitFor(() => expect(screen.getByTestId('devices-empty')).toBeTruthy())
    expect(fake.calls.find((c) => c.name === 'forgetTrustedDevice')?.params).toEqual({ id: 'd1' })
    expect(screen.getByTestId('options-status').textContent).toContain('Device forgotten')
  })

  it('shows a failed preference change as the status message', async () => {
    renderOptions({
      setPreferences: () => ({
        ok: false,
        error: { kind: 'invalid-input', message: 'Warnings can be 1 to 30 minutes before.' },
      }),
    })
    await waitFor(() => expect(screen.getByTestId('pref-badge-enabled')).toBeTruthy())
    fireEvent.click(screen.getByTestId('pref-badge-enabled'))
    await waitFor(() => expect(screen.getByTestId('options-status').textContent).toContain('1 to 30 minutes'))
  })
})
