import type { KnownSecrets } from '../../shared/redact/index.ts'
import type { Finding, ParsedBody } from '../../shared/rules/index.ts'
import { t } from '../../ui/i18n/t.ts'
import { MarkedText } from './MarkedText.tsx'
import { bodyLayout } from './marked-views.ts'

interface Props {
  body: ParsedBody
  findings: readonly Finding[]
  reveal: boolean
  secrets: KnownSecrets
}

/**
 * The request body as BILL reads it: v2 form fields with `data` decoded; anything else (JSON, also when sent
 * with a form content type, XML, multipart, text) shown whole by its real shape.
 */
export function RequestBodyView({ body, findings, reveal, secrets }: Props) {
  if (body.kind === 'empty') return <p class="muted">{t('noRequestBody')}</p>
  const layout = bodyLayout(body, findings, secrets)
  if (layout.kind === 'text')
    return (
      <pre class="code" data-testid="request-body">
        <MarkedText view={layout.view} reveal={reveal} />
      </pre>
    )
  return (
    <dl class="form-fields" data-testid="request-body">
      {layout.fields.map((field, i) => (
        <div key={`${field.name.text}:${i}`} class="form-field">
          <dt>
            <MarkedText view={field.name} reveal={reveal} />
          </dt>
          <dd>
            {field.data ? (
              <pre class="code">
                <MarkedText view={field.value} reveal={reveal} />
              </pre>
            ) : (
              <MarkedText view={field.value} reveal={reveal} />
            )}
          </dd>
        </div>
      ))}
    </dl>
  )
}
