import { describe, expect, it } from 'vitest'
import { billTargetOf } from '../../../../src/shared/bill/proxied-url.ts'

// The edges of finding BILL inside another URL: how extra hosts may be written, how deep the encoding goes,
// broken escapes around a real URL.

const CHALLENGE = 'https://gateway.stage.bill.com/connect/v3/mfa/challenge'
const LOCAL = 'http://localhost:4010/connect/v3/login'

describe('extra hosts, however they are written', () => {
  it.each([
    ['a host', 'localhost'],
    ['a host and port', 'localhost:4010'],
    ['capitals and spaces', '  LocalHost:4010 '],
    ['a whole URL', 'http://localhost:4010/connect'],
    ['a URL with a query', 'http://localhost:4010?x=1'],
    ['a URL with a fragment', 'localhost:4010#x'],
  ])('%s: %s', (_what, extra) => {
    expect(billTargetOf(LOCAL, [extra])).toEqual({ url: LOCAL, host: undefined, proxied: false })
  })

  it.each([
    ['another port', 'localhost:4011'],
    ['another host', 'localhost.example'],
    ['a longer name', 'localhostx'],
    ['nothing', ''],
    ['a scheme alone', 'http://'],
    ['a path alone', '/connect'],
  ])('%s: %s is not it', (_what, extra) => {
    expect(billTargetOf(LOCAL, [extra])).toBeUndefined()
  })
})

describe('encoding', () => {
  const encode = (text: string, times: number) =>
    Array.from({ length: times }).reduce<string>((t) => encodeURIComponent(t), text)

  it('once or twice is found, three times is too deep', () => {
    expect(billTargetOf(`https://p.example/x/${encode(CHALLENGE, 2)}`)?.url).toBe(CHALLENGE)
    expect(billTargetOf(`https://p.example/x/${encode(CHALLENGE, 3)}`)).toBeUndefined()
  })

  it('a broken escape beside an encoded BILL URL is kept as written, and the URL still found', () => {
    const truncated = `https://p.example/x/${encodeURIComponent(CHALLENGE)}%E0%A4%A`
    expect(billTargetOf(truncated)?.url).toBe(`${CHALLENGE}%E0%A4%A`)
    const notHex = `https://p.example/x/${encodeURIComponent(`${CHALLENGE}?a=1`)}%ZZ`
    expect(billTargetOf(notHex)?.url).toBe(`${CHALLENGE}?a=1%ZZ`)
  })
})

describe('where an embedded URL may start', () => {
  it.each([
    ['after a slash', `https://p.example/cors/${CHALLENGE}`],
    ['after "="', `https://p.example/go?u=x&v=${CHALLENGE}`],
    ['a plain http URL', 'https://p.example/cors/http://gateway.stage.bill.com/connect/v3/login'],
  ])('%s', (_what, url) => {
    expect(billTargetOf(url)?.proxied).toBe(true)
  })

  it.each([
    ['inside a word', 'https://p.example/cors/xhttps://gateway.stage.bill.com/connect/v3/login'],
    ['with three slashes', 'https://p.example/cors/https:///gateway.stage.bill.com/connect/v3/login'],
    ['another scheme', 'https://p.example/cors/ftp://gateway.stage.bill.com/connect/v3/login'],
  ])('not %s', (_what, url) => {
    expect(billTargetOf(url)).toBeUndefined()
  })
})
