import type { SourceFinding } from './types.ts'

// `bill-mfa-lint-disable-next-line <rule-id>[, <rule-id>...] -- reason` after any comment opener:
// // # /* <!-- -- ; % ' REM. Without rule ids it covers every rule. Each rule id follows a separator
// that cannot be empty (spaces, or a comma): a line can be split into ids one way only, so a line that
// is not a marker fails at once instead of trying every split (which hung on code quoting a marker).
const MARKER =
  /(?:\/\/|#|\/\*|<!--|--|;|%|'|\bREM\b)\s*bill-mfa-lint-disable-next-line(?<ids>(?:(?:\s*,\s*|\s+)[a-z][\w-]*(?<!-))*)(?:\s+--\s*(?<reason>.*?))?\s*(?:\*\/|-->)?\s*$/

interface Suppression {
  ids: ReadonlySet<string>
  reason: string
}

/** The suppressions a file declares, by the 1-based line they cover (the line after the comment). */
function suppressions(text: string): Map<number, Suppression> {
  const out = new Map<number, Suppression>()
  // Stryker disable next-line ConditionalExpression,StringLiteral: a shortcut; the lines give the same answer
  if (!text.includes('bill-mfa-lint-disable-next-line')) return out
  text.split('\n').forEach((line, i) => {
    // Stryker disable next-line ConditionalExpression,StringLiteral: a shortcut; MARKER gives the same answer
    if (!line.includes('bill-mfa-lint-disable-next-line')) return
    // A line's CR is taken by MARKER's trailing spaces, and the reason it captures has none at either end.
    const m = MARKER.exec(line)
    if (!m) return
    // Stryker disable next-line OptionalChaining,StringLiteral: the ids group always exists (it may be empty)
    const ids = (m.groups?.ids ?? '').split(/[\s,]/).filter(Boolean)
    // Stryker disable next-line OptionalChaining: the groups always exist
    out.set(i + 2, { ids: new Set(ids), reason: m.groups?.reason ?? '' })
  })
  return out
}

/** Marks the findings a suppression comment covers; they stay in the result, with the reason. */
export function applySuppressions(text: string, findings: SourceFinding[]): SourceFinding[] {
  const byLine = suppressions(text)
  // Stryker disable next-line ConditionalExpression: a shortcut; no finding is covered by an empty map
  if (byLine.size === 0) return findings
  return findings.map((f) => {
    const s = byLine.get(f.line)
    return s && (s.ids.size === 0 || s.ids.has(f.ruleId)) ? { ...f, suppressed: { reason: s.reason } } : f
  })
}
