import { type BillApi, KNOWN_HOSTS } from '../shared/bill/hosts.ts'
import { type DateInput, severityAt } from '../shared/rules/dates.ts'
import type { FieldRule } from '../shared/rules/field-rule.ts'
import {
  MFA_CHALLENGE_BACKUP_PHONE,
  MFA_OPTIONAL_FIELD,
  MFA_SETUP_SECONDARY_PHONE,
} from '../shared/rules/mfa-rules.ts'
import {
  CREDENTIALS_IN_QUERY,
  describeCredential,
  describeSunset,
  SUNSET_HOST,
} from '../shared/rules/request-rules.ts'
import type { FindingDraft, Rule } from '../shared/rules/rule.ts'
import type { Finding } from '../shared/rules/types.ts'
import {
  assignment,
  BILL_URL_LINE,
  CREDENTIAL_IN_QUERY,
  MFA_SETUP_REFERENCE,
  SETUP_WINDOW_LINES,
} from './source-patterns.ts'

export interface SourceFinding {
  finding: Finding
  /** 1-based line and column (UTF-16 units). */
  line: number
  column: number
  lineText: string
}

interface FieldCheck {
  rule: FieldRule
  /** Set when the field exists in one API only (MFA setup is v3-only), for the message. */
  api?: BillApi
  field: string
  pattern: RegExp
  /** `primary` is a common word: it only counts near an mfa/setup reference. `useBackup` is BILL's alone. */
  nearSetupOnly: boolean
}

const FIELD_CHECKS: readonly FieldCheck[] = [
  {
    rule: MFA_CHALLENGE_BACKUP_PHONE,
    field: 'useBackup',
    pattern: assignment('useBackup', true),
    nearSetupOnly: false,
  },
  {
    rule: MFA_SETUP_SECONDARY_PHONE,
    field: 'primary',
    pattern: assignment('primary', false),
    nearSetupOnly: true,
  },
  {
    rule: MFA_OPTIONAL_FIELD,
    field: 'useBackup',
    pattern: assignment('useBackup', false),
    nearSetupOnly: false,
  },
  {
    rule: MFA_OPTIONAL_FIELD,
    api: 'v3',
    field: 'primary',
    pattern: assignment('primary', true),
    nearSetupOnly: true,
  },
]

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

/** The value as written: the string when it opens with a quote, else the boolean. */
function literal(raw: string): unknown {
  const opening = /^(?:\\?["'`]|%22)/.exec(raw)
  const word = raw.slice(opening?.[0].length ?? 0).replace(/(?:\\?["'`]|%22)$/, '')
  return opening ? word : word.toLowerCase() === 'true'
}

const stamp = (rule: Rule, now: DateInput, draft: FindingDraft): Finding => ({
  ruleId: rule.id,
  severity: severityAt(rule.severity, now),
  ...draft,
})

/** Finds deprecated MFA flags, query credentials and shut-down hosts in source text of any language. */
export function scanSource(text: string, now: DateInput): SourceFinding[] {
  const lines = text.split(/\r?\n/)
  const setupLines = lines.flatMap((l, i) => (MFA_SETUP_REFERENCE.test(l) ? [i] : []))
  const nearSetup = (i: number) => setupLines.some((l) => Math.abs(l - i) <= SETUP_WINDOW_LINES)
  const out: SourceFinding[] = []
  const add = (i: number, column: number, finding: Finding) =>
    out.push({ finding, line: i + 1, column: column + 1, lineText: lines[i] ?? '' })

  lines.forEach((lineText, i) => {
    for (const check of FIELD_CHECKS) {
      if (check.nearSetupOnly && !nearSetup(i)) continue
      for (const m of lineText.matchAll(check.pattern)) {
        const name = m.groups?.name ?? check.field
        const draft = check.rule.describe(check.field, literal(m.groups?.value ?? ''), check.api, now)
        add(i, m.index + m[0].indexOf(name), stamp(check.rule, now, { ...draft, field: name }))
      }
    }
    if (BILL_URL_LINE.test(lineText)) {
      for (const m of lineText.matchAll(CREDENTIAL_IN_QUERY)) {
        const name = m.groups?.name ?? ''
        add(i, m.index + 1, stamp(CREDENTIALS_IN_QUERY, now, describeCredential(name, undefined)))
      }
    }
    for (const host of SUNSET_HOSTS) {
      for (const m of lineText.matchAll(host.pattern)) add(i, m.index, stamp(SUNSET_HOST, now, host.draft))
    }
  })
  return out.sort((a, b) => a.line - b.line || a.column - b.column)
}
