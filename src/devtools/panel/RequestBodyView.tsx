import { jsonTree } from '../../shared/json/tree.ts'
import type { KnownSecrets } from '../../shared/redact/index.ts'
import type { Finding, ParsedBody } from '../../shared/rules/index.ts'
import { MarkedText } from './MarkedText.tsx'
import { textView, valueView } from './marked-views.ts'

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
  if (body.kind === 'empty') return <p class="muted">No request body.</p>
  if (body.kind === 'form' && !jsonTree(body.text))
    return (
      <dl class="form-fields" data-testid="request-body">
        {body.value.map((field, i) => (
          <div key={`${field.name}:${i}`} class="form-field">
            <dt>{field.name}</dt>
            <dd>
              {field.name === 'data' && body.dataText === field.value ? (
                <pre class="code">
                  <MarkedText view={textView(field.value, findings, 'data', secrets)} reveal={reveal} />
                </pre>
              ) : (
                <MarkedText view={valueView(field.name, field.value, secrets)} reveal={reveal} />
              )}
            </dd>
          </div>
        ))}
      </dl>
    )
  return (
    <pre class="code" data-testid="request-body">
      <MarkedText view={textView(body.text, findings, 'body', secrets)} reveal={reveal} />
    </pre>
  )
}
