import { useState } from 'preact/hooks'
import { t } from '../../ui/i18n/t.ts'

export type ReportFormat = 'markdown' | 'json'

interface Props {
  raw: boolean
  onRaw(raw: boolean): void
  onExportReport(format: ReportFormat): void
  onExportHar(): void
  /** While a HAR export runs its button waits, and `harStatus` says how far it got. */
  harBusy?: boolean
  harStatus?: string
  disabled: boolean
}

/** Exports of the rows shown; redacted unless "include secrets" is ticked, which lasts for one export. */
export function ExportControls({
  raw,
  onRaw,
  onExportReport,
  onExportHar,
  harBusy = false,
  harStatus = '',
  disabled,
}: Props) {
  const [format, setFormat] = useState<ReportFormat>('markdown')
  return (
    <div class="toolbar exports" role="toolbar" aria-label={t('exportTitle')}>
      <label>
        {t('report')}{' '}
        <select
          data-testid="report-format"
          value={format}
          onChange={(e) => setFormat(e.currentTarget.value as ReportFormat)}
        >
          <option value="markdown">Markdown</option>
          <option value="json">JSON</option>
        </select>
      </label>
      <button
        type="button"
        data-testid="export-report"
        disabled={disabled}
        onClick={() => onExportReport(format)}
      >
        {t('exportFindings')}
      </button>
      <button type="button" data-testid="export-har" disabled={disabled || harBusy} onClick={onExportHar}>
        {t('exportHar')}
      </button>
      <span role="status" class="export-progress" data-testid="export-progress">
        {harStatus}
      </span>
      <label>
        <input
          type="checkbox"
          data-testid="include-raw"
          checked={raw}
          onChange={(e) => onRaw(e.currentTarget.checked)}
        />{' '}
        {t('includeSecrets')}
      </label>
      {raw && (
        <span class="warning-text" role="alert" data-testid="raw-warning">
          {t('includeSecretsWarning')}
        </span>
      )}
    </div>
  )
}
