import type { ChildProcess } from 'node:child_process'
import { EventEmitter } from 'node:events'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { CliIo } from '../../../../src/cli/cli-io.ts'
import { type ProxyOptions, type ProxyProcess, runProxy } from '../../../../src/cli/proxy/run-proxy.ts'

// runProxy in this process, with the command and the signals injected: what it prints, what the command gets,
// and the exit code, in front of a local target over real HTTP.

const DEV_KEY = 'dk-run-proxy-0123456789'
let target: Server
let origin: string
let dir: string

beforeAll(async () => {
  target = createServer((req, res) => {
    req.resume()
    req.on('end', () => res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}'))
  })
  await new Promise<void>((r) => target.listen(0, '127.0.0.1', () => r()))
  origin = `http://127.0.0.1:${(target.address() as AddressInfo).port}`
  dir = mkdtempSync(join(tmpdir(), 'run-proxy-'))
})
afterAll(() => {
  target.close()
  rmSync(dir, { recursive: true, force: true })
})

class FakeChild extends EventEmitter {
  exitCode: number | null = null
  readonly kills: string[] = []
  kill(signal: string): boolean {
    this.kills.push(signal)
    return true
  }
  exit(code: number | null, signal: string | null = null): void {
    this.exitCode = code ?? 128
    this.emit('exit', code, signal)
  }
}

/** One run: its output, the command it spawned, and a way to send it a signal. */
function start(options: Partial<ProxyOptions>, command: string[] = []) {
  const out: string[] = []
  const err: string[] = []
  let listening: (url: string) => void = () => undefined
  const url = new Promise<string>((resolve) => {
    listening = resolve
  })
  const io: CliIo = {
    stdout: {
      write: (s: string) => {
        out.push(s)
        const m = /listening on (\S+)/.exec(s)
        if (m?.[1]) listening(m[1])
      },
    },
    stderr: { write: (s: string) => err.push(s) },
    env: { NO_COLOR: '1', KEPT: 'yes' },
  }
  const child = new FakeChild()
  const spawned: { command: string; args: readonly string[]; env: Record<string, string | undefined> }[] = []
  let onSignal: ((s: NodeJS.Signals) => void) | undefined
  let unsubscribed = 0
  const proc: ProxyProcess = {
    onSignal(handler) {
      onSignal = handler
      return () => {
        unsubscribed++
      }
    },
    spawn(c, args, env) {
      spawned.push({ command: c, args, env })
      return child as unknown as ChildProcess
    },
  }
  const code = runProxy({ target: [origin], port: '0', failOn: 'error', ...options }, command, io, proc)
  return {
    code,
    url,
    child,
    spawned,
    signal: (s: NodeJS.Signals) => onSignal?.(s),
    unsubscribed: () => unsubscribed,
    stdout: () => out.join(''),
    stderr: () => err.join(''),
  }
}

/** A call through the proxy, returned once the proxy has printed its line. */
async function call(run: ReturnType<typeof start>, path: string, body: unknown) {
  const printed = out(run).length
  const res = await fetch(`${await run.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', devKey: DEV_KEY },
    body: JSON.stringify(body),
  })
  expect(await res.text()).toBe('{"ok":true}')
  while (out(run).length === printed) await new Promise((r) => setImmediate(r))
}
const out = (run: ReturnType<typeof start>) => run.stdout().split('\n').filter(Boolean)

describe('runProxy with a command', () => {
  it('runs it with BILL_PROXY_URL added to the environment, lints its calls, exits 1 on an error', async () => {
    const run = start({}, ['integration', '--fast'])
    const url = await run.url
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
    expect(run.spawned).toEqual([
      { command: 'integration', args: ['--fast'], env: { NO_COLOR: '1', KEPT: 'yes', BILL_PROXY_URL: url } },
    ])
    await call(run, '/connect/v3/mfa/challenge', { useBackup: true })
    run.child.exit(0)
    expect(await run.code).toBe(1)
    const lines = out(run)
    expect(lines[0]).toBe(`bill-mfa-lint proxy listening on ${url}`)
    expect(lines[1]).toMatch(/^POST \/connect\/v3\/mfa\/challenge 200 \d+ ms$/)
    expect(lines[2]).toMatch(/^ {2}error {3}mfa-challenge-backup-phone: "useBackup": true/)
    expect(lines.at(-1)).toBe('✖ 1 error, 0 warnings, 0 infos in 1 BILL call')
    expect(run.stderr()).toBe('')
    expect(run.unsubscribed()).toBe(1)
  })

  it.each([
    // [the call's useBackup, --now, --fail-on, exit code when the command exits 3]
    [true, undefined, 'error', 1],
    [true, '2026-01-01', 'error', 3],
    [true, '2026-01-01', 'warning', 1],
    [false, undefined, 'warning', 3],
    [false, undefined, 'info', 1],
    [true, undefined, 'never', 3],
  ] as const)('useBackup %s at %s, --fail-on %s: exit %s', async (useBackup, now, failOn, expected) => {
    const run = start({ failOn, ...(now ? { now: new Date(now) } : {}) }, ['integration'])
    await call(run, '/connect/v3/mfa/challenge', { useBackup })
    run.child.exit(3)
    expect(await run.code).toBe(expected)
  })

  it('passes a signal to the command, and ends with the code of the signal that ended it', async () => {
    const run = start({}, ['integration'])
    await run.url
    run.signal('SIGTERM')
    expect(run.child.kills).toEqual(['SIGTERM'])
    run.child.exit(null, 'SIGTERM')
    expect(await run.code).toBe(143)
    expect(out(run).at(-1)).toBe('✔ 0 errors, 0 warnings, 0 infos in 0 BILL calls')
  })

  it('a command that ended without a code or a known signal is an unusable run', async () => {
    const none = start({}, ['integration'])
    await none.url
    none.child.exit(null, null)
    expect(await none.code).toBe(2)
    const unknown = start({}, ['integration'])
    await unknown.url
    unknown.child.exit(null, 'SIGNOTHING')
    expect(await unknown.code).toBe(128)
  })

  it('a signal after the command exited ends the run without killing anything', async () => {
    const run = start({}, ['integration'])
    await run.url
    run.child.exitCode = 0
    run.signal('SIGINT')
    expect(await run.code).toBe(0)
    expect(run.child.kills).toEqual([])
  })

  it('a command that cannot be run: one line naming it and its error, exit 2', async () => {
    const run = start({}, ['no-such-tool'])
    await run.url
    run.child.emit('error', Object.assign(new Error('spawn no-such-tool ENOENT'), { code: 'ENOENT' }))
    expect(await run.code).toBe(2)
    expect(run.stderr()).toBe('bill-mfa-lint proxy: cannot run no-such-tool: ENOENT\n')
    const plain = start({}, ['other'])
    await plain.url
    plain.child.emit('error', new Error('went wrong'))
    expect(await plain.code).toBe(2)
    expect(plain.stderr()).toBe('bill-mfa-lint proxy: cannot run other: went wrong\n')
  })
})

describe('runProxy without a command', () => {
  it('runs until a signal, then prints the summary and exits 0 with nothing found', async () => {
    const run = start({})
    await run.url
    expect(run.spawned).toEqual([])
    run.signal('SIGINT')
    expect(await run.code).toBe(0)
    expect(out(run).at(-1)).toBe('✔ 0 errors, 0 warnings, 0 infos in 0 BILL calls')
    expect(run.unsubscribed()).toBe(1)
  })

  it('writes the redacted HAR it was asked for, and says where', async () => {
    const har = join(dir, 'calls.har')
    const run = start({ har })
    await call(run, '/connect/v3/mfa/challenge', { useBackup: false })
    run.signal('SIGTERM')
    expect(await run.code).toBe(0)
    expect(out(run).at(-2)).toBe(`HAR (redacted) written to ${har}`)
    const text = readFileSync(har, 'utf8')
    expect(text).not.toContain(DEV_KEY)
    const doc = JSON.parse(text) as {
      log: { creator: { name: string }; entries: { request: { url: string } }[] }
    }
    expect(doc.log.creator.name).toBe('bill-mfa-lint proxy')
    expect(doc.log.entries.map((e) => e.request.url)).toEqual([`${origin}/connect/v3/mfa/challenge`])
  })

  it('a HAR it cannot write: one line naming the file and the error, exit 2', async () => {
    const har = join(dir, 'missing', 'calls.har')
    const run = start({ har })
    await run.url
    run.signal('SIGTERM')
    expect(await run.code).toBe(2)
    expect(run.stderr()).toBe(`bill-mfa-lint proxy: cannot write ${har}: ENOENT\n`)
  })
})

describe('runProxy refuses what it cannot use, with one line and exit 2', () => {
  it.each(['abc', '-1', '1.5', '65536', ''])('--port %j', async (port) => {
    const run = start({ port })
    expect(await run.code).toBe(2)
    expect(run.stderr()).toBe(`bill-mfa-lint proxy: invalid --port: ${port} (0 to 65535)\n`)
    expect(run.stdout()).toBe('')
  })

  it('takes --port 65535 as a port', async () => {
    const run = start({ port: '65535' })
    // Listening there may fail if the port is taken; either way it is not an invalid --port.
    const first = await Promise.race([run.url, run.code])
    if (typeof first === 'string') run.signal('SIGINT')
    await run.code
    expect(run.stderr()).not.toContain('invalid --port')
  })

  it('a --target it cannot use', async () => {
    const run = start({ target: ['ftp://x.local'] })
    expect(await run.code).toBe(2)
    expect(run.stderr()).toBe('bill-mfa-lint proxy: --target must be an http or https URL: ftp://x.local\n')
  })

  it('a port already taken', async () => {
    const run = start({})
    const url = await run.url
    const port = new URL(url).port
    const second = start({ port })
    expect(await second.code).toBe(2)
    expect(second.stderr()).toBe(`bill-mfa-lint proxy: cannot listen on 127.0.0.1:${port}: EADDRINUSE\n`)
    run.signal('SIGINT')
    await run.code
  })
})
