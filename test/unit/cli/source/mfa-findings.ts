import { scanSource } from '../../../../src/cli/source/index.ts'

// The helpers the source-analysis tests share: a file's MFA findings as `line ruleId`, at a date after
// BILL's deadline (deprecated literals are errors).
export const NOW = { now: new Date('2026-04-10') }

export const found = (path: string, text: string) =>
  scanSource({ path, text }, NOW)
    .findings.filter((f) => f.ruleId.startsWith('mfa-'))
    .map((f) => `${f.line} ${f.ruleId}`)

export const lines = (...l: string[]) => l.join('\n')

export const BILL_BASE = 'https://gateway.stage.bill.com/connect'
