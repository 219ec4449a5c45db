import { type KnownSecrets, redactUrl } from '../../shared/redact/index.ts'
import { parseBody } from '../../shared/rules/index.ts'
import { t } from '../../ui/i18n/t.ts'
import type { AnalyzedRequest } from './analyze.ts'
import { correctedRequest } from './corrected-request.ts'
import { FindingList } from './FindingList.tsx'
import { MarkedText } from './MarkedText.tsx'
import { urlView, valueView } from './marked-views.ts'
import { ReplayBox } from './ReplayBox.tsx'
import { RequestBodyView } from './RequestBodyView.tsx'
import { ResponseView } from './ResponseView.tsx'

interface Props {
  row: AnalyzedRequest
  reveal: boolean
  onToggleReveal(): void
  onCopyCurl(): void
  copyNote: string
  onClose(): void
  /** The capture's known secrets, masked wherever they appear. */
  secrets: KnownSecrets
}

/** One request: findings, the body with the flagged field highlighted in place, BILL's answer, the fix. */
export function DetailPane({ row, reveal, onToggleReveal, onCopyCurl, copyNote, onClose, secrets }: Props) {
  const { request } = row.captured
  const corrected = correctedRequest(row)
  return (
    <section class="detail" data-testid="detail" aria-label={t('requestDetails')}>
      <header class="detail-head">
        <p class="detail-title">
          <strong>{request.method}</strong>{' '}
          {row.target?.endpoint?.name ??
            (row.target ? redactUrl(row.target.pathname, secrets) : t('notABillCall'))}
        </p>
        <p class="detail-actions">
          <button type="button" data-testid="reveal-secrets" aria-pressed={reveal} onClick={onToggleReveal}>
            {t(reveal ? 'hideSecrets' : 'revealSecrets')}
          </button>
          <button type="button" data-testid="copy-curl" onClick={onCopyCurl}>
            {t('copyAsCurlPanel')}
          </button>
          <button type="button" data-testid="close-detail" onClick={onClose} aria-label={t('closeDetails')}>
            ✕
          </button>
        </p>
        {copyNote && (
          <p class="muted" role="status" data-testid="copy-status">
            {copyNote}
          </p>
        )}
        <p class="url" data-testid="request-url">
          <MarkedText view={urlView(request.url, row.findings, secrets)} reveal={reveal} />
        </p>
      </header>

      <h2>{t('findings')}</h2>
      <FindingList findings={row.findings} />
      {corrected && <ReplayBox key={row.captured.key} corrected={corrected} />}

      <h2>{t('requestBody')}</h2>
      <RequestBodyView body={parseBody(request)} findings={row.findings} reveal={reveal} secrets={secrets} />

      <details class="headers">
        <summary>{t('requestHeaders', { count: request.headers.length })}</summary>
        <dl class="form-fields">
          {request.headers.map((h, i) => (
            <div key={`${h.name}:${i}`} class="form-field">
              <dt>{h.name}</dt>
              <dd>
                <MarkedText view={valueView(h.name, h.value, secrets)} reveal={reveal} />
              </dd>
            </div>
          ))}
        </dl>
      </details>

      <h2>{t('response')}</h2>
      <ResponseView response={request.response} findings={row.findings} reveal={reveal} secrets={secrets} />
    </section>
  )
}
