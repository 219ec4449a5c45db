import { useEffect, useRef, useState } from 'preact/hooks'
import { daysLeft, type TrustedDeviceExport, type TrustedDeviceView } from '../shared/profiles/devices.ts'
import { useClient } from '../ui/client.ts'
import { envLines, jsonObject } from './device-export.ts'

interface DeviceExportProps {
  device: TrustedDeviceView
  now: number
  announce: (message: string) => void
  onClose: () => void
}

const date = (ms: number) => new Date(ms).toLocaleDateString(undefined, { dateStyle: 'medium' })

/**
 * Exports a remembered device for an unattended integration, after a confirmation that says what it grants.
 * The values are fetched only once the user confirmed, and dropped when the panel closes.
 */
export function DeviceExport({ device, now, announce, onClose }: DeviceExportProps) {
  const client = useClient()
  const [exported, setExported] = useState<TrustedDeviceExport | null>(null)
  const cancelRef = useRef<HTMLButtonElement>(null)
  const envRef = useRef<HTMLTextAreaElement>(null)
  // Focus the safe choice first, then the values once shown.
  useEffect(() => {
    if (exported) envRef.current?.focus()
    else cancelRef.current?.focus()
  }, [exported])

  async function reveal() {
    const reply = await client.call('exportTrustedDevice', { id: device.id })
    if (reply.ok) setExported(reply.result)
    else {
      announce(reply.error.message)
      onClose()
    }
  }

  const who = `${device.profileName ?? 'the deleted profile'} (${device.api})`
  const left = daysLeft(device, now)
  if (!exported)
    return (
      <fieldset class="banner danger-zone" data-testid="device-export">
        <legend>Export this remembered device?</legend>
        <p data-testid="device-export-warning">
          Anyone with these values can sign in to BILL as {who} without an SMS code until{' '}
          {date(device.expiresAt)} ({left === 1 ? '1 day' : `${left} days`} left), and run what needs MFA:
          payments, bank accounts, auto-pay. Keep them where you keep passwords (a CI secret), never in code.
        </p>
        <div class="actions">
          <button
            type="button"
            class="danger"
            data-testid="device-export-confirm"
            onClick={() => void reveal()}
          >
            Show the values
          </button>
          <button type="button" ref={cancelRef} data-testid="device-export-cancel" onClick={onClose}>
            Cancel
          </button>
        </div>
      </fieldset>
    )
  return (
    <fieldset class="banner" data-testid="device-export">
      <legend>Remembered device for {who}</legend>
      <label for="device-export-env">.env lines</label>
      <textarea id="device-export-env" ref={envRef} readOnly rows={3} data-testid="device-export-env">
        {envLines(exported)}
      </textarea>
      <label for="device-export-json">JSON</label>
      <textarea id="device-export-json" readOnly rows={4} data-testid="device-export-json">
        {jsonObject(exported)}
      </textarea>
      <div class="actions">
        <button type="button" data-testid="device-export-close" onClick={onClose}>
          Done
        </button>
      </div>
    </fieldset>
  )
}
