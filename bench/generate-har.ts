import { writeFileSync } from 'node:fs'
import { BASE_URLS } from '../src/shared/bill/hosts.ts'

// A realistic capture of a web app talking to BILL: mostly non-BILL traffic (scripts, images, analytics)
// with BILL v3/v2 calls among it, some of which carry the deprecated MFA values.

export interface GeneratedHar {
  bytes: number
  entries: number
  billEntries: number
  /** BILL requests carrying useBackup true or primary false, which the linter must all report. */
  planted: number
}

/** Deterministic pseudo-random numbers (LCG), so every run lints the same file. */
function random(seed: number) {
  let s = seed
  return () => {
    s = (s * 1664525 + 1013904223) % 4294967296
    return s / 4294967296
  }
}

const V3 = `${BASE_URLS.sandbox.v3}/v3`
const V2 = BASE_URLS.sandbox.v2

function entry(method: string, url: string, postData: object | undefined, status: number, content: object) {
  return {
    startedDateTime: '2026-04-02T09:00:00.000Z',
    time: 42,
    request: {
      method,
      url,
      httpVersion: 'http/2.0',
      headers: [
        { name: 'accept', value: 'application/json' },
        { name: 'user-agent', value: 'Mozilla/5.0 (X11; Linux x86_64) Chrome/140.0 Safari/537.36' },
      ],
      queryString: [],
      cookies: [],
      headersSize: -1,
      bodySize: -1,
      ...(postData ? { postData } : {}),
    },
    response: {
      status,
      statusText: '',
      httpVersion: 'http/2.0',
      headers: [],
      cookies: [],
      content,
      redirectURL: '',
    },
    cache: {},
    timings: { send: 0.1, wait: 40, receive: 1.9 },
  }
}

const json = (text: string) => ({ mimeType: 'application/json', text })
const form = (data: object) => ({
  mimeType: 'application/x-www-form-urlencoded',
  text: `devKey=k&sessionId=s&data=${encodeURIComponent(JSON.stringify(data))}`,
})

/**
 * Writes a HAR of at least `minBytes` to `path`; `billShare` of its entries are BILL calls (20% by
 * default, a capture of BILL's own web app; a web app that only signs in through BILL has far fewer).
 */
export function generateHar(path: string, minBytes: number, billShare = 0.2): GeneratedHar {
  const other = 1 - billShare
  const next = random(42)
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T
  const filler = (n: number) => 'lorem ipsum dolor sit amet '.repeat(Math.ceil(n / 27)).slice(0, n)
  const vendors = JSON.stringify({
    results: Array.from({ length: 40 }, (_, i) => ({
      id: `009${i}`,
      name: `Vendor ${i}`,
      email: `v${i}@example.com`,
    })),
  })
  const entries: object[] = []
  let bytes = 0
  let billEntries = 0
  let planted = 0
  while (bytes < minBytes) {
    const r = next()
    let e: object
    if (r < other * 0.5625) {
      e = entry('GET', `https://cdn.example.com/app.${Math.floor(next() * 1e6)}.js`, undefined, 200, {
        mimeType: 'application/javascript',
        text: filler(2000 + Math.floor(next() * 6000)),
      })
    } else if (r < other * 0.875) {
      e = entry('GET', `https://cdn.example.com/img/${Math.floor(next() * 1e6)}.png`, undefined, 200, {
        mimeType: 'image/png',
        encoding: 'base64',
        text: Buffer.from(filler(1500)).toString('base64'),
      })
    } else if (r < other) {
      e = entry(
        'POST',
        'https://analytics.example.net/collect',
        json(JSON.stringify({ ev: 'click', useBackup: true })),
        204,
        {},
      )
    } else {
      billEntries++
      const kind = pick(['challenge', 'challenge', 'setup', 'v2', 'vendors', 'payment', 'login'] as const)
      const backup = next() < 0.3
      if (kind === 'challenge') {
        if (backup) planted++
        e = entry(
          'POST',
          `${V3}/mfa/challenge`,
          json(JSON.stringify({ useBackup: backup ? 'true' : false })),
          backup ? 400 : 200,
          {
            mimeType: 'application/json',
            text: backup ? '[{"code":"BDC_1800","message":"Backup phone removed"}]' : '{"challengeId":"c"}',
          },
        )
      } else if (kind === 'setup') {
        if (backup) planted++
        e = entry(
          'POST',
          `${V3}/mfa/setup`,
          json(`{"phone":"5551234567","type":"TEXT","primary":${!backup}}`),
          200,
          {
            mimeType: 'application/json',
            text: '{"setupId":"s"}',
          },
        )
      } else if (kind === 'v2') {
        if (backup) planted++
        e = entry('POST', `${V2}/MFAChallenge.json`, form({ useBackup: backup }), 200, {
          mimeType: 'application/json',
          text: '{"response_status":0,"response_message":"Success","response_data":{"challengeId":"c"}}',
        })
      } else if (kind === 'vendors') {
        e = entry('GET', `${V3}/vendors?max=40`, undefined, 200, {
          mimeType: 'application/json',
          text: vendors,
        })
      } else if (kind === 'payment') {
        e = entry('POST', `${V3}/payments`, json('{"billId":"00n1","amount":12.5}'), 403, {
          mimeType: 'application/json',
          text: '[{"code":"BDC_1361","severity":"ERROR","message":"Untrusted session."}]',
        })
      } else {
        e = entry(
          'POST',
          `${V3}/login`,
          json('{"username":"qa@example.com","password":"p","organizationId":"008x","devKey":"k"}'),
          200,
          {
            mimeType: 'application/json',
            text: '{"sessionId":"s","trusted":false}',
          },
        )
      }
    }
    entries.push(e)
    // Estimate only: the exact size is measured after writing.
    bytes += JSON.stringify(e).length
  }
  const text = JSON.stringify({ log: { version: '1.2', creator: { name: 'bench', version: '1' }, entries } })
  writeFileSync(path, text)
  return { bytes: Buffer.byteLength(text), entries: entries.length, billEntries, planted }
}
