import { useEffect, useRef, useState } from 'preact/hooks'
import { daysLeft, type TrustedDeviceExport, type TrustedDeviceView } from '../shared/profiles/devices.ts'
import { useClient } from '../ui/client.ts'
import { t } from '../ui/i18n/t.ts'
import { envLines, jsonObject } from './device-export.ts'
import { deviceOwner } from './device-owner.ts'

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

  const who = deviceOwner(device)
  const left = daysLeft(device, now)
  if (!exported)
    return (
      <fieldset class="banner danger-zone" data-testid="device-export">
        <legend>{t('deviceExportAsk')}</legend>
        <p data-testid="device-export-warning">
          {t('deviceExportWarning', {
            who,
            date: date(device.expiresAt),
            left: left === 1 ? t('oneDay') : t('days', { count: left }),
          })}
        </p>
        <div class="actions">
          <button
            type="button"
            class="danger"
            data-testid="device-export-confirm"
            onClick={() => void reveal()}
          >
            {t('deviceExportShow')}
          </button>
          <button type="button" ref={cancelRef} data-testid="device-export-cancel" onClick={onClose}>
            {t('cancel')}
          </button>
        </div>
      </fieldset>
    )
  return (
    <fieldset class="banner" data-testid="device-export">
      <legend>{t('deviceExportTitle', { who })}</legend>
      <label for="device-export-env">{t('deviceExportEnv')}</label>
      <textarea id="device-export-env" ref={envRef} readOnly rows={3} data-testid="device-export-env">
        {envLines(exported)}
      </textarea>
      <label for="device-export-json">JSON</label>
      <textarea id="device-export-json" readOnly rows={4} data-testid="device-export-json">
        {jsonObject(exported)}
      </textarea>
      <div class="actions">
        <button type="button" data-testid="device-export-close" onClick={onClose}>
          {t('done')}
        </button>
      </div>
    </fieldset>
  )
}
