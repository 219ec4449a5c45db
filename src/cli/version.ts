import { readFileSync } from 'node:fs'

/** The package version, read from package.json next to src/ at run time. */
export function packageVersion(): string {
  const pkg: unknown = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'))
  const version = (pkg as { version?: unknown }).version
  return typeof version === 'string' ? version : '0.0.0'
}
