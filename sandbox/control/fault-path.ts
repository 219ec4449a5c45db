// Which request paths a fault applies to, matched with plain string comparisons: a user's regular expression
// would run on every request, and one like ^(a+)+$ would hang the sandbox.
//
// A path is a prefix ("/connect/v3/mfa"), or, starting with "^", a pattern made of literal text and
// "(a|b|c)" alternatives (not nested), ending in "$" for a whole-path match. "\x" is a literal x.

export interface PathMatcher {
  /** Each alternative spelled out. */
  texts: string[]
  /** Whole-path match ($) rather than prefix. */
  exact: boolean
}

const MAX_ALTERNATIVES = 64
const SPECIAL = new Set(['.', '*', '+', '?', '[', ']', '{', '}', '^', '$', '(', ')', '|'])

export function parseFaultPath(
  path: string,
): { ok: true; matcher: PathMatcher } | { ok: false; reason: string } {
  if (!path.startsWith('^')) return { ok: true, matcher: { texts: [path], exact: false } }
  const exact = path.endsWith('$') && !path.endsWith('\\$')
  const body = path.slice(1, exact ? -1 : undefined)
  let texts = ['']
  let group: string[] | undefined
  for (let i = 0; i < body.length; i++) {
    let ch = body[i] as string
    if (ch === '\\') {
      i++
      if (i >= body.length) return { ok: false, reason: 'a pattern may not end with \\' }
      ch = body[i] as string
    } else if (ch === '(') {
      if (group) return { ok: false, reason: 'groups may not be nested' }
      group = ['']
      continue
    } else if (ch === ')' || (ch === '|' && group)) {
      if (!group) return { ok: false, reason: 'a ) without its (' }
      if (ch === '|') {
        group.push('')
        continue
      }
      const alternatives: string[] = group
      texts = texts.flatMap((t) => alternatives.map((a) => t + a))
      if (texts.length > MAX_ALTERNATIVES)
        return { ok: false, reason: `more than ${MAX_ALTERNATIVES} alternatives` }
      group = undefined
      continue
    } else if (SPECIAL.has(ch)) {
      return { ok: false, reason: `“${ch}” is not supported: use literal text and (a|b) alternatives` }
    }
    if (group) group[group.length - 1] += ch
    else texts = texts.map((t) => t + ch)
  }
  if (group) return { ok: false, reason: 'a ( without its )' }
  return { ok: true, matcher: { texts, exact } }
}

export function pathMatches(matcher: PathMatcher, path: string): boolean {
  return matcher.texts.some((t) => (matcher.exact ? path === t : path.startsWith(t)))
}
