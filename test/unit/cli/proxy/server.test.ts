import { connect } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type LintProxy, startLintProxy } from '../../../../src/cli/proxy/server.ts'

// The proxy's refusals word for word (proxy-guard.test.ts covers which Hosts and Origins pass), sent over a
// raw socket so that a request may have no Host at all (HTTP/1.0).

/** Sends a raw request and resolves with the whole answer once the proxy closes the connection. */
function raw(url: string, text: string) {
  const { port } = new URL(url)
  return new Promise<string>((resolve, reject) => {
    const socket = connect(Number(port), '127.0.0.1', () => socket.end(text))
    let got = ''
    socket.on('data', (c: Buffer) => {
      got += c
    })
    socket.on('end', () => resolve(got))
    socket.on('error', reject)
  })
}

const bodyOf = (answer: string) => answer.slice(answer.indexOf('\r\n\r\n') + 4)

describe('the proxy server refuses', () => {
  let proxy: LintProxy
  let port: number
  const problems: string[] = []

  beforeAll(async () => {
    proxy = await startLintProxy({
      routes: [],
      port: 0,
      onExchange: () => undefined,
      onProblem: (line) => problems.push(line),
    })
    port = Number(new URL(proxy.url).port)
  })
  afterAll(async () => {
    await proxy?.close()
  })

  it('a request without a Host, saying it was missing', async () => {
    const answer = await raw(proxy.url, 'GET /connect/v3/login HTTP/1.0\r\n\r\n')
    expect(answer).toMatch(/^HTTP\/1\.1 403 Forbidden\r\n/)
    expect(answer).toMatch(/\r\ncontent-type: text\/plain; charset=utf-8\r\n/i)
    const refused = `refused: the Host must be 127.0.0.1:${port} or localhost:${port}, not missing`
    expect(bodyOf(answer)).toBe(`bill-mfa-lint proxy: ${refused}\n`)
    expect(problems.at(-1)).toBe(`GET ${refused}`)
  })

  it('a request from a page on another site, naming that site', async () => {
    const answer = await raw(
      proxy.url,
      `POST /connect/v3/login HTTP/1.0\r\nHost: 127.0.0.1:${port}\r\nOrigin: https://evil.example\r\n\r\n`,
    )
    const refused =
      'refused: a request from a page on https://evil.example (only pages on 127.0.0.1 or localhost may use the proxy)'
    expect(bodyOf(answer)).toBe(`bill-mfa-lint proxy: ${refused}\n`)
    expect(problems.at(-1)).toBe(`POST ${refused}`)
  })

  it('nothing from a local page: it goes on to the routes', async () => {
    const answer = await raw(
      proxy.url,
      `GET /connect/v3/login HTTP/1.0\r\nHost: localhost:${port}\r\nOrigin: http://localhost:3000\r\n\r\n`,
    )
    expect(answer).toMatch(/^HTTP\/1\.1 404 /)
    expect(bodyOf(answer)).toMatch(/^bill-mfa-lint proxy: no target for this path/)
  })
})

describe('the proxy server', () => {
  it('listens on the loopback interface at the port it was given or picked', async () => {
    const proxy = await startLintProxy({
      routes: [],
      port: 0,
      onExchange: () => undefined,
      onProblem: () => undefined,
    })
    expect(proxy.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
    await proxy.close()
  })
})
