import { Agent, createServer, request } from 'node:http'
import { connect } from 'node:net'
import { networkInterfaces } from 'node:os'
import { describe, expect, it } from 'vitest'
import { type LintProxy, startLintProxy } from '../../../../src/cli/proxy/server.ts'

// Where the proxy listens (127.0.0.1 only), what it does when its port is taken, and that close() ends,
// with a client's idle keep-alive connection still open, and frees the port.

const quiet = { routes: [], onExchange: () => undefined, onProblem: () => undefined }

/** Resolves with 'connected' or the error code of a TCP connection to host:port. */
function dial(host: string, port: number) {
  return new Promise<string>((resolve) => {
    const socket = connect(port, host, () => {
      socket.destroy()
      resolve('connected')
    })
    socket.on('error', (e: NodeJS.ErrnoException) => resolve(e.code ?? e.message))
  })
}

/** This machine's addresses other than 127.0.0.1: its network interfaces and IPv6's loopback. */
const otherAddresses = () => [
  ...Object.values(networkInterfaces())
    .flat()
    .filter((a) => a !== undefined && !a.internal)
    .map((a) => a?.address ?? ''),
  '::1',
]

describe('the proxy server listens', () => {
  it('on 127.0.0.1 only: no other address of this machine takes a connection', async () => {
    const proxy = await startLintProxy({ ...quiet, port: 0 })
    const port = Number(new URL(proxy.url).port)
    expect(await dial('127.0.0.1', port)).toBe('connected')
    for (const host of otherAddresses()) expect(await dial(host, port), host).not.toBe('connected')
    await proxy.close()
  })

  it('on the port it is given, and refuses to start with a clear error when that port is taken', async () => {
    const taken = createServer()
    await new Promise<void>((r) => taken.listen(0, '127.0.0.1', () => r()))
    const address = taken.address()
    const port = typeof address === 'object' && address ? address.port : 0
    await expect(startLintProxy({ ...quiet, port })).rejects.toMatchObject({ code: 'EADDRINUSE' })
    await new Promise<void>((r) => taken.close(() => r()))
    const proxy = await startLintProxy({ ...quiet, port })
    expect(proxy.url).toBe(`http://127.0.0.1:${port}`)
    await proxy.close()
  })

  it('closes while a client keeps an idle connection open, and frees its port', async () => {
    const proxy: LintProxy = await startLintProxy({ ...quiet, port: 0 })
    const agent = new Agent({ keepAlive: true })
    await new Promise<void>((resolve, reject) => {
      const req = request(`${proxy.url}/nowhere`, { agent }, (res) => {
        res.resume()
        res.on('end', () => resolve())
      })
      req.on('error', reject)
      req.end()
    })
    await proxy.close()
    agent.destroy()
    expect(await dial('127.0.0.1', Number(new URL(proxy.url).port))).toBe('ECONNREFUSED')
  })
})
