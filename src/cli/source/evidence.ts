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

// BILL hosts, BILL's v2 file names and v3 MFA paths, and BILL's header/field names.
const BILL_EVIDENCE =
  /(?:^|[^\w-])(?:[\w-]+\.)*bill\.com\b|MFAChallenge\.json|\/mfa\/(?:challenge|setup)|\bLogin\.json|\/v3\/login|\bdev_?key\b|["'\s]sessionId["'\s:]/i

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

/** The cheap pre-filter: files without any of these words cannot have a finding. */
const CANDIDATE =
  /use_?backup|primary|MFAChallenge|mfa\/|api-sandbox\.bill\.com|[?&](?:devKey|sessionId|userName|password)=/i

export const candidate = (text: string) => CANDIDATE.test(text)
