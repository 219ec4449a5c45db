import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { captureEntry } from '../../../../src/devtools/capture/captured-request.ts'
import { byStartTime, createAnalyzer } from '../../../../src/devtools/panel/analyze.ts'
import { correctedRequest } from '../../../../src/devtools/panel/corrected-request.ts'
import {
  addShownRows,
  filterRows,
  NO_FILTER,
  noRowsShown,
} from '../../../../src/devtools/panel/filter-rows.ts'
import { textView, urlView } from '../../../../src/devtools/panel/marked-views.ts'
import { mapRange, prettyJson } from '../../../../src/devtools/panel/pretty-json.ts'
import { segments } from '../../../../src/devtools/panel/text-marks.ts'
import { NO_SECRETS } from '../../../../src/shared/redact/index.ts'
import { billTraffic, SECRETS } from '../../../fixtures/panel/traffic.ts'

const rows = () => {
  const analyze = createAnalyzer([])
  return billTraffic()
    .map((e, i) => analyze(captureEntry(e, { text: e.response.content.text ?? '' }, i)!))
    .sort(byStartTime)
}

describe('filterRows', () => {
  const paths = (filter: Partial<typeof NO_FILTER>) =>
    filterRows(rows(), { ...NO_FILTER, ...filter }).map((r) =>
      r.captured.request.url.replace(/^.*\/(v2|v3)/, '$1'),
    )

  it('shows BILL’s requests only, unless "show all"', () => {
    expect(paths({})).toHaveLength(9)
    expect(paths({ showAll: true })).toHaveLength(10)
  })
  it('matches URL, endpoint name and body text, ignoring case', () => {
    expect(paths({ text: 'MFACHALLENGE.json' })).toEqual(['v2/MFAChallenge.json'])
    expect(paths({ text: 'mfa PHONE setup (V3)' })).toEqual(['v3/mfa/setup'])
    // In the v2 `data` field, which is percent-encoded in the body as sent.
    expect(paths({ text: '"useBackup":true' })).toEqual(['v3/mfa/challenge', 'v2/MFAChallenge.json'])
    expect(paths({ text: '   ' })).toHaveLength(9)
  })
  it('narrows to issues and to one API version', () => {
    expect(paths({ issuesOnly: true })).toHaveLength(7)
    expect(paths({ issuesOnly: true, api: 'v2' })).toEqual(['v2/MFAChallenge.json', 'v2/Login.json'])
    expect(paths({ api: 'v3', text: 'payments' })).toEqual(['v3/payments'])
  })
  it('counts findings by severity over the rows shown', () => {
    const counts = (filter = NO_FILTER) => addShownRows(noRowsShown(), rows(), 0, filter).counts
    expect(counts()).toEqual({ error: 7, warning: 3, info: 1 })
    expect(counts({ ...NO_FILTER, api: 'v2' })).toEqual({
      error: 2,
      warning: 1,
      info: 0,
    })
  })
})

describe('analyze', () => {
  it('treats local servers and profile hosts as BILL only on BILL paths', () => {
    const local = (url: string) =>
      captureEntry(
        { startedDateTime: '2026-05-04T09:00:00Z', request: { method: 'POST', url } },
        undefined,
        0,
      )!
    const analyze = createAnalyzer(['mock.example:8443'])
    expect(analyze(local('http://127.0.0.1:4010/connect/v3/mfa/challenge')).target?.endpoint?.id).toBe(
      'v3.mfa.challenge',
    )
    expect(analyze(local('http://127.0.0.1:4010/__sandbox/accounts')).target).toBeUndefined()
    expect(analyze(local('https://mock.example:8443/v3/mfa/challenge')).target).toBeDefined()
    expect(analyze(local('https://mock.example:8443/anything')).target).toBeUndefined()
    expect(analyze(local('https://mock.example/v3/mfa/challenge')).target).toBeUndefined()
  })
})

describe('prettyJson', () => {
  it('re-indents and moves ranges with their text', () => {
    const source = '{"a":1,"useBackup":true,"b":[],"c":{}}'
    const pretty = prettyJson(source)!
    expect(pretty.text).toBe('{\n  "a": 1,\n  "useBackup": true,\n  "b": [],\n  "c": {}\n}')
    const start = source.indexOf('"useBackup"')
    const [a, b] = mapRange(pretty, [start, start + '"useBackup":true'.length])
    expect(pretty.text.slice(a, b)).toBe('"useBackup": true')
  })
  it('returns undefined for text that is not JSON', () => {
    expect(prettyJson('a=1')).toBeUndefined()
  })
  it('keeps every token of any JSON value, in order', () => {
    fc.assert(
      fc.property(fc.json(), (source) => {
        const pretty = prettyJson(source)!
        expect(JSON.parse(pretty.text)).toEqual(JSON.parse(source))
        // A closing bracket's output starts with the line break before it.
        for (let i = 0; i < source.length; i++)
          if (!/\s/.test(source[i]!)) expect(pretty.text.slice(pretty.map[i]).trimStart()[0]).toBe(source[i])
      }),
    )
  })
})

describe('segments', () => {
  it('splits at every mark boundary, marking what each piece is covered by', () => {
    expect(
      segments('abcdef', [
        { range: [1, 4], kind: 'highlight' },
        { range: [3, 9], kind: 'secret' },
      ]),
    ).toEqual([
      { text: 'a', highlight: false, secret: false },
      { text: 'bc', highlight: true, secret: false },
      { text: 'd', highlight: true, secret: true },
      { text: 'ef', highlight: false, secret: true },
    ])
  })
})

describe('marked views', () => {
  it('highlights the flagged v3 field and marks secrets in the pretty body', () => {
    const row = rows().find((r) => r.target?.endpoint?.id === 'v3.mfa.setup')!
    const view = textView(row.captured.request.body?.text ?? '', row.findings, 'body', NO_SECRETS)
    const of = (kind: string) =>
      view.marks.filter((m) => m.kind === kind).map((m) => view.text.slice(m.range[0], m.range[1]))
    expect(of('highlight')).toEqual(['"primary": false', '"primary": false'])
    expect(of('secret')).toEqual([JSON.stringify(SECRETS.phone)])
  })
  it('marks credential query values and highlights the flagged parameter', () => {
    const row = rows().find((r) => r.target?.endpoint?.id === 'v3.session')!
    const view = urlView(row.captured.request.url, row.findings, NO_SECRETS)
    const secret = view.marks.find((m) => m.kind === 'secret')!
    expect(view.text.slice(...secret.range)).toBe(SECRETS.sessionId)
    const highlight = view.marks.find((m) => m.kind === 'highlight')!
    expect(view.text.slice(...highlight.range)).toBe(`sessionId=${SECRETS.sessionId}`)
  })
})

describe('correctedRequest', () => {
  const byEndpoint = (id: string, severity: string) =>
    rows().find((r) => r.target?.endpoint?.id === id && r.severity === severity)!

  it('removes the refused field from a v3 body and from the v2 data object', () => {
    expect(correctedRequest(byEndpoint('v3.mfa.challenge', 'error'))).toEqual({
      endpointId: 'v3.mfa.challenge',
      method: 'POST',
      body: {},
      removed: ['useBackup'],
    })
    expect(correctedRequest(byEndpoint('v3.mfa.setup', 'error'))?.body).toEqual({
      phone: SECRETS.phone,
      type: 'TEXT',
    })
    expect(correctedRequest(byEndpoint('v2.mfa.challenge', 'error'))?.body).toEqual({})
  })
  it('offers nothing for requests without a refused value', () => {
    expect(correctedRequest(byEndpoint('v3.mfa.challenge', 'info'))).toBeUndefined()
    expect(correctedRequest(byEndpoint('v3.login', 'none'))).toBeUndefined()
  })
})
