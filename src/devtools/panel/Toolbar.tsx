import type { SeverityCounts } from '../../shared/rules/index.ts'
import type { ApiFilter, RowFilter } from './filter-rows.ts'

interface Props {
  /** The live capture (preserve log, clear); false for a HAR file's rows. */
  live: boolean
  filter: RowFilter
  onFilter(change: Partial<RowFilter>): void
  preserveLog: boolean
  onPreserveLog(preserve: boolean): void
  onClear(): void
  counts: SeverityCounts
  shown: number
  size: number
  capacity: number
}

const number = (n: number) => n.toLocaleString('en-US')
const plural = (n: number, word: string) => `${number(n)} ${word}${n === 1 ? '' : 's'}`

export function Toolbar({
  live,
  filter,
  onFilter,
  preserveLog,
  onPreserveLog,
  onClear,
  counts,
  shown,
  size,
  capacity,
}: Props) {
  return (
    <div class="toolbar" role="toolbar" aria-label="Filters">
      <input
        type="search"
        data-testid="filter-input"
        placeholder="Filter: URL, endpoint, body"
        aria-label="Filter by URL, endpoint name or body text"
        value={filter.text}
        onInput={(e) => onFilter({ text: e.currentTarget.value })}
      />
      <label>
        <input
          type="checkbox"
          data-testid="issues-only"
          checked={filter.issuesOnly}
          onChange={(e) => onFilter({ issuesOnly: e.currentTarget.checked })}
        />{' '}
        Issues only
      </label>
      <label>
        API{' '}
        <select
          data-testid="api-filter"
          value={filter.api}
          onChange={(e) => onFilter({ api: e.currentTarget.value as ApiFilter })}
        >
          <option value="all">all</option>
          <option value="v3">v3</option>
          <option value="v2">v2</option>
        </select>
      </label>
      <label title="Also list requests that are not BILL's">
        <input
          type="checkbox"
          data-testid="show-all"
          checked={filter.showAll}
          onChange={(e) => onFilter({ showAll: e.currentTarget.checked })}
        />{' '}
        Show all
      </label>
      {live && (
        <>
          <label>
            <input
              type="checkbox"
              data-testid="preserve-log"
              checked={preserveLog}
              onChange={(e) => onPreserveLog(e.currentTarget.checked)}
            />{' '}
            Preserve log
          </label>
          <button type="button" data-testid="clear-log" onClick={onClear}>
            Clear
          </button>
        </>
      )}
      <span
        class="counts"
        data-testid="counts"
        data-errors={counts.error}
        data-warnings={counts.warning}
        data-infos={counts.info}
      >
        <span class="count error">{plural(counts.error, 'error')}</span>
        <span class="count warning">{plural(counts.warning, 'warning')}</span>
        <span class="count info">{plural(counts.info, 'info')}</span>
      </span>
      <span
        class="muted size"
        data-testid="capture-size"
        data-shown={shown}
        data-size={size}
        title="Shown / kept (the oldest requests go beyond the limit)"
      >
        {number(shown)} shown · {number(size)} / {number(capacity)} kept
      </span>
    </div>
  )
}
