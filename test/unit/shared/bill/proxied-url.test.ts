import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { lintHar } from '../../../../src/cli/lint-har.ts'
import { mayBeBill } from '../../../../src/devtools/capture/bill-scope.ts'
import { billTargetOf } from '../../../../src/shared/bill/proxied-url.ts'
import { billTarget, evaluate } from '../../../../src/shared/rules/index.ts'
import { runs } from '../../property-runs.ts'

const CHALLENGE = 'https://gateway.stage.bill.com/connect/v3/mfa/challenge'
const V2_CHALLENGE = 'https://api-stage.bill.com/api/v2/MFAChallenge.json'

describe('billTargetOf', () => {
  it('takes BILL URLs as they are', () => {
    expect(billTargetOf(CHALLENGE)).toMatchObject({ url: CHALLENGE, proxied: false })
    expect(billTargetOf(CHALLENGE)?.host?.api).toBe('v3')
  })

  it.each([
    ['a path proxy', `https://docs.example.com/cors/${CHALLENGE}`],
    [
      'a collapsed scheme',
      'https://docs.example.com/cors/https:/gateway.stage.bill.com/connect/v3/mfa/challenge',
    ],
    ['an encoded path', `https://docs.example.com/cors/${encodeURIComponent(CHALLENGE)}`],
    [
      'a twice-encoded path',
      `https://docs.example.com/p/${encodeURIComponent(encodeURIComponent(CHALLENGE))}`,
    ],
    ['a query parameter', `https://docs.example.com/proxy?url=${encodeURIComponent(CHALLENGE)}&x=1`],
    ['a raw query parameter', `https://docs.example.com/proxy?x=1&url=${CHALLENGE}`],
    [
      'an uppercase scheme and host',
      'https://docs.example.com/cors/HTTPS://Gateway.Stage.Bill.com/connect/v3/mfa/challenge',
    ],
  ])('finds BILL inside %s', (_, url) => {
    const found = billTargetOf(url)
    expect(found).toMatchObject({ url: CHALLENGE, proxied: true })
    expect(found?.host?.host).toBe('gateway.stage.bill.com')
  })

  it('keeps the embedded query of a path proxy', () => {
    const found = billTargetOf(`https://p.example/${V2_CHALLENGE}?x=1`)
    expect(found?.url).toBe(`${V2_CHALLENGE}?x=1`)
  })

  it('finds extra hosts (the local sandbox) directly and behind a proxy', () => {
    const local = 'http://127.0.0.1:4010/connect/v3/mfa/challenge'
    expect(billTargetOf(local, ['127.0.0.1:4010'])).toEqual({ url: local, host: undefined, proxied: false })
    expect(billTargetOf(`http://localhost:9000/${local}`, ['127.0.0.1'])).toMatchObject({
      url: local,
      proxied: true,
    })
    expect(billTargetOf(local, ['127.0.0.1:4011'])).toBeUndefined()
  })

  it.each([
    'https://docs.example.com/cors/https://evil.example/connect/v3/mfa/challenge',
    'https://docs.example.com/cors/https://gateway.stage.bill.com.evil.example/v3/mfa/challenge',
    'https://docs.example.com/articles/gateway.stage.bill.com',
    'https://docs.example.com/?q=https%3A%2F%2Fgateway.stage.bill',
    'https://docs.example.com/cors/%E0%A4%A',
    'ftp://gateway.stage.bill.com/connect/v3/mfa/challenge',
    'not a url',
  ])('ignores %s', (url) => {
    expect(billTargetOf(url)).toBeUndefined()
  })
})

describe('the rules engine behind a proxy', () => {
  it('has the panel read the answers of proxied calls too', () => {
    expect(mayBeBill(`https://docs.example.com/cors/${encodeURIComponent(CHALLENGE)}`)).toBe(true)
    expect(mayBeBill('https://docs.example.com/cors/https%3A%2F%2Fexample.com%2Fx')).toBe(false)
  })

  it('resolves the endpoint of the embedded URL', () => {
    const t = billTarget('POST', `https://docs.example.com/cors/${encodeURIComponent(CHALLENGE)}`)
    expect(t).toMatchObject({ api: 'v3', proxied: true, endpoint: { id: 'v3.mfa.challenge' } })
    expect(billTarget('POST', CHALLENGE)?.proxied).toBeUndefined()
  })

  it('answers again from what it kept: by method, by extra hosts, frozen', () => {
    // A mock on a BILL path that is not BILL's own shape: BILL's only when its host is given.
    const mock = 'http://mock.example:4010/v3/mfa/setup'
    for (let round = 0; round < 2; round++) {
      expect(billTarget('POST', mock)).toBeUndefined()
      expect(billTarget('POST', mock, ['mock.example'])?.endpoint?.id).toBe('v3.mfa.setup')
      expect(billTarget('POST', mock, ['mock.example:4011'])).toBeUndefined()
      // Host lists are told apart whatever their strings hold.
      expect(billTarget('POST', mock, ['mock.example:4011 mock.example'])).toBeUndefined()
      expect(billTarget('POST', mock, ['mock.example:4011', 'mock.example'])?.endpoint?.id).toBe(
        'v3.mfa.setup',
      )
      expect(billTarget('GET', CHALLENGE)?.endpoint).toBeUndefined()
      expect(billTarget('POST', CHALLENGE)?.endpoint?.id).toBe('v3.mfa.challenge')
    }
    const shared = billTarget('POST', CHALLENGE)
    expect(Object.isFrozen(shared)).toBe(true)
    expect(billTarget('POST', CHALLENGE)).toBe(shared)
    // A long URL is answered afresh each time, and the same way.
    const long = `${CHALLENGE}?pad=${'x'.repeat(3000)}`
    expect(billTarget('POST', long)).toEqual(billTarget('POST', long))
    expect(billTarget('POST', long)).not.toBe(billTarget('POST', long))
    expect(billTarget('POST', long)?.endpoint?.id).toBe('v3.mfa.challenge')
  })

  it('flags a proxied call like the direct one', () => {
    const body = { mimeType: 'application/json', text: '{"useBackup":true}' }
    const direct = evaluate({ method: 'POST', url: CHALLENGE, headers: [], body }, { now: '2026-05-01' })
    const proxied = evaluate(
      {
        method: 'POST',
        url: `https://docs.example.com/cors/https:/${CHALLENGE.slice(8)}`,
        headers: [],
        body,
      },
      { now: '2026-05-01' },
    )
    expect(direct.findings.length).toBeGreaterThan(0)
    expect(proxied.findings).toEqual(direct.findings)
  })

  it('lints HAR entries sent through a proxy as the CLI does for direct ones', () => {
    const entry = (url: string) => ({
      request: {
        method: 'POST',
        url,
        headers: [],
        postData: {
          mimeType: 'application/x-www-form-urlencoded',
          text: 'data=%7B%22useBackup%22%3Atrue%7D',
        },
      },
    })
    const har = (url: string) => ({ log: { entries: [entry(url)] } }) as never
    const settings = { hosts: [], now: new Date('2026-05-01') }
    const direct = lintHar(har(V2_CHALLENGE), 'a.har', settings)
    const proxied = lintHar(
      har(`https://docs.example.com/proxy?url=${encodeURIComponent(V2_CHALLENGE)}`),
      'a.har',
      settings,
    )
    const ids = (r: typeof direct) => r.findings.map((f) => [f.report.ruleId, f.report.message])
    expect(ids(direct)).toContainEqual(['mfa-challenge-backup-phone', expect.any(String)])
    expect(ids(proxied)).toEqual(ids(direct))
  })
})

const hostChars = fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz0123456789-'.split(''))
const label = fc.string({ unit: hostChars, minLength: 1, maxLength: 10 }).filter((s) => !/^-|-$/.test(s))
const proxyHost = fc.array(label, { minLength: 1, maxLength: 3 }).map((ls) => `${ls.join('.')}.example`)
const segment = fc.string({ unit: hostChars, minLength: 1, maxLength: 8 })
const billUrl = fc.tuple(
  fc.constantFrom(
    'https://gateway.stage.bill.com/connect',
    'https://gateway.prod.bill.com/connect',
    'https://api-stage.bill.com/api/v2',
  ),
  fc.array(segment, { minLength: 1, maxLength: 4 }),
)

describe('billTargetOf properties', () => {
  it('finds a BILL URL under any proxy prefix, however it is wrapped', () => {
    fc.assert(
      fc.property(
        proxyHost,
        fc.array(segment, { maxLength: 3 }),
        billUrl,
        fc.constantFrom('raw', 'single-slash', 'encoded', 'encoded-twice', 'query'),
        (host, prefix, [base, rest], wrap) => {
          const target = `${base}/${rest.join('/')}`
          const path = prefix.map((p) => `/${p}`).join('')
          const wrapped = {
            raw: `${path}/${target}`,
            'single-slash': `${path}/${target.replace('https://', 'https:/')}`,
            encoded: `${path}/${encodeURIComponent(target)}`,
            'encoded-twice': `${path}/${encodeURIComponent(encodeURIComponent(target))}`,
            query: `${path}/go?u=${encodeURIComponent(target)}`,
          }[wrap]
          const found = billTargetOf(`https://${host}${wrapped}`)
          expect(found).toMatchObject({ url: new URL(target).href, proxied: true })
        },
      ),
      runs(),
    )
  })

  it('finds nothing when no BILL host is written in the URL', () => {
    fc.assert(
      fc.property(proxyHost, fc.webPath(), fc.webQueryParameters(), (host, path, query) => {
        fc.pre(!/bill|%/i.test(`${path}${query}`))
        expect(billTargetOf(`https://${host}${path}?${query}`)).toBeUndefined()
      }),
      runs(),
    )
  })

  it('never throws on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string(), fc.webUrl(), (text, url) => {
        billTargetOf(text)
        billTargetOf(`${url}/${text}`)
      }),
      runs(),
    )
  })
})
