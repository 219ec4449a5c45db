// npm start [-- --port N]: the local BILL sandbox (on N, default 4010, or any free port, said so) plus Chromium with the local build and a profile pointing at the sandbox.
// With a display it opens a window and stays until Ctrl+C / SIGTERM; without one (or with --headless) it saves
// screenshots of the popup, the options page and the DevTools panel, under artifacts/demo/ or --screenshots DIR.
// Whatever it started (sandbox, browsers) is stopped on SIGINT, SIGTERM and SIGHUP.
import { mkdirSync } from 'node:fs'
import { resolve } from 'node:path'
import { DEFAULT_IDLE_TIMEOUT_SECONDS } from '../sandbox/options.ts'
import { type RunningSandbox, startSandbox } from '../sandbox/server.ts'
import { launchChromium } from '../test/e2e/harness/chromium.ts'
import { createSandboxProfile } from '../test/e2e/harness/protocol.ts'
import { saveScreenshots } from './demo-shots.ts'
import { nextSteps } from './demo-steps.ts'

const args = process.argv.slice(2)
const at = args.indexOf('--screenshots')
const shotsDir = at >= 0 ? args[at + 1] : undefined
const headless = !process.env.DISPLAY || args.includes('--headless') || shotsDir !== undefined

const stops: (() => Promise<void>)[] = []
const stoppers = { add: (stop: () => Promise<void>) => stops.push(stop) }
let stopping = false
async function stopAll(code: number): Promise<never> {
  if (!stopping) {
    stopping = true
    for (const stop of stops.reverse()) await stop().catch(() => undefined)
  }
  process.exit(code)
}
for (const [signal, code] of [
  ['SIGINT', 130],
  ['SIGTERM', 143],
  ['SIGHUP', 129],
] as const) {
  process.on(signal, () => {
    console.log(`\nstart: ${signal}: stopping the browser and the sandbox…`)
    void stopAll(code)
  })
}

// If scripts/start.mjs is gone (killed outright), nobody is left to pass a signal on: stop too.
const parent = process.ppid
setInterval(() => process.ppid !== parent && void stopAll(143), 250).unref()

const portAt = args.indexOf('--port')
const preferredPort = portAt >= 0 ? Number(args[portAt + 1]) : 4010
if (!Number.isInteger(preferredPort) || preferredPort < 0 || preferredPort > 65535) {
  console.error(`start: --port takes a port number, 0 to 65535 (0: any free port), not ${args[portAt + 1]}`)
  process.exit(2)
}

async function sandboxOnPreferredPort(): Promise<RunningSandbox> {
  try {
    return await startSandbox({ port: preferredPort, quiet: true })
  } catch {
    const sandbox = await startSandbox({ port: 0, quiet: true })
    console.log(
      `start: port ${preferredPort} is in use: the sandbox runs on port ${sandbox.port} instead. The demo profile uses it; in the options page's "New local sandbox profile", put ${sandbox.port} in the v3 base URL.`,
    )
    return sandbox
  }
}

const sandbox = await sandboxOnPreferredPort()
stoppers.add(() => sandbox.close())
const qa = sandbox.accounts[0]!
console.log(`start: local BILL sandbox: v3 ${sandbox.v3Base}  v2 ${sandbox.v2Base}`)
console.log(`start: QA demo page (calls BILL with deprecated MFA fields): ${sandbox.origin}/__sandbox/demo`)
console.log('start: demo accounts (texts with codes: GET /__sandbox/sms):')
for (const a of sandbox.accounts) {
  console.log(
    `  ${a.username}  password ${a.password}  org ${a.organizationId}  devKey ${a.devKey}${a.phone ? `  phone ${a.phone}` : '  (no MFA phone)'}${a.syncToken ? `  sync token ${a.syncToken.token}` : ''}`,
  )
}

if (headless) {
  const dir = resolve(shotsDir ?? 'artifacts/demo')
  mkdirSync(dir, { recursive: true })
  console.log('start: no display (or --headless): running the demo headless…')
  for (const file of await saveScreenshots(sandbox, dir, stoppers)) console.log(`start: saved ${file}`)
  console.log(nextSteps({ origin: sandbox.origin, password: qa.password, screenshots: dir }))
  await stopAll(0)
} else {
  const ext = await launchChromium({ headless: false })
  stoppers.add(() => ext.close())
  const setup = await ext.open('src/options/index.html')
  // The sandbox's own idle timeout (BILL's 35 minutes), so the countdown matches what the sandbox does.
  await createSandboxProfile(setup, sandbox, qa, {
    name: 'Local sandbox (qa@example.com)',
    idleTimeoutSeconds: DEFAULT_IDLE_TIMEOUT_SECONDS,
  })
  await ext.open('src/popup/index.html')
  const demo = await ext.context.newPage()
  await demo.goto(`${sandbox.origin}/__sandbox/demo`)
  console.log(`start: Chromium runs the extension ${ext.extensionId} with a profile for ${qa.username}.`)
  console.log(nextSteps({ origin: sandbox.origin, password: qa.password }))
  console.log('start: Ctrl+C (or SIGTERM) stops Chromium and the sandbox.')
  ext.context.on('close', () => void stopAll(0))
}
