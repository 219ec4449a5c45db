import { readFileSync } from 'node:fs'

// Set by the bundler (scripts/pack-cli.mjs); undefined when the CLI runs from source.
declare const BILL_MFA_LINT_VERSION: string | undefined

/** The CLI's version: its own package manifest's (packages/bill-mfa-lint/package.json). */
export function packageVersion(): string {
  if (typeof BILL_MFA_LINT_VERSION === 'string') return BILL_MFA_LINT_VERSION
  const manifest = new URL('../../packages/bill-mfa-lint/package.json', import.meta.url)
  const version = (JSON.parse(readFileSync(manifest, 'utf8')) as { version?: unknown }).version
  return typeof version === 'string' ? version : '0.0.0'
}
