import { mkdtempSync, readFileSync } from 'node:fs'
import { createServer, request, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startCli } from './proxy-cli-run.ts'

// What a hostile or broken peer can send the proxy: bodies that decode to hundreds of megabytes, and many
// large calls kept for the HAR. The proxy forwards them, never crashes, and writes a bounded HAR.

/** 600 gzip members of 1 MiB of zeros each: about 600 KB on the wire, 600 MiB decoded. */
const BOMB = Buffer.concat(Array.from({ length: 600 }, () => gzipSync(Buffer.alloc(1024 * 1024))))

function post(url: string, headers: Record<string, string>, body: Buffer) {
  return new Promise<number>((resolve, reject) => {
    const req = request(url, { method: 'POST', headers }, (res) => {
      res.resume()
      res.on('end', () => resolve(res.statusCode ?? 0))
    })
    req.on('error', reject)
    req.end(body)
  })
}

const JSON_TYPE = { 'content-type': 'application/json' }
/** A small JSON call through the proxy; resolves with its status. */
const call = (url: string) => post(url, JSON_TYPE, Buffer.from('{}'))

interface HarDoc {
  log: {
    comment?: string
    entries: {
      request: { url: string; postData?: { text?: string; comment?: string } }
      response: { content: { text?: string; comment?: string } }
    }[]
  }
}

describe('proxy limits', { timeout: 60_000 }, () => {
  let upstream: Server
  let origin: string
  let dir: string
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'bill-proxy-limits-'))
    upstream = createServer((req, res) => {
      req.resume()
      req.on('end', () => {
        if (req.url?.includes('bomb')) {
          res.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'gzip' })
          res.end(BOMB)
        } else if (req.url?.includes('big')) {
          res.writeHead(200, { 'content-type': 'application/json' })
          res.end(`{"pad":"${'x'.repeat(3 * 1024 * 1024)}"}`)
        } else {
          res.writeHead(200, { 'content-type': 'application/json' })
          res.end('{"ok":true}')
        }
      })
    })
    await new Promise<void>((r) => upstream.listen(0, '127.0.0.1', () => r()))
    origin = `http://127.0.0.1:${(upstream.address() as AddressInfo).port}`
  })
  afterAll(() => {
    upstream?.close()
  })

  it('survives gzip bombs from the client and the target and records them as "body too large"', async () => {
    const har = join(dir, 'bomb.har')
    const run = startCli(['proxy', '--target', origin, '--har', har])
    const url = await run.url
    const gzipJson = { 'content-type': 'application/json', 'content-encoding': 'gzip' }
    expect(await post(`${url}/connect/v3/mfa/challenge`, gzipJson, BOMB)).toBe(200)
    expect(await call(`${url}/connect/v3/bomb`)).toBe(200)
    expect(await call(`${url}/connect/v3/login`)).toBe(200)
    run.child.kill('SIGTERM')
    const { code, stdout, stderr } = await run.done
    expect(stderr).toBe('')
    expect(code).toBe(0)
    expect(stdout).toMatch(/^POST \/connect\/v3\/mfa\/challenge 200 \d+ ms\n {2}request body too large/m)
    expect(stdout).toMatch(/^POST \/connect\/v3\/bomb 200 \d+ ms\n {2}response body too large/m)
    const doc = JSON.parse(readFileSync(har, 'utf8')) as HarDoc
    const [up, down, small] = doc.log.entries
    expect(up?.request.postData?.text ?? '').toBe('')
    expect(up?.request.postData?.comment).toMatch(/body too large/)
    expect(down?.response.content.text).toBeUndefined()
    expect(down?.response.content.comment).toMatch(/body too large/)
    // A small call after them is recorded whole.
    expect(small?.response.content.text).toBe('{"ok":true}')
  })

  it('keeps at most a bounded body per call for the HAR, and says so in its comment', async () => {
    const har = join(dir, 'big.har')
    const run = startCli(['proxy', '--target', origin, '--har', har])
    const url = await run.url
    for (let i = 0; i < 3; i++) expect(await call(`${url}/connect/v3/big`)).toBe(200)
    expect(await call(`${url}/connect/v3/login`)).toBe(200)
    run.child.kill('SIGTERM')
    await run.done
    const text = readFileSync(har, 'utf8')
    expect(text.length).toBeLessThan(64 * 1024)
    const doc = JSON.parse(text) as HarDoc
    expect(doc.log.comment).toMatch(/bodies over \d+ KiB are left out/i)
    expect(doc.log.entries).toHaveLength(4)
    for (const big of doc.log.entries.slice(0, 3)) {
      expect(big.response.content.text).toBeUndefined()
      expect(big.response.content.comment).toMatch(/not kept/)
    }
    expect(doc.log.entries[3]?.response.content.text).toBe('{"ok":true}')
  })
})
