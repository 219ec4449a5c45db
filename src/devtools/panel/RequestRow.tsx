import { type KnownSecrets, redactUrl } from '../../shared/redact/index.ts'
import { t } from '../../ui/i18n/t.ts'
import type { AnalyzedRequest } from './analyze.ts'

export const ROW_HEIGHT = 24

const pad = (n: number, width = 2) => String(n).padStart(width, '0')

/** Local wall-clock time with milliseconds, as DevTools' own network log shows it. */
function clockTime(ms: number): string {
  if (ms === 0) return '—'
  const d = new Date(ms)
  return `${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}.${pad(d.getMilliseconds(), 3)}`
}

/** The row's path (BILL's, or host and path), redacted like the exports: `;` parameters, known secrets. */
export function rowPath(row: AnalyzedRequest, secrets: KnownSecrets): string {
  if (row.target) return redactUrl(row.target.pathname, secrets)
  try {
    const u = new URL(row.captured.request.url)
    return redactUrl(`${u.host}${u.pathname}`, secrets)
  } catch {
    return redactUrl(row.captured.request.url, secrets)
  }
}

/** The tooltip: the whole URL, redacted like the exports. */
export const rowTitle = (row: AnalyzedRequest, secrets: KnownSecrets) =>
  redactUrl(row.captured.request.url, secrets)

const SEVERITY_LABEL = { error: 'severityError', warning: 'severityWarning', info: 'severityInfo' } as const

interface Props {
  row: AnalyzedRequest
  index: number
  active: boolean
  selected: boolean
  onSelect(index: number): void
  onKeyDown(event: KeyboardEvent): void
  secrets: KnownSecrets
}

export function RequestRow({ row, index, active, selected, onSelect, onKeyDown, secrets }: Props) {
  const { captured, target } = row
  const endpoint = target?.endpoint
  const bad = captured.status >= 400 || captured.status === 0
  return (
    <tr
      class={`request-row sev-${row.severity}`}
      data-testid="request-row"
      data-index={index}
      data-severity={row.severity}
      data-endpoint={endpoint?.id ?? ''}
      data-rules={row.findings.map((f) => f.ruleId).join(' ')}
      aria-rowindex={index + 2}
      aria-selected={selected}
      tabIndex={active ? 0 : -1}
      onClick={() => onSelect(index)}
      onKeyDown={onKeyDown}
    >
      <td class="c-time">{clockTime(captured.startedAt)}</td>
      <td class="c-method">{captured.request.method}</td>
      <td class="c-endpoint" title={rowTitle(row, secrets)}>
        <span class="path">{rowPath(row, secrets)}</span>
        {endpoint && <span class="endpoint-name">{endpoint.name}</span>}
      </td>
      <td class="c-api">{target?.api ?? ''}</td>
      <td class={`c-status${bad ? ' bad' : ''}`}>{captured.status || '—'}</td>
      <td class="c-duration">
        {captured.durationMs === undefined
          ? ''
          : t('milliseconds', { count: Math.round(captured.durationMs) })}
      </td>
      <td class="c-severity">
        {row.severity !== 'none' && (
          <span class={`marker ${row.severity}`} title={t('findingCount', { count: row.findings.length })}>
            <span aria-hidden="true">●</span> {t(SEVERITY_LABEL[row.severity])}
          </span>
        )}
      </td>
    </tr>
  )
}
