// npm start: the local BILL sandbox plus Chromium with the local build and a profile pointing at the sandbox.
// With a display it opens a window and stays until Ctrl+C / SIGTERM; without one (or with --headless) it saves
// screenshots of the popup, the options page and the DevTools panel, under artifacts/demo/ or --screenshots DIR.
// Whatever it started (sandbox, browsers) is stopped on SIGINT, SIGTERM and SIGHUP.
import { mkdirSync } from 'node:fs'
import { resolve } from 'node:path'
import { type RunningSandbox, startSandbox } from '../sandbox/server.ts'
import { launchChromium } from '../test/e2e/harness/chromium.ts'
import { createSandboxProfile } from '../test/e2e/harness/protocol.ts'
import { saveScreenshots } from './demo-shots.ts'

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

async function sandboxOnPreferredPort(): Promise<RunningSandbox> {
  try {
    return await startSandbox({ port: 4010, quiet: true })
  } catch {
    return startSandbox({ port: 0, quiet: true }) // 4010 is taken: any free port
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
  console.log('start: open the screenshots above, or run npm start where there is a display.')
  await stopAll(0)
} else {
  const ext = await launchChromium({ headless: false })
  stoppers.add(() => ext.close())
  const setup = await ext.open('src/options/index.html')
  await createSandboxProfile(setup, sandbox, qa, { name: 'Local sandbox (qa@example.com)' })
  await ext.open('src/popup/index.html')
  const demo = await ext.context.newPage()
  await demo.goto(`${sandbox.origin}/__sandbox/demo`)
  console.log(`start: Chromium runs the extension ${ext.extensionId} with a profile for ${qa.username}.
start: three things to try:
  1. In the popup tab (or the toolbar button), sign in with ${qa.password}, press "Send code by SMS", and type
     the code from ${sandbox.origin}/__sandbox/sms: the session becomes MFA-trusted and the countdown runs.
  2. On the demo tab, open DevTools (F12), choose the "BILL" tab, and press "Run all" on the page: the v2 and v3
     backup-phone calls are flagged; click one for BILL's answer and the corrected request.
  3. Lint files in CI style: npm run bill-mfa-lint -- test/fixtures/bill-v3-postman-collection.json
start: Ctrl+C (or SIGTERM) stops Chromium and the sandbox.`)
  ext.context.on('close', () => void stopAll(0))
}
