import { redactOpaque } from '../../shared/redact/index.ts'
import type { Finding, ParsedBody } from '../../shared/rules/index.ts'
import { MarkedText } from './MarkedText.tsx'
import { jsonView, valueView } from './marked-views.ts'

interface Props {
  body: ParsedBody
  findings: readonly Finding[]
  reveal: boolean
}

/** The request body as BILL reads it: v3 JSON pretty-printed; v2 form fields with `data` decoded. */
export function RequestBodyView({ body, findings, reveal }: Props) {
  if (body.kind === 'empty') return <p class="muted">No request body.</p>
  if (body.kind === 'json')
    return (
      <pre class="code" data-testid="request-body">
        <MarkedText view={jsonView(body.text, findings, 'body')} reveal={reveal} />
      </pre>
    )
  if (body.kind === 'form')
    return (
      <dl class="form-fields" data-testid="request-body">
        {body.value.map((field, i) => (
          <div key={`${field.name}:${i}`} class="form-field">
            <dt>{field.name}</dt>
            <dd>
              {field.name === 'data' && body.dataText === field.value ? (
                <pre class="code">
                  <MarkedText view={jsonView(field.value, findings, 'data')} reveal={reveal} />
                </pre>
              ) : (
                <MarkedText view={valueView(field.name, field.value)} reveal={reveal} />
              )}
            </dd>
          </div>
        ))}
      </dl>
    )
  // Text the panel cannot take apart is hidden whole when it may hold a secret.
  const risky = redactOpaque(body.text) !== body.text
  return (
    <pre class="code" data-testid="request-body">
      <MarkedText
        view={{ text: body.text, marks: risky ? [{ range: [0, body.text.length], kind: 'secret' }] : [] }}
        reveal={reveal}
      />
    </pre>
  )
}
