// @vitest-environment happy-dom
import { cleanup, fireEvent, render } from '@testing-library/preact'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { ErrorNote } from '../../../src/popup/ErrorNote.tsx'
import { appError } from '../../../src/shared/protocol/index.ts'

afterEach(cleanup)

describe('the popup’s error note', () => {
  it('offers to grant access when the profile’s host is not granted', () => {
    const grant = vi.fn()
    const view = render(
      <ErrorNote error={appError('host-not-granted', 'No access to x.test.')} onGrantAccess={grant} />,
    )
    expect(view.getByTestId('error').dataset.kind).toBe('host-not-granted')
    fireEvent.click(view.getByTestId('error-grant-access'))
    expect(grant).toHaveBeenCalledTimes(1)
    expect(view.queryByTestId('error-open-settings')).toBeNull()
  })

  it('points to the base URL after a refused redirect, and offers nothing for other errors', () => {
    const settings = vi.fn()
    const redirected = render(
      <ErrorNote
        error={appError('redirected', 'Redirected.')}
        onOpenSettings={settings}
        onGrantAccess={vi.fn()}
      />,
    )
    fireEvent.click(redirected.getByTestId('error-open-settings'))
    expect(settings).toHaveBeenCalledTimes(1)
    expect(redirected.queryByTestId('error-grant-access')).toBeNull()
    cleanup()
    const other = render(<ErrorNote error={appError('interrupted', 'Restarted.')} onGrantAccess={vi.fn()} />)
    expect(other.queryByRole('button')).toBeNull()
  })
})
