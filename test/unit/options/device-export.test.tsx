// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact'
import fc from 'fast-check'
import { afterEach, describe, expect, it } from 'vitest'
import { DevicesSection } from '../../../src/options/DevicesSection.tsx'
import { envLines, jsonObject } from '../../../src/options/device-export.ts'
import type { TrustedDeviceExport, TrustedDeviceView } from '../../../src/shared/profiles/devices.ts'
import { ClientContext } from '../../../src/ui/client.ts'
import { fakeClient } from '../ui/fake-client.ts'

// "Export remembered device": BILL's field names per API, values that read back exactly, and the remembered id
// asked of the background only after the confirmation that says what it grants.

const DAY = 86_400_000
const EXPIRES = Date.UTC(2027, 0, 6)
const V3: TrustedDeviceExport = {
  api: 'v3',
  rememberId: '!a20Ob49EtAYK',
  device: 'ci-runner',
  expiresAt: EXPIRES,
}

describe('export formats', () => {
  it('v3: rememberMeId + device; v2: mfaId + deviceId', () => {
    expect(envLines(V3)).toBe(
      '# BILL v3 remembered device, trusted until 2027-01-06\nBILL_REMEMBER_ME_ID="!a20Ob49EtAYK"\nBILL_DEVICE="ci-runner"',
    )
    expect(JSON.parse(jsonObject(V3))).toEqual({ rememberMeId: '!a20Ob49EtAYK', device: 'ci-runner' })
    const v2 = { ...V3, api: 'v2' as const }
    expect(envLines(v2)).toContain('BILL_MFA_ID="!a20Ob49EtAYK"\nBILL_DEVICE_ID="ci-runner"')
    expect(JSON.parse(jsonObject(v2))).toEqual({ mfaId: '!a20Ob49EtAYK', deviceId: 'ci-runner' })
  })

  it('every value reads back exactly from its .env line and the JSON, whatever it contains', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), fc.constantFrom('v2', 'v3'), (rememberId, device, api) => {
        const exported = { api: api as 'v2' | 'v3', rememberId, device, expiresAt: EXPIRES }
        const lines = envLines(exported).split('\n')
        expect(lines).toHaveLength(3)
        const values = lines.slice(1).map((l) => JSON.parse(l.slice(l.indexOf('=') + 1)))
        expect(values).toEqual([rememberId, device])
        expect(Object.values(JSON.parse(jsonObject(exported)))).toEqual([rememberId, device])
      }),
    )
  })
})

describe('export in the options page', () => {
  afterEach(cleanup)
  const view: TrustedDeviceView = {
    id: 'd1',
    profileId: 'p1',
    profileName: 'CI sandbox',
    api: 'v3',
    device: 'ci-runner',
    machineName: 'BILL Sandbox Companion on Chrome',
    issuedAt: Date.now() - 3 * DAY,
    expiresAt: Date.now() + 27 * DAY - 1000,
  }

  function renderDevices() {
    const fake = fakeClient({
      listTrustedDevices: () => [view],
      exportTrustedDevice: () => ({ ...V3, expiresAt: view.expiresAt }),
    })
    render(
      <ClientContext.Provider value={fake.client}>
        <DevicesSection announce={() => undefined} />
      </ClientContext.Provider>,
    )
    return fake
  }

  it('says what it grants and asks nothing of the background until confirmed; cancel keeps it that way', async () => {
    const fake = renderDevices()
    await waitFor(() => expect(screen.getByTestId('device-export-open')).toBeTruthy())
    fireEvent.click(screen.getByTestId('device-export-open'))
    const warning = screen.getByTestId('device-export-warning').textContent ?? ''
    expect(warning).toContain('CI sandbox (v3) without an SMS code')
    expect(warning).toContain('27 days left')
    expect(document.activeElement).toBe(screen.getByTestId('device-export-cancel'))
    expect(fake.names()).not.toContain('exportTrustedDevice')
    fireEvent.click(screen.getByTestId('device-export-cancel'))
    expect(screen.queryByTestId('device-export')).toBeNull()
    expect(fake.names()).not.toContain('exportTrustedDevice')
    expect(document.body.textContent).not.toContain('!a20Ob49EtAYK')
  })

  it('shows the .env lines and the JSON after the confirmation, and drops them on Done', async () => {
    const fake = renderDevices()
    await waitFor(() => expect(screen.getByTestId('device-export-open')).toBeTruthy())
    fireEvent.click(screen.getByTestId('device-export-open'))
    fireEvent.click(screen.getByTestId('device-export-confirm'))
    await waitFor(() => expect(screen.getByTestId('device-export-env')).toBeTruthy())
    expect(fake.calls.find((c) => c.name === 'exportTrustedDevice')?.params).toEqual({ id: 'd1' })
    expect((screen.getByTestId('device-export-env') as HTMLTextAreaElement).value).toContain(
      'BILL_REMEMBER_ME_ID="!a20Ob49EtAYK"',
    )
    expect(JSON.parse((screen.getByTestId('device-export-json') as HTMLTextAreaElement).value)).toEqual({
      rememberMeId: '!a20Ob49EtAYK',
      device: 'ci-runner',
    })
    fireEvent.click(screen.getByTestId('device-export-close'))
    expect(document.body.textContent).not.toContain('!a20Ob49EtAYK')
  })
})
