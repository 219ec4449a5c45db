// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact'
import { afterEach, describe, expect, it } from 'vitest'
import { ImportProfiles } from '../../../src/options/ImportProfiles.tsx'
import { ClientContext } from '../../../src/ui/client.ts'
import { fakeClient } from '../ui/fake-client.ts'
import { PROFILE } from '../ui/views.ts'

function renderImport() {
  const announced: string[] = []
  const fake = fakeClient({
    importProfiles: () => ({ imported: [], updated: [PROFILE], problems: [], needsAccess: [] }),
  })
  render(
    <ClientContext.Provider value={fake.client}>
      <ImportProfiles announce={(m) => announced.push(m)} onImported={async () => undefined} />
    </ClientContext.Provider>,
  )
  return { fake, announced }
}

afterEach(cleanup)

describe('importing profiles in the options page', () => {
  it('refuses a file over 1 MB before reading or sending it', async () => {
    const { fake, announced } = renderImport()
    const file = new File(['{}'], 'huge.json', { type: 'application/json' })
    Object.defineProperty(file, 'size', { value: 20_000_000 })
    const input = screen.getByTestId('profiles-import-file')
    Object.defineProperty(input, 'files', { value: [file], configurable: true })
    fireEvent.change(input)
    const message = 'Too large to import (20 MB): a profiles export is at most 1 MB.'
    await waitFor(() => expect(screen.getByTestId('profiles-import-result').textContent).toBe(message))
    expect(announced).toEqual([message])
    expect(fake.names()).not.toContain('importProfiles')
  })

  it('refuses pasted JSON over 1 MB in UTF-8, and sends what fits', async () => {
    const { fake } = renderImport()
    const box = screen.getByTestId('profiles-import-json')
    fireEvent.input(box, { target: { value: `{"x":"${'é'.repeat(500_001)}"}` } })
    fireEvent.click(screen.getByTestId('profiles-import'))
    await waitFor(() =>
      expect(screen.getByTestId('profiles-import-result').textContent).toContain(
        'Too large to import (1.1 MB)',
      ),
    )
    expect(fake.names()).not.toContain('importProfiles')

    fireEvent.input(box, { target: { value: '{"format":"bill-sandbox-companion/profiles"}' } })
    fireEvent.click(screen.getByTestId('profiles-import'))
    await waitFor(() =>
      expect(screen.getByTestId('profiles-import-result').textContent).toBe(
        'Imported 1 profile (1 already here: updated).',
      ),
    )
    expect(fake.names()).toContain('importProfiles')
  })
})
