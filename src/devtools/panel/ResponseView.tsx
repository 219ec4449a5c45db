import type { ExplainedBillError } from '../../shared/bill/bdc-codes.ts'
import { explainBillErrors } from '../../shared/bill/bdc-codes.ts'
import type { NormalizedResponse } from '../../shared/har/request.ts'
import { responseText } from '../../shared/har/response-text.ts'
import type { KnownSecrets } from '../../shared/redact/index.ts'
import type { Finding } from '../../shared/rules/index.ts'
import { billErrors } from '../../shared/rules/response-errors.ts'
import { t } from '../../ui/i18n/t.ts'
import { MarkedText } from './MarkedText.tsx'
import { textView } from './marked-views.ts'

export function BillErrorTable({ errors }: { errors: readonly ExplainedBillError[] }) {
  return (
    <table class="bill-errors" data-testid="bill-errors">
      <thead>
        <tr>
          <th scope="col">{t('code')}</th>
          <th scope="col">{t('billMessage')}</th>
          <th scope="col">{t('whatItMeans')}</th>
        </tr>
      </thead>
      <tbody>
        {errors.map((e, i) => (
          <tr key={`${e.code}:${i}`}>
            <td>
              <code>{e.code}</code>
            </td>
            <td>{e.message ?? ''}</td>
            <td>
              {e.meaning ?? t('codeUnknown')}
              {e.nextStep ? (
                <p class="next-step" data-testid="bill-error-next-step">
                  <strong>{t('nextStep')}</strong> {e.nextStep}
                </p>
              ) : null}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}

interface Props {
  response: NormalizedResponse | undefined
  findings: readonly Finding[]
  reveal: boolean
  secrets: KnownSecrets
}

/** BILL's answer decoded: its error codes with their meaning, why it refused, and the body. */
export function ResponseView({ response, findings, reveal, secrets }: Props) {
  if (!response) return <p class="muted">{t('noResponse')}</p>
  const text = responseText(response)
  const errors = explainBillErrors(billErrors(response))
  const rejection = findings.find((f) => f.ruleId === 'deprecated-field-rejected')
  return (
    <div data-testid="response">
      <p>
        HTTP <strong data-testid="response-status">{response.status}</strong>
        {errors.length === 0 ? '' : ` · ${errors.map((e) => e.code).join(', ')}`}
      </p>
      {rejection && (
        <p class="callout error" data-testid="rejection-cause">
          <strong>{t('refusedRemovedValue')}</strong> {rejection.message}
          {rejection.fix ? ` ${rejection.fix}` : ''}
        </p>
      )}
      {errors.length > 0 && <BillErrorTable errors={errors} />}
      {text === undefined || text === '' ? (
        <p class="muted">{t('noResponseBody')}</p>
      ) : (
        <pre class="code" data-testid="response-body">
          <MarkedText view={textView(text, [], 'body', secrets)} reveal={reveal} />
        </pre>
      )}
    </div>
  )
}
