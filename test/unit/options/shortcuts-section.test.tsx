// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact'
import { afterEach, describe, expect, it } from 'vitest'
import { ShortcutsSection } from '../../../src/options/ShortcutsSection.tsx'
import { ClientContext } from '../../../src/ui/client.ts'
import { fakeClient } from '../ui/fake-client.ts'

afterEach(cleanup)

describe('options: keyboard shortcuts', () => {
  it('lists each command with its current keys, says which has none, and opens the browser’s page', async () => {
    const fake = fakeClient(
      {},
      {
        shortcuts: async () => [
          { name: '_execute_action', description: 'Open the popup', shortcut: 'Alt+Shift+K' },
          { name: 'send-mfa-code', description: 'Send the MFA code by SMS', shortcut: '' },
        ],
      },
    )
    render(
      <ClientContext.Provider value={fake.client}>
        <ShortcutsSection />
      </ClientContext.Provider>,
    )
    await waitFor(() => expect(screen.getAllByTestId('shortcut')).toHaveLength(2))
    const [popup, mfa] = screen.getAllByTestId('shortcut')
    expect(popup?.textContent).toBe('Open the popupAlt+Shift+K')
    expect(mfa?.textContent).toBe('Send the MFA code by SMSnot set')
    fireEvent.click(screen.getByTestId('open-shortcut-settings'))
    expect(fake.opened).toEqual(['shortcuts'])
  })
})
