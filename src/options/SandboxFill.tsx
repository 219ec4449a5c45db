import { useEffect, useState } from 'preact/hooks'
import { t } from '../ui/i18n/t.ts'
import type { ProfileDraft } from './profile-draft.ts'
import { type SandboxFill as Fill, readSandboxFill } from './sandbox-accounts.ts'

interface SandboxFillProps {
  /** The form's v3 base URL: the sandbox is read at its origin. */
  v3Base: string
  onFill: (patch: Partial<ProfileDraft>) => void
  /** Reads the sandbox; injected by tests, the page's fetch otherwise. */
  read?: (v3Base: string) => Promise<Fill>
}

const readWithFetch = (v3Base: string) => readSandboxFill(v3Base, fetch)

/**
 * The local preset's link to the running sandbox: on opening, and on request, fills the organization, the
 * user and the dev key from its seeded accounts, or says why it could not.
 */
export function SandboxFill({ v3Base, onFill, read = readWithFetch }: SandboxFillProps) {
  const [note, setNote] = useState('')
  const [reading, setReading] = useState(false)

  async function fill(base: string) {
    setReading(true)
    const got = await read(base)
    setReading(false)
    if (!got.ok) return setNote(got.message)
    onFill(got.patch)
    setNote(t('sandboxFilled', { origin: new URL(got.patch.v3Base ?? base).origin, user: got.username }))
  }

  // Once, when the preset opens, with the URL it opens with.
  useEffect(() => {
    void fill(v3Base)
  }, [])

  return (
    <div class="field sandbox-fill">
      <button
        type="button"
        data-testid="profile-sandbox-fill"
        disabled={reading}
        onClick={() => void fill(v3Base)}
      >
        {t(reading ? 'sandboxReading' : 'sandboxFill')}
      </button>
      <p class="hint muted" role="status" data-testid="profile-sandbox-note">
        {note}
      </p>
    </div>
  )
}
