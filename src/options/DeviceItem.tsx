import { daysLeft, type TrustedDeviceView } from '../shared/profiles/devices.ts'

interface DeviceItemProps {
  device: TrustedDeviceView
  now: number
  onForget: () => void
  onExport: () => void
}

const date = (ms: number) => new Date(ms).toLocaleDateString(undefined, { dateStyle: 'medium' })

export function DeviceItem({ device, now, onForget, onExport }: DeviceItemProps) {
  const left = daysLeft(device, now)
  return (
    <li class="device-item" data-testid="device-item" data-device-id={device.id}>
      <div>
        <strong>{device.profileName ?? 'Deleted profile'}</strong> <span class="tag">{device.api}</span>
        <p class="muted">
          {device.machineName} · remembered {date(device.issuedAt)} · until {date(device.expiresAt)}
        </p>
      </div>
      <span class="days-left" data-testid="device-days-left">
        {left === 1 ? '1 day left' : `${left} days left`}
      </span>
      <button
        type="button"
        data-testid="device-export-open"
        aria-label={`Export this remembered device for ${device.profileName ?? 'the deleted profile'} (${device.api})`}
        onClick={onExport}
      >
        Export…
      </button>
      <button
        type="button"
        data-testid="device-forget"
        aria-label={`Forget this browser for ${device.profileName ?? 'the deleted profile'} (${device.api})`}
        onClick={onForget}
      >
        Forget
      </button>
    </li>
  )
}
