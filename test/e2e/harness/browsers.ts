import { existsSync } from 'node:fs'
import { resolve } from 'node:path'

// Debian's packages; no test tool may download a browser of its own.
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/lib/chromium/chromium'
export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr'

// Flags proven on the CI machines: without the background-networking ones Chromium
// keeps trying to reach Google's hosts, which this closed network refuses.
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
]

export const LOCAL_CHROME_DIST = resolve('dist/local-chrome')
export const LOCAL_FIREFOX_DIST = resolve('dist/local-firefox')

/** Every reason the e2e suite cannot run, each with the command that fixes it. Never skip silently. */
export function missingPrerequisites(): string[] {
  const missing: string[] = []
  if (!existsSync(CHROMIUM)) {
    missing.push(`Chromium not found at ${CHROMIUM}. Install it: sudo apt-get install -y chromium`)
  }
  if (!existsSync(FIREFOX)) {
    missing.push(`Firefox ESR not found at ${FIREFOX}. Install it: sudo apt-get install -y firefox-esr`)
  }
  for (const dir of [LOCAL_CHROME_DIST, LOCAL_FIREFOX_DIST]) {
    if (!existsSync(resolve(dir, 'manifest.json')))
      missing.push(`${dir} is not built. Run: npm run build:local`)
  }
  return missing
}
