import type { Entry } from 'har-format'
import { h, render } from 'preact'
import { type CapturedRequest, captureEntry } from '../../../../src/devtools/capture/captured-request.ts'
import { curlCommand } from '../../../../src/devtools/export/curl.ts'
import { harDocument } from '../../../../src/devtools/export/har.ts'
import type { Privacy } from '../../../../src/devtools/export/prepare.ts'
import { findingsReport } from '../../../../src/devtools/export/report.ts'
import { type AnalyzedRequest, createAnalyzer } from '../../../../src/devtools/panel/analyze.ts'
import { DetailPane } from '../../../../src/devtools/panel/DetailPane.tsx'
import {
  bodyLayout,
  type MarkedView,
  textView,
  urlView,
  valueView,
} from '../../../../src/devtools/panel/marked-views.ts'
import { RequestRow, rowPath, rowTitle } from '../../../../src/devtools/panel/RequestRow.tsx'
import { segments } from '../../../../src/devtools/panel/text-marks.ts'
import { responseText } from '../../../../src/shared/har/response-text.ts'
import { KnownSecrets } from '../../../../src/shared/redact/index.ts'
import { parseBody, reportToMarkdown } from '../../../../src/shared/rules/index.ts'

// What a user can read or share from a capture, produced by the panel's own code: the HAR export, cURL
// copies, the findings report (JSON and Markdown) and the panel's text (rows, tooltips, details before Reveal).

export interface Analyzed {
  captured: CapturedRequest[]
  /** Analyzed by the rules engine on first use (the report and the panel need it, HAR and cURL do not). */
  readonly rows: AnalyzedRequest[]
  secrets: KnownSecrets
}

export function analyze(capture: readonly Entry[]): Analyzed {
  const analyzer = createAnalyzer([])
  const captured = capture.map((e, i) => {
    const content = e.response.content.text
    return captureEntry(e, content === undefined ? undefined : { text: content }, i)!
  })
  let rows: AnalyzedRequest[] | undefined
  return {
    captured,
    get rows() {
      rows ??= captured.map(analyzer)
      return rows
    },
    secrets: new KnownSecrets(captured.flatMap((c) => c.secrets ?? [])),
  }
}

export const harText = ({ captured, secrets }: Analyzed, privacy: Privacy = 'redacted') =>
  JSON.stringify(
    harDocument(
      captured.map((c) => c.har),
      privacy,
      '1.0.0',
      secrets,
    ),
  )

export const curlText = ({ captured, secrets }: Analyzed, privacy: Privacy = 'redacted') =>
  captured
    .map((c) => {
      const curl = curlCommand(c.har, privacy, secrets)
      return curl.ok ? curl.command : curl.reason
    })
    .join('\n')

export function reportText({ rows, secrets }: Analyzed): string {
  const report = findingsReport(
    rows.map((r) => ({
      method: r.captured.request.method,
      url: r.captured.request.url,
      ...(r.target ? { api: r.target.api } : {}),
      findings: r.findings,
    })),
    'redacted',
    secrets,
  )
  return `${JSON.stringify(report)}\n${reportToMarkdown(report)}`
}

/** Text and attribute values (tooltips included) of every element under a root. */
function visibleText(root: Element): string {
  const attributes = [...root.querySelectorAll('*')].flatMap((el) => [...el.attributes].map((a) => a.value))
  return `${root.textContent ?? ''}\n${attributes.join('\n')}`
}

/** The panel's row and detail pane (secrets not revealed, headers expanded) of each request. */
export function panelText({ rows, secrets }: Analyzed, container: Element): string {
  const out: string[] = []
  rows.forEach((row, index) => {
    const noop = () => {}
    render(
      h('div', null, [
        h(
          'table',
          null,
          h(
            'tbody',
            null,
            h(RequestRow, {
              row,
              index,
              active: true,
              selected: true,
              onSelect: noop,
              onKeyDown: noop,
              secrets,
            }),
          ),
        ),
        h(DetailPane, {
          row,
          reveal: false,
          onToggleReveal: noop,
          onCopyCurl: noop,
          copyNote: '',
          onClose: noop,
          secrets,
        }),
      ]),
      container,
    )
    out.push(visibleText(container))
    render(null, container)
  })
  return out.join('\n')
}

/** A view as MarkedText shows it: secret ranges replaced by the mask unless revealed. */
const shown = (view: MarkedView, reveal = false) =>
  segments(view.text, view.marks)
    .map((s) => (s.secret && !reveal ? '••••••' : s.text))
    .join('')

/** The detail pane's views of each request (URL, body, headers, answer), masked unless revealed. */
export function panelViews({ rows, secrets }: Analyzed, reveal = false): string {
  return rows
    .flatMap((row) => {
      const { request } = row.captured
      const body = parseBody(request)
      const response = responseText(request.response)
      const layout = bodyLayout(body, [], secrets)
      const bodyViews =
        layout.kind === 'text' ? [layout.view] : layout.fields.flatMap((f) => [f.name, f.value])
      return [
        urlView(request.url, row.findings, secrets),
        ...bodyViews,
        ...request.headers.map((h) => valueView(h.name, h.value, secrets)),
        ...(response === undefined ? [] : [textView(response, [], 'body', secrets)]),
      ].map((view) => shown(view, reveal))
    })
    .join('\n')
}

/**
 * The same texts without rendering (fast, for many cases): the row's path and tooltip and each view the
 * detail pane builds. The rendered test above keeps the components honest about using these views.
 */
export const panelViewText = (a: Analyzed): string =>
  [...a.rows.flatMap((row) => [rowPath(row, a.secrets), rowTitle(row, a.secrets)]), panelViews(a)].join('\n')
