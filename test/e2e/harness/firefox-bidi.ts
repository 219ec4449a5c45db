import { type ChildProcess, spawn } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import WebSocket from 'ws'
import { GECKO_ID } from '../../../scripts/flavours.ts'
import { FIREFOX } from './browsers.ts'

// Firefox ESR driven over raw WebDriver BiDi with system access, for what puppeteer cannot reach: privileged
// code in the browser window (opening the DevTools toolbox on the extension's panel).

export const FIREFOX_UUID = '6f1d2c3b-4a5e-4f60-8b7c-9d0e1f2a3b4c'

export interface BidiFirefox {
  send<T = unknown>(method: string, params: Record<string, unknown>): Promise<T>
  /** Runs an async function body in the browser window's privileged (chrome) scope; returns its JSON result. */
  chrome<T = unknown>(body: string): Promise<T>
  /** Runs an async function body in a web page's context. */
  content<T = unknown>(context: string, body: string): Promise<T>
  close(): Promise<void>
}

const PREFS: Record<string, unknown> = {
  'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_UUID }),
  'devtools.chrome.enabled': true,
  'devtools.toolbox.host': 'window',
  'services.settings.server': 'http://127.0.0.1:9/',
  'app.normandy.enabled': false,
  'browser.shell.checkDefaultBrowser': false,
  'datareporting.policy.dataSubmissionEnabled': false,
}

export async function launchBidiFirefox(): Promise<BidiFirefox> {
  const profile = mkdtempSync(join(tmpdir(), 'bill-companion-firefox-'))
  writeFileSync(
    join(profile, 'user.js'),
    Object.entries(PREFS)
      .map(([k, v]) => `user_pref(${JSON.stringify(k)}, ${JSON.stringify(v)});`)
      .join('\n'),
  )
  const firefox: ChildProcess = spawn(
    FIREFOX,
    [
      '--headless',
      '--no-remote',
      '--profile',
      profile,
      '--remote-debugging-port',
      '0',
      '--remote-allow-system-access',
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  )
  const url = await new Promise<string>((resolve, reject) => {
    let seen = ''
    const onData = (d: Buffer) => {
      seen += d
      const m = /WebDriver BiDi listening on (ws:\/\/\S+)/.exec(seen)
      if (m) resolve(m[1] as string)
    }
    firefox.stderr?.on('data', onData)
    firefox.stdout?.on('data', onData)
    firefox.once('exit', () => reject(new Error(`Firefox exited: ${seen.slice(-500)}`)))
    setTimeout(() => reject(new Error('Firefox did not start its remote agent in 30 s')), 30_000)
  })
  const ws = new WebSocket(`${url}/session`)
  await new Promise((resolve, reject) => {
    ws.once('open', resolve)
    ws.once('error', reject)
  })
  let nextId = 1
  const waiting = new Map<number, { resolve(v: unknown): void; reject(e: Error): void }>()
  ws.on('message', (data) => {
    const msg = JSON.parse(String(data)) as {
      id?: number
      error?: string
      message?: string
      result?: unknown
    }
    const w = msg.id !== undefined ? waiting.get(msg.id) : undefined
    if (!w) return
    waiting.delete(msg.id as number)
    if (msg.error) w.reject(new Error(`${msg.error}: ${msg.message}`))
    else w.resolve(msg.result)
  })
  const send = <T>(method: string, params: Record<string, unknown>) =>
    new Promise<T>((resolve, reject) => {
      const id = nextId++
      waiting.set(id, { resolve: resolve as (v: unknown) => void, reject })
      ws.send(JSON.stringify({ id, method, params }))
    })
  await send('session.new', { capabilities: {} })

  const evaluate = async <T>(context: string, body: string, scope?: 'chrome') => {
    const r = await send<{ type: string; result?: { value?: string }; exceptionDetails?: { text: string } }>(
      'script.evaluate',
      {
        expression: `(async () => JSON.stringify(await (async () => { ${body} })()))()`,
        target: { context },
        awaitPromise: true,
        ...(scope ? { 'moz:scope': scope } : {}),
      },
    )
    if (r.type === 'exception') throw new Error(r.exceptionDetails?.text ?? 'script error')
    const text = r.result?.value
    return (text === undefined ? undefined : JSON.parse(text)) as T
  }
  const chromeContext = async () => {
    const tree = await send<{ contexts: { context: string }[] }>('browsingContext.getTree', {
      'moz:scope': 'chrome',
    })
    return tree.contexts[0]?.context as string
  }
  return {
    send,
    chrome: async (body) => evaluate(await chromeContext(), body, 'chrome'),
    content: (context, body) => evaluate(context, body),
    async close() {
      ws.close()
      firefox.kill('SIGTERM')
      await new Promise((resolve) =>
        firefox.exitCode !== null ? resolve(null) : firefox.once('exit', resolve),
      )
      rmSync(profile, { recursive: true, force: true })
    },
  }
}
