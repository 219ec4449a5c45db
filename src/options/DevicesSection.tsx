import { useCallback, useEffect, useState } from 'preact/hooks'
import type { TrustedDeviceView } from '../shared/profiles/devices.ts'
import { useClient } from '../ui/client.ts'
import { t } from '../ui/i18n/t.ts'
import { DeviceExport } from './DeviceExport.tsx'
import { DeviceItem } from './DeviceItem.tsx'

/** Browsers BILL remembers after MFA with “remember me”: 30 days without an SMS for that profile. */
export function DevicesSection({ announce }: { announce: (message: string) => void }) {
  const client = useClient()
  const [devices, setDevices] = useState<TrustedDeviceView[] | null>(null)
  const [error, setError] = useState('')
  const [exporting, setExporting] = useState<TrustedDeviceView | null>(null)
  const load = useCallback(async () => {
    const reply = await client.call('listTrustedDevices', undefined)
    if (reply.ok) setDevices(reply.result)
    else setError(reply.error.message)
  }, [client])
  useEffect(() => {
    void load()
  }, [load])

  async function forget(device: TrustedDeviceView) {
    if (exporting?.id === device.id) setExporting(null)
    const reply = await client.call('forgetTrustedDevice', { id: device.id })
    announce(reply.ok ? t('deviceForgotten') : reply.error.message)
    await load()
  }

  const now = Date.now()
  return (
    <section aria-labelledby="devices-heading">
      <h2 id="devices-heading">{t('devicesTitle')}</h2>
      <p class="muted">{t('devicesIntro')}</p>
      {error && <p class="error-text">{error}</p>}
      {devices?.length === 0 && <p data-testid="devices-empty">{t('devicesNone')}</p>}
      <ul class="device-list">
        {devices?.map((d) => (
          <DeviceItem
            key={d.id}
            device={d}
            now={now}
            onForget={() => void forget(d)}
            onExport={() => setExporting(d)}
          />
        ))}
      </ul>
      {exporting && (
        <DeviceExport
          key={exporting.id}
          device={exporting}
          now={now}
          announce={announce}
          onClose={() => setExporting(null)}
        />
      )}
    </section>
  )
}
