import { scanTree } from '../../../../../src/cli/source/imports/scan-tree.ts'

export const NOW = new Date('2026-04-10')

/** `file:line rule` for each MFA finding of a tree given as path → text (first line is 1). */
export function treeFindings(files: Record<string, string>): string[] {
  const list = Object.entries(files).map(([path, text]) => ({ path, text }))
  return scanTree(list, { now: NOW }).flatMap((result, i) =>
    result.findings
      .filter((f) => f.ruleId.startsWith('mfa-'))
      .map((f) => `${list[i]?.path}:${f.line} ${f.ruleId}`),
  )
}

export const CHALLENGE = 'mfa-challenge-backup-phone'
export const SETUP = 'mfa-setup-secondary-phone'
