import type { SeverityCounts } from '../../shared/rules/index.ts'
import { type MessageKey, t } from '../../ui/i18n/t.ts'
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
/** "1 error", "3 warnings": the count and its word, one key each for one and many. */
const count = (n: number, one: MessageKey, many: MessageKey) => t(n === 1 ? one : many, { count: number(n) })

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
    <div class="toolbar" role="toolbar" aria-label={t('filters')}>
      <input
        type="search"
        data-testid="filter-input"
        placeholder={t('filterPlaceholder')}
        aria-label={t('filterLabel')}
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
        {t('issuesOnly')}
      </label>
      <label>
        {t('api')}{' '}
        <select
          data-testid="api-filter"
          value={filter.api}
          onChange={(e) => onFilter({ api: e.currentTarget.value as ApiFilter })}
        >
          <option value="all">{t('apiAll')}</option>
          <option value="v3">v3</option>
          <option value="v2">v2</option>
        </select>
      </label>
      <label title={t('showAllTitle')}>
        <input
          type="checkbox"
          data-testid="show-all"
          checked={filter.showAll}
          onChange={(e) => onFilter({ showAll: e.currentTarget.checked })}
        />{' '}
        {t('showAll')}
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
            {t('preserveLog')}
          </label>
          <button type="button" data-testid="clear-log" onClick={onClear}>
            {t('clear')}
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
        <span class="count error">{count(counts.error, 'oneError', 'errors')}</span>
        <span class="count warning">{count(counts.warning, 'oneWarning', 'warnings')}</span>
        <span class="count info">{count(counts.info, 'oneInfo', 'infos')}</span>
      </span>
      <span
        class="muted size"
        data-testid="capture-size"
        data-shown={shown}
        data-size={size}
        title={t('captureSizeTitle')}
      >
        {t('captureSize', { shown: number(shown), size: number(size), capacity: number(capacity) })}
      </span>
    </div>
  )
}
