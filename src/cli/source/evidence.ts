// Which BILL MFA endpoint a piece of text names, and whether a file is about BILL at all.

/** `other`: a BILL endpoint that takes neither field (/v3/login, /v3/vendors, Login.json...). */
export type MfaKind = 'challenge-v3' | 'challenge-v2' | 'setup' | 'other'

export const MFA_FIELDS = ['useBackup', 'primary'] as const
export type MfaField = (typeof MFA_FIELDS)[number]

// Not followed by another path segment: /mfa/setup/validate and /mfa/challenge/validate are other endpoints.
const REFS: readonly [MfaKind, RegExp][] = [
  ['challenge-v2', /MFAChallenge\.json/i],
  ['challenge-v3', /mfa\/challenge(?![\w/-])/i],
  ['setup', /mfa\/setup(?![\w/-])/i],
  [
    'other',
    /\/v3\/(?!mfa\/(?:challenge|setup)(?![\w/-]))[a-z]|\/api\/v2\/(?!MFAChallenge\.json)[a-z]+\.json/i,
  ],
]

/** The MFA endpoints a string (a URL, a path, a constant's value) names. */
export function refKinds(text: string): MfaKind[] {
  return REFS.flatMap(([kind, re]) => (re.test(text) ? [kind] : []))
}

/** Cheap test for a string worth resolving as an endpoint reference. */
export const MAYBE_REF = /MFAChallenge\.json|mfa\/(?:challenge|setup)|\/v3\/[a-z]|\/api\/v2\/[a-z]/i

// BILL hosts (a `bill.com` name: `https://bill.com`, not `mybill.com`), BILL's v2 file
// names and v3 MFA paths, BILL's header/field names. No nested quantifier: linear on minified code.
const BILL_EVIDENCE =
  /(?:^|[^\w-]|[\w-]\.)bill\.com\b|MFAChallenge\.json|\/mfa\/(?:challenge|setup)|\bLogin\.json|\/v3\/login|\bdev_?key\b|["'\s]sessionId["'\s:]/i

export const hasBillEvidence = (text: string) => BILL_EVIDENCE.test(text)

/** The endpoint id (src/shared/bill/endpoints.ts) a field goes to among the kinds named, if any fits. */
export function endpointFor(field: MfaField, kinds: ReadonlySet<MfaKind>): string | undefined {
  if (field === 'primary') return kinds.has('setup') ? 'v3.mfa.setup' : undefined
  if (kinds.has('challenge-v3')) return 'v3.mfa.challenge'
  return kinds.has('challenge-v2') ? 'v2.mfa.challenge' : undefined
}

/** The canonical field for a name as written in code, or undefined when it is not one of BILL's. */
export function fieldOfName(name: string, setter: boolean): MfaField | undefined {
  const bare = setter ? name.replace(/^(?:set|with)(?=[A-Z])/, '') : name
  if (/^[uU]se_?[bB]ackup$/.test(bare)) return 'useBackup'
  if (/^[pP]rimary$/.test(bare)) return 'primary'
  return undefined
}

/**
 * The cheap pre-filter the walker runs before reading a file as source: a file passes when it could have
 * a finding at all, i.e. it shows BILL evidence (field findings need it; a shut-down host is a bill.com
 * name) or has a credential in a BILL-looking URL query.
 */
const CREDENTIAL_QUERY = /[?&](?:devKey|sessionId|userName|password)=/i
const BILL_URL = /\/api\/v2\/|\/v3\/|\{\{baseUrl\}\}/i

export const candidate = (text: string) =>
  hasBillEvidence(text) || (CREDENTIAL_QUERY.test(text) && BILL_URL.test(text))
