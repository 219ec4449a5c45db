import { KNOWN_HOSTS } from '../../shared/bill/hosts.ts'
import { severityAt } from '../../shared/rules/dates.ts'
import {
  CREDENTIALS_IN_QUERY,
  describeCredential,
  describeSunset,
  SUNSET_HOST,
} from '../../shared/rules/request-rules.ts'
import type { FindingDraft, Rule } from '../../shared/rules/rule.ts'
import type { OffsetFinding } from './judge.ts'
import { BILL_URL_LINE, CREDENTIAL_IN_QUERY } from './patterns.ts'

const SUNSET_HOSTS = KNOWN_HOSTS.flatMap((h) =>
  h.sunset
    ? [
        {
          pattern: new RegExp(h.host.replace(/\./g, '\\.'), 'gi'),
          draft: describeSunset({ ...h, sunset: h.sunset }),
        },
      ]
    : [],
)

/** Shut-down BILL hosts and credentials in the query of BILL URLs, line by line in any language. */
export function urlScan(text: string, now: Date): OffsetFinding[] {
  const out: OffsetFinding[] = []
  const add = (rule: Rule, start: number, length: number, draft: FindingDraft) =>
    out.push({
      ...draft,
      ruleId: rule.id,
      severity: severityAt(rule.severity, now),
      start,
      end: start + length,
      analysis: 'text',
    })
  let offset = 0
  for (const line of text.split('\n')) {
    if (BILL_URL_LINE.test(line)) {
      for (const m of line.matchAll(CREDENTIAL_IN_QUERY)) {
        // Stryker disable next-line OptionalChaining,StringLiteral: the pattern's group always exists
        const name = m.groups?.name ?? ''
        add(CREDENTIALS_IN_QUERY, offset + m.index + 1, name.length, describeCredential(name, undefined))
      }
    }
    for (const host of SUNSET_HOSTS) {
      for (const m of line.matchAll(host.pattern)) add(SUNSET_HOST, offset + m.index, m[0].length, host.draft)
    }
    offset += line.length + 1
  }
  return out
}
