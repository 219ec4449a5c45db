import type { FlaggedRequest } from '../shared/protocol/traffic.ts'
import './flagged.css'
import { t } from '../ui/i18n/t.ts'
import { useFlaggedRequests } from './useFlaggedRequests.ts'

const timeFormat = new Intl.DateTimeFormat(undefined, {
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
})

function FlaggedItem({ item }: { item: FlaggedRequest }) {
  return (
    <li
      class={`flagged severity-${item.severity}`}
      data-testid="flagged-request"
      data-rule-id={item.ruleId}
      data-endpoint={item.endpoint}
    >
      <div class="row spread-inline">
        <code>
          {item.method} {item.endpoint}
        </code>
        <time class="muted small" dateTime={new Date(item.time).toISOString()}>
          {timeFormat.format(item.time)}
        </time>
      </div>
      <p class="small muted">
        {item.pageOrigin ? t('flaggedFrom', { origin: item.pageOrigin }) : t('flaggedFromAPage')}
        {item.proxied ? t('flaggedViaProxy') : ''} · <span data-testid="flagged-rule">{item.ruleId}</span>
      </p>
      <p class="small">{item.message}</p>
      {item.fix ? <p class="small fix">{t('flaggedFix', { fix: item.fix })}</p> : null}
    </li>
  )
}

/** "Deprecated calls seen": BILL calls from any tab that the rules flagged, since the browser started. */
export function FlaggedRequests() {
  const { list, error, clear } = useFlaggedRequests()
  if (!list) return null
  return (
    <section class="flagged-section stack" aria-labelledby="flagged-heading" data-testid="flagged-requests">
      <div class="row spread-inline">
        <h2 id="flagged-heading">{t('flaggedTitle')}</h2>
        {list.items.length > 0 ? (
          <button type="button" class="link" data-testid="flagged-clear" onClick={() => void clear()}>
            {t('clear')}
          </button>
        ) : null}
      </div>
      {list.items.length === 0 ? (
        <p class="small muted">{t('flaggedNone')}</p>
      ) : (
        // Focusable: the list scrolls, and keyboard users must be able to scroll it.
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region needs keyboard access (axe scrollable-region-focusable)
        <ol class="flagged-list" aria-label={t('flaggedListLabel')} tabIndex={0}>
          {list.items.map((item) => (
            <FlaggedItem key={item.id} item={item} />
          ))}
        </ol>
      )}
      {error ? <p class="small error-text">{error.message}</p> : null}
    </section>
  )
}
