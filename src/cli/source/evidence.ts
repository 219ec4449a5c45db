// Which BILL MFA endpoint a piece of text names, and whether a file is about BILL at all.
import { KNOWN_HOSTS } from '../../shared/bill/hosts.ts'
import { billScopeOfUrl } from '../../shared/bill/scope.ts'
import { BILL_URL_LINE } from './patterns.ts'

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

/** A URL on an explicit host that is not BILL's (another API's own `https://auth.acme.io/v3/mfa/...`). */
export function onOtherHost(url: string): boolean {
  try {
    return billScopeOfUrl(new URL(url)) === undefined
  } catch {
    return false
  }
}

// A written URL; one with a placeholder (`https://${host}/...`, `{{baseUrl}}`) names no host.
const URL_IN_TEXT = /\bhttps?:\/\/[^\s'"`<>()]+/gi

/** The endpoints a file names: an MFA path on another API's own host is `other`, not BILL's. */
export function billRefKinds(text: string): MfaKind[] {
  let elsewhere = false
  const own = text.replace(URL_IN_TEXT, (u) => {
    if (/[{$]/.test(u) || !onOtherHost(u)) return u
    elsewhere ||= refKinds(u).length > 0
    // Stryker disable next-line StringLiteral: a URL ends at a space, quote or bracket, so no text put here joins a path
    return ''
  })
  const kinds = refKinds(own)
  return elsewhere && !kinds.includes('other') ? [...kinds, 'other'] : kinds
}

/** Cheap test for a string worth resolving as an endpoint reference. */
export const MAYBE_REF = /MFAChallenge\.json|mfa\/(?:challenge|setup)|\/v3\/[a-z]|\/api\/v2\/[a-z]/i

// BILL hosts (a `bill.com` name: `https://bill.com`, not `mybill.com`), BILL's v2 file names and v3 MFA
// paths, BILL's developer key. Not `sessionId` alone: browser protocols (CDP, WebDriver BiDi) use it too, and
// with BILL it comes with a developer key or a BILL URL. No nested quantifier: linear on minified code.
const EVIDENCE_SOURCE = String.raw`(?<![\w-])bill\.com\b|MFAChallenge\.json|\/mfa\/(?:challenge|setup)|\bLogin\.json|\/v3\/login|\bdev_?key\b|developerKey`
const BILL_EVIDENCE = new RegExp(EVIDENCE_SOURCE, 'i')

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

/** How far from BILL evidence a field name may be (a path constant defined further up the file). */
const NEAR = 4096
const FIELD_NAME = /use_?backup|primary/i
const CREDENTIAL_QUERY = /[?&](?:devKey|sessionId|userName|password)=/i
// One pass over the text rejects almost every file: neither BILL evidence nor a credential in a query.
// The evidence's terms without their word boundaries: looser, and a faster pass.
const LOOSE_EVIDENCE = EVIDENCE_SOURCE.replace(/\(\?<!\[\\w-\]\)|\\b/g, '')
export const ANY_SIGN = new RegExp(`${LOOSE_EVIDENCE}|${CREDENTIAL_QUERY.source}`, 'i')
const SUNSET_HOST = new RegExp(
  KNOWN_HOSTS.flatMap((h) => (h.sunset ? [h.host.replace(/\./g, '\\.')] : [])).join('|'),
  'i',
)

/**
 * The cheap pre-filter the walker runs before reading a file as source: a file passes when it could have
 * a finding at all, i.e. a field name near BILL evidence (field findings need it), a shut-down BILL host,
 * or a credential in a BILL-looking URL query. `near` is the distance in units of `text`.
 */
export function candidate(text: string, near = NEAR): boolean {
  // Stryker disable next-line ConditionalExpression: a shortcut; every test below needs one of ANY_SIGN's words
  if (!ANY_SIGN.test(text)) return false
  if (CREDENTIAL_QUERY.test(text) && BILL_URL_LINE.test(text)) return true
  if (SUNSET_HOST.test(text)) return true
  const evidence = new RegExp(EVIDENCE_SOURCE, 'gi')
  for (let m = evidence.exec(text); m; m = evidence.exec(text)) {
    if (FIELD_NAME.test(text.slice(Math.max(0, m.index - near), m.index + near))) return true
  }
  return false
}

/**
 * The pre-filter on a file's bytes read as Latin-1, which the walker uses (a third of the cost of
 * decoding UTF-8). Every word looked for is ASCII and reads the same; non-ASCII bytes never match an
 * ASCII letter, even ignoring case. Distances are in bytes: up to three per UTF-16 unit.
 */
export const candidateBytes = (latin1: string) => candidate(latin1, 3 * NEAR)
