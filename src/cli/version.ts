import { readFileSync } from 'node:fs'

// Set by the bundler (scripts/pack-cli.mjs); undefined when the CLI runs from source.
declare const BILL_MFA_LINT_VERSION: string | undefined
declare const BILL_MFA_LINT_PARSERS: Record<string, string> | undefined

interface Manifest {
  version?: unknown
  peerDependencies?: Record<string, string>
}

/** The CLI's own package manifest (packages/bill-mfa-lint/package.json), read when run from source. */
function manifest(): Manifest {
  const path = new URL('../../packages/bill-mfa-lint/package.json', import.meta.url)
  return JSON.parse(readFileSync(path, 'utf8')) as Manifest
}

/** The CLI's version: its package manifest's. */
export function packageVersion(): string {
  if (typeof BILL_MFA_LINT_VERSION === 'string') return BILL_MFA_LINT_VERSION
  const { version } = manifest()
  return typeof version === 'string' ? version : '0.0.0'
}

/** The versions of the optional parser packages the CLI is tested with: its manifest's peer dependencies. */
export function parserVersions(): Readonly<Record<string, string>> {
  if (typeof BILL_MFA_LINT_PARSERS === 'object') return BILL_MFA_LINT_PARSERS
  return manifest().peerDependencies ?? {}
}
