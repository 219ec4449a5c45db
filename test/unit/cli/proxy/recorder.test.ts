import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import pc from 'picocolors'
import { afterAll, describe, expect, it } from 'vitest'
import type { Exchange } from '../../../../src/cli/proxy/exchange.ts'
import { createRecorder } from '../../../../src/cli/proxy/recorder.ts'

// What the proxy prints for each call, the findings it keeps, and the HAR it writes on exit.

const dir = mkdtempSync(join(tmpdir(), 'recorder-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const HOST = '127.0.0.1:4010'
const SESSION = 'sess-recorder-0123456789abcdef'

function exchange(over: Partial<Exchange> & { body?: unknown; answer?: unknown } = {}): Exchange {
  const { body, answer, ...rest } = over
  return {
    startedAt: Date.parse('2026-06-01T00:00:00Z'),
    ms: 12.4,
    method: 'POST',
    url: `http://${HOST}/connect/v3/mfa/challenge`,
    requestHeaders: [{ name: 'content-type', value: 'application/json' }],
    ...(body !== undefined ? { requestBody: Buffer.from(JSON.stringify(body)) } : {}),
    status: 200,
    statusText: 'OK',
    responseHeaders: [{ name: 'content-type', value: 'application/json' }],
    ...(answer !== undefined ? { responseBody: Buffer.from(JSON.stringify(answer)) } : {}),
    ...rest,
  }
}

function recorder(options: { colors?: boolean; now?: string; keepHar?: boolean } = {}) {
  const printed: string[] = []
  const r = createRecorder({
    hosts: [HOST],
    keepHar: options.keepHar ?? false,
    ...(options.now ? { now: () => new Date(options.now as string) } : {}),
    print: (line) => printed.push(line),
    colors: pc.createColors(options.colors ?? false),
  })
  return { r, printed }
}

describe('each call, printed as it completes', () => {
  it('one write per call: the call, then each finding with its fix', () => {
    const { r, printed } = recorder()
    r.record(exchange({ body: { useBackup: true } }))
    expect(printed).toHaveLength(1)
    const lines = (printed[0] as string).split('\n')
    expect(lines[0]).toBe('POST /connect/v3/mfa/challenge 200 12 ms')
    expect(lines[1]).toMatch(/^ {2}error {3}mfa-challenge-backup-phone: "useBackup": true /)
    expect(lines[2]).toMatch(/^ {10}fix: Set "useBackup" to false or remove the field/)
    expect(lines).toHaveLength(3)
    expect(r.calls()).toBe(1)
    expect(r.findings().map((f) => f.ruleId)).toEqual(['mfa-challenge-backup-phone'])
  })

  it('a call without findings is one line', () => {
    const { r, printed } = recorder()
    r.record(exchange({ url: `http://${HOST}/connect/v3/login?page=2`, status: 401 }))
    expect(printed).toEqual(['POST /connect/v3/login 401 12 ms'])
    expect(r.findings()).toEqual([])
  })

  it('never prints the query, where credentials may be', () => {
    const { r, printed } = recorder()
    r.record(exchange({ url: `http://${HOST}/connect/v3/login?sessionId=${SESSION}` }))
    expect(printed[0]?.split('\n')[0]).toBe('POST /connect/v3/login 200 12 ms')
    expect(printed.join('\n')).not.toContain(SESSION)
  })

  it('a URL that does not parse is printed without its query', () => {
    const { r, printed } = recorder()
    r.record(exchange({ url: `not a url?sessionId=${SESSION}` }))
    expect(printed).toEqual(['POST not a url 200 12 ms'])
  })

  it('a body too large to lint says so, on its side', () => {
    const { r, printed } = recorder()
    r.record(exchange({ requestBody: { tooLarge: 5_000_000 }, responseBody: { tooLarge: 6_000_000 } }))
    const lines = (printed[0] as string).split('\n')
    expect(lines[1]).toMatch(/^ {2}request body too large \(5000000 bytes, over 4 MiB\)/)
    expect(lines[2]).toMatch(/^ {2}response body too large \(6000000 bytes, over 4 MiB\)/)
  })

  it('colours the status by class and the severity by its own colour', () => {
    const c = pc.createColors(true)
    const { r, printed } = recorder({ colors: true })
    r.record(exchange({ status: 399 }))
    r.record(exchange({ status: 400, body: { useBackup: true } }))
    expect(printed[0]).toBe(`POST /connect/v3/mfa/challenge ${c.green('399')} 12 ms`)
    expect(printed[1]).toContain(`POST /connect/v3/mfa/challenge ${c.red('400')} 12 ms`)
    expect(printed[1]).toContain(`  ${c.red('error  ')} mfa-challenge-backup-phone`)
  })

  it('judges the date-dependent rules at the call’s time, or at --now', () => {
    const before = recorder()
    before.r.record(exchange({ startedAt: Date.parse('2026-01-01T00:00:00Z'), body: { useBackup: true } }))
    expect(before.r.findings().map((f) => f.severity)).toEqual(['warning'])
    const at = recorder({ now: '2026-01-01' })
    at.r.record(exchange({ body: { useBackup: true } }))
    expect(at.r.findings().map((f) => f.severity)).toEqual(['warning'])
    const after = recorder()
    after.r.record(exchange({ body: { useBackup: true } }))
    expect(after.r.findings().map((f) => f.severity)).toEqual(['error'])
  })
})

describe('the sequence rules, over the calls so far', () => {
  it('flags a sign-in after BDC_1361 under the call that shows it', () => {
    const { r, printed } = recorder()
    const login = {
      url: `http://${HOST}/connect/v3/login`,
      body: { username: 'u@x.test', password: 'pw', organizationId: 'org1', devKey: 'dk1' },
      answer: { sessionId: SESSION },
    }
    r.record(exchange(login))
    r.record(
      exchange({
        url: `http://${HOST}/connect/v3/vendors`,
        requestHeaders: [
          { name: 'sessionId', value: SESSION },
          { name: 'devKey', value: 'dk1' },
        ],
        status: 403,
        answer: [{ code: 'BDC_1361', message: 'Untrusted session.' }],
      }),
    )
    r.record(exchange({ ...login, startedAt: Date.parse('2026-06-01T00:00:01Z') }))
    expect(r.findings().map((f) => f.ruleId)).toEqual(['untrusted-session', 'untrusted-session-relogin'])
    expect(printed[2]).toMatch(/\n {2}error {3}untrusted-session-relogin: /)
  })
})

describe('the summary', () => {
  it('counts the findings by severity, and the calls', () => {
    const { r } = recorder()
    expect(r.summaryLine()).toBe('✔ 0 errors, 0 warnings, 0 infos in 0 BILL calls')
    r.record(exchange({ body: { useBackup: true } }))
    r.record(exchange({ body: { useBackup: false } }))
    r.record(exchange({ startedAt: Date.parse('2026-01-01T00:00:00Z'), body: { useBackup: true } }))
    expect(r.summaryLine()).toBe('✖ 1 error, 1 warning, 1 info in 3 BILL calls')
  })
})

describe('the HAR written on exit', () => {
  it('holds every call kept, redacted across calls, with the limits in its comment', async () => {
    const { r } = recorder({ keepHar: true })
    r.record(exchange({ url: `http://${HOST}/connect/v3/login`, answer: { sessionId: SESSION } }))
    r.record(
      exchange({ requestHeaders: [{ name: 'sessionId', value: SESSION }], body: { useBackup: false } }),
    )
    const file = join(dir, 'calls.har')
    await r.writeHar(file, '9.9.9')
    const text = readFileSync(file, 'utf8')
    expect(text.endsWith('}\n')).toBe(true)
    expect(text).not.toContain(SESSION)
    const doc = JSON.parse(text) as {
      log: {
        version: string
        pages: unknown[]
        creator: unknown
        comment: string
        entries: { request: { url: string } }[]
      }
    }
    expect(doc.log.version).toBe('1.2')
    expect(doc.log.pages).toEqual([])
    expect(doc.log.creator).toEqual({ name: 'bill-mfa-lint proxy', version: '9.9.9' })
    expect(doc.log.comment).toMatch(/^Recorded by the proxy\./)
    expect(doc.log.entries.map((e) => new URL(e.request.url).pathname)).toEqual([
      '/connect/v3/login',
      '/connect/v3/mfa/challenge',
    ])
  })

  it('keeps no entry when no HAR was asked for', async () => {
    const { r } = recorder({ keepHar: false })
    r.record(exchange())
    const file = join(dir, 'none.har')
    await r.writeHar(file, '1')
    expect(JSON.parse(readFileSync(file, 'utf8')).log.entries).toEqual([])
  })
})
