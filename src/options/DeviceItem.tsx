import { daysLeft, type TrustedDeviceView } from '../shared/profiles/devices.ts'
import { t } from '../ui/i18n/t.ts'
import { deviceOwner } from './device-owner.ts'

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
        <strong>{device.profileName ?? t('deletedProfile')}</strong> <span class="tag">{device.api}</span>
        <p class="muted">
          {t('deviceDates', {
            machine: device.machineName,
            issued: date(device.issuedAt),
            expires: date(device.expiresAt),
          })}
        </p>
      </div>
      <span class="days-left" data-testid="device-days-left">
        {left === 1 ? t('oneDayLeft') : t('daysLeft', { count: left })}
      </span>
      <button
        type="button"
        data-testid="device-export-open"
        aria-label={t('deviceExportOpenLabel', { who: deviceOwner(device) })}
        onClick={onExport}
      >
        {t('deviceExportOpen')}
      </button>
      <button
        type="button"
        data-testid="device-forget"
        aria-label={t('deviceForgetLabel', { who: deviceOwner(device) })}
        onClick={onForget}
      >
        {t('deviceForget')}
      </button>
    </li>
  )
}
