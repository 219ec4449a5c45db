// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact'
import { afterEach, describe, expect, it } from 'vitest'
import { PopupApp } from '../../../src/popup/PopupApp.tsx'
import { appError } from '../../../src/shared/protocol/index.ts'
import type { SessionView } from '../../../src/shared/session/view.ts'
import { ClientContext } from '../../../src/ui/client.ts'
import { type Answers, fakeClient } from '../ui/fake-client.ts'
import { activeView, PROFILE, SIGNED_OUT } from '../ui/views.ts'

const byTestId = (id: string) => screen.getByTestId(id)
const state = () => byTestId('session-state').getAttribute('data-state')

function renderPopup(answers: Answers) {
  // The popup reads the session with confirmSession as it opens, and with getSession after a failed action.
  const read = answers.getSession ?? (() => SIGNED_OUT)
  const fake = fakeClient({
    listProfiles: () => ({ profiles: [PROFILE], activeProfileId: PROFILE.id }),
    getSession: read,
    // Either a view or a Reply: the fake client tells them apart.
    confirmSession: (p) => read(p) as SessionView,
    ...answers,
  })
  render(
    <ClientContext.Provider value={fake.client}>
      <PopupApp />
    </ClientContext.Provider>,
  )
  return fake
}

afterEach(cleanup)

describe('popup with a fake background', () => {
  it('signs in with the typed password and shows the MFA step from the answer, without re-asking', async () => {
    const fake = renderPopup({ signIn: () => activeView(Date.now(), { step: 'idle' }) })
    await waitFor(() => expect(state()).toBe('signed-out'))
    fireEvent.input(byTestId('signin-secret'), { target: { value: 'hunter2' } })
    fireEvent.click(byTestId('signin-submit'))
    await waitFor(() => expect(state()).toBe('active'))
    expect(byTestId('mfa-send')).toBeTruthy()
    expect(fake.calls.find((c) => c.name === 'signIn')?.params).toEqual({
      profileId: 'p1',
      secret: 'hunter2',
    })
    expect(fake.names().filter((n) => n === 'confirmSession')).toHaveLength(1)
    expect(fake.names()).not.toContain('getSession')
  })

  it('applies the view a sessionChanged event carries, with no getSession round trip', async () => {
    const fake = renderPopup({ getSession: () => activeView(Date.now(), { step: 'idle' }) })
    await waitFor(() => expect(state()).toBe('active'))
    expect(fake.listening('sessionChanged')).toBe(1)
    fake.emit('sessionChanged', activeView(Date.now(), { step: 'challenge-sent', sentAt: Date.now() }))
    await waitFor(() => expect(byTestId('mfa-code')).toBeTruthy())
    fake.emit('sessionChanged', SIGNED_OUT)
    await waitFor(() => expect(state()).toBe('signed-out'))
    expect(fake.names().filter((n) => n === 'confirmSession')).toHaveLength(1)
    expect(fake.names()).not.toContain('getSession')
  })

  it('sends the sixth digit as it is typed, with "remember" on by default', async () => {
    const now = Date.now()
    const fake = renderPopup({
      getSession: () => activeView(now, { step: 'challenge-sent', sentAt: now }),
      verifyMfaCode: () => activeView(now, { step: 'trusted', remembered: true }),
    })
    await waitFor(() => expect(byTestId('mfa-code')).toBeTruthy())
    fireEvent.input(byTestId('mfa-code'), { target: { value: '123 456' } })
    await waitFor(() => expect(byTestId('session-trusted')).toBeTruthy())
    expect(fake.calls.find((c) => c.name === 'verifyMfaCode')?.params).toEqual({
      code: '123456',
      remember: true,
    })
  })

  it('shows a refused sign-in as an alert, keeps the form, and re-reads the session once', async () => {
    const fake = renderPopup({
      signIn: () => ({ ok: false, error: appError('invalid-input', 'BILL did not accept the password.') }),
    })
    await waitFor(() => expect(state()).toBe('signed-out'))
    fireEvent.input(byTestId('signin-secret'), { target: { value: 'wrong' } })
    fireEvent.click(byTestId('signin-submit'))
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('did not accept'))
    expect(state()).toBe('signed-out')
    expect(fake.names().filter((n) => n === 'getSession')).toHaveLength(1)
  })

  it('shows the active profile the background pushes, until the user picks one; then signs in to the pick', async () => {
    const other = { ...PROFILE, id: 'p2', name: 'Other org' }
    const fake = renderPopup({
      listProfiles: () => ({ profiles: [PROFILE, other], activeProfileId: PROFILE.id }),
      setActiveProfile: ({ id }) => ({ activeProfileId: id }),
      signIn: () => ({
        ok: false,
        error: appError('invalid-credentials', 'BILL did not accept the password.'),
      }),
    })
    const picker = () => (byTestId('profile-select') as HTMLSelectElement).value
    await waitFor(() => expect(picker()).toBe('p1'))
    fake.emit('activeProfileChanged', { activeProfileId: 'p2' })
    await waitFor(() => expect(picker()).toBe('p2'))
    fireEvent.change(byTestId('profile-select'), { target: { value: 'p1' } })
    fake.emit('activeProfileChanged', { activeProfileId: 'p2' })
    fireEvent.input(byTestId('signin-secret'), { target: { value: 'wrong' } })
    fireEvent.click(byTestId('signin-submit'))
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('did not accept'))
    expect(picker()).toBe('p1')
    expect(fake.calls.filter((c) => c.name === 'signIn').map((c) => c.params)).toEqual([
      { profileId: 'p1', secret: 'wrong' },
    ])
  })

  it('stops listening when the popup closes', async () => {
    const fake = renderPopup({})
    await waitFor(() => expect(state()).toBe('signed-out'))
    expect(fake.listening('sessionChanged')).toBe(1)
    cleanup()
    await waitFor(() => expect(fake.listening('sessionChanged')).toBe(0))
  })
})
