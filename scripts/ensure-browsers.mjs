// Installs the Debian browsers npm start / npm test need when they are missing: with apt-get as root, or with
// `sudo -n` where that is allowed. When neither works it prints the one command to run. Plain JS: it runs on a
// fresh clone before anything else is installed.
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'

export const BROWSERS = {
  chromium: { path: process.env.CHROMIUM_PATH ?? '/usr/lib/chromium/chromium', name: 'Chromium' },
  'firefox-esr': { path: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr', name: 'Firefox ESR' },
}

const quiet = { stdio: ['ignore', 'ignore', 'ignore'] }
const isRoot = () => typeof process.getuid === 'function' && process.getuid() === 0
const canSudo = () => spawnSync('sudo', ['-n', 'true'], quiet).status === 0

/** True when every package's browser is there (installing the missing ones if it can). */
export function ensureBrowsers(packages, log = (line) => console.log(line)) {
  const missing = packages.filter((p) => !existsSync(BROWSERS[p].path))
  if (missing.length === 0) return true
  const command = ['apt-get', 'install', '-y', '--no-install-recommends', ...missing]
  const prefix = isRoot() ? [] : canSudo() ? ['sudo', '-n'] : undefined
  if (!prefix) {
    log(`${missing.map((p) => BROWSERS[p].name).join(' and ')} missing. Run: sudo ${command.join(' ')}`)
    return false
  }
  log(`installing ${missing.join(' ')} with apt-get…`)
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
  const apt = (args) => {
    const [cmd, ...rest] = [...prefix, ...args]
    return spawnSync(cmd, rest, { stdio: 'inherit', env }).status === 0
  }
  const ok = apt(['apt-get', 'update', '-qq']) && apt(command)
  const still = packages.filter((p) => !existsSync(BROWSERS[p].path))
  if (!ok || still.length) {
    log(`could not install ${still.join(' ') || missing.join(' ')}. Run: sudo ${command.join(' ')}`)
    return false
  }
  return true
}
