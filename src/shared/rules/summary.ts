import type { Finding, Severity } from './types.ts'

export type SeverityCounts = Record<Severity, number>

export function summarize(findings: readonly Pick<Finding, 'severity'>[]): SeverityCounts {
  const counts: SeverityCounts = { error: 0, warning: 0, info: 0 }
  for (const f of findings) counts[f.severity]++
  return counts
}

const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 }

/** True when `severity` is at or above `threshold` (error > warning > info). */
export function atLeast(severity: Severity, threshold: Severity): boolean {
  return RANK[severity] >= RANK[threshold]
}
