// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact'
import { afterEach, describe, expect, it } from 'vitest'
import { PopupApp } from '../../../src/popup/PopupApp.tsx'
import { ClientContext } from '../../../src/ui/client.ts'
import { type AppHost, HostContext, hostOf } from '../../../src/ui/host.ts'
import { fakeClient } from '../ui/fake-client.ts'
import { activeView, PROFILE } from '../ui/views.ts'

function renderIn(host: AppHost, openSideView?: () => void) {
  const view = activeView(Date.now(), { step: 'idle' })
  const fake = fakeClient(
    {
      listProfiles: () => ({ profiles: [PROFILE], activeProfileId: PROFILE.id }),
      getSession: () => view,
      confirmSession: () => view,
    },
    openSideView ? { openSideView } : {},
  )
  render(
    <ClientContext.Provider value={fake.client}>
      <HostContext.Provider value={host}>
        <PopupApp />
      </HostContext.Provider>
    </ClientContext.Provider>,
  )
}

afterEach(cleanup)

describe('one app, two hosts', () => {
  it('offers "Open in side panel" in the popup, and opens it from the click', async () => {
    let opened = 0
    renderIn('popup', () => opened++)
    await waitFor(() => expect(screen.getByTestId('session-state').dataset.state).toBe('active'))
    // An icon, named by its words for screen readers and its tooltip.
    const button = screen.getByRole('button', { name: 'Open in side panel' })
    expect(button.dataset.testid).toBe('open-side-view')
    expect(button.title).toBe('Open in side panel')
    fireEvent.click(button)
    expect(opened).toBe(1)
  })

  it('shows the same session in the side view, without the button that would open itself', async () => {
    renderIn('side', () => {})
    await waitFor(() => expect(screen.getByTestId('session-state').dataset.state).toBe('active'))
    expect(screen.getByTestId('session-countdown').textContent).toMatch(/^(35:00|34:5\d)$/)
    expect(screen.queryByTestId('open-side-view')).toBeNull()
  })

  it('offers no button where the browser has no side view', async () => {
    renderIn('popup')
    await waitFor(() => expect(screen.getByTestId('session-state').dataset.state).toBe('active'))
    expect(screen.queryByTestId('open-side-view')).toBeNull()
  })

  it('reads the host the page names on <html data-host>, the popup otherwise', () => {
    const root = document.createElement('html')
    expect(hostOf(root)).toBe('popup')
    root.dataset.host = 'side'
    expect(hostOf(root)).toBe('side')
    root.dataset.host = 'tab'
    expect(hostOf(root)).toBe('popup')
  })
})
