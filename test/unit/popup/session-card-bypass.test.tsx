// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/preact'
import { afterEach, describe, expect, it } from 'vitest'
import { SessionCard } from '../../../src/popup/SessionCard.tsx'
import type { SessionHook } from '../../../src/popup/useSession.ts'
import type { SessionView } from '../../../src/shared/session/view.ts'
import { ClientContext } from '../../../src/ui/client.ts'
import { fakeClient } from '../ui/fake-client.ts'
import { activeView } from '../ui/views.ts'

// Issue 23: BILL's session details say when the organization's MFA is bypassed for this developer key; the
// session card says so, and that production will not bypass it.
type Live = Exclude<SessionView, { state: 'signed-out' }>
const NOW = Date.parse('2026-12-07T12:00:00Z')

function card(view: Live) {
  const { client } = fakeClient({})
  render(
    <ClientContext.Provider value={client}>
      <SessionCard
        view={view}
        session={{ busy: false, run: async () => undefined } as unknown as SessionHook}
        now={NOW}
      />
    </ClientContext.Provider>,
  )
}

afterEach(cleanup)

describe('the session card and the MFA bypass', () => {
  it('says the MFA is bypassed here and will not be in production', () => {
    card({ ...(activeView(NOW, { step: 'idle' }) as Live), mfaBypass: true })
    const note = screen.getByTestId('session-mfa-bypass').textContent ?? ''
    expect(note).toMatch(/MFA is bypassed for this organization with this developer key/)
    expect(note).toMatch(/will not bypass them in production/)
  })

  it('says nothing when BILL reports no bypass, or has not said yet', () => {
    card({ ...(activeView(NOW, { step: 'idle' }) as Live), mfaBypass: false })
    expect(screen.queryByTestId('session-mfa-bypass')).toBeNull()
    cleanup()
    card(activeView(NOW, { step: 'idle' }) as Live)
    expect(screen.queryByTestId('session-mfa-bypass')).toBeNull()
    expect(screen.getByTestId('session-trusted')).toBeTruthy()
  })
})
