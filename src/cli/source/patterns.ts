// Regular expressions shared by the text matcher and the scan of strings that hold JSON or form data:
// JS/TS `useBackup: true`, JSON `"useBackup": "true"`, shell/curl `useBackup=true` or
// `%22useBackup%22%3Atrue`, Python `"useBackup": True`, PHP/Ruby `'useBackup' => true`, Go
// `UseBackup: true`, C# `UseBackup = true`, Java `setUseBackup(true)`.
//
// The name must be BILL's (useBackup, primary) or the same with a capital first letter, as C#/Go/Java
// properties that serialize to it are spelled. The value is matched in any case, quoted or not.

const QUOTE = String.raw`(?:\\?["'\x60]|%22)?`
// The name starts a word, or follows a percent-escape (curl's data=%7B%22useBackup...).
// `=(?!=)` keeps comparisons (==, ===) out; `(` catches setters and builder calls.
const SEPARATOR = String.raw`\s*(?:=>|:=|=(?!=)|:|%3[aA]|\()\s*`
const BEFORE_NAME = String.raw`(?<=^|[^\w$]|%[0-9A-Fa-f]{2})(?:set)?${QUOTE}`

const anyCase = (word: string) =>
  word
    .split('')
    .map((c) => `[${c.toLowerCase()}${c.toUpperCase()}]`)
    .join('')

const nameOf = (field: string) =>
  `[${field.charAt(0).toLowerCase()}${field.charAt(0).toUpperCase()}]${field.slice(1)}`

/** `name <separator> value`; group "name" is the field, group "value" the value with its quotes. */
export function assignment(field: string, value: boolean): RegExp {
  return new RegExp(
    String.raw`${BEFORE_NAME}(?<name>${nameOf(field)})${QUOTE}${SEPARATOR}(?<value>${QUOTE}${anyCase(String(value))}${QUOTE})(?![\w$])`,
    'g',
  )
}

/**
 * Inside a string: `name <separator>` followed by an interpolation (`${x}`, `#{x}`, `{x}`, `$x`, `%s`)
 * or by the end of the string (the value is concatenated after it). Group "value" is what follows.
 */
export function interpolated(field: string): RegExp {
  return new RegExp(
    String.raw`${BEFORE_NAME}(?<name>${nameOf(field)})${QUOTE}${SEPARATOR}(?<value>\$\{[^}]*\}|#\{[^}]*\}|\{[A-Za-z_][\w.]*\}|\$[A-Za-z_(][\w)]*|%[sdv]|\\?["'\x60]\s*$)`,
    'g',
  )
}

/** The value as written: the string when it opens with a quote, else the boolean. */
export function literal(raw: string): unknown {
  // Stryker disable next-line Regex: a value opens with its quote or is a bare word without one
  const opening = /^(?:\\?["'`]|%22)/.exec(raw)
  // Stryker disable next-line Regex: the only quote left in a quoted value is its closing one
  const word = raw.slice(opening?.[0].length ?? 0).replace(/(?:\\?["'`]|%22)$/, '')
  return opening ? word : word.toLowerCase() === 'true'
}

/** Lines that build a BILL URL, where query credentials are looked for. */
export const BILL_URL_LINE = /bill\.com|\/api\/v2\/|\/v3\/|\{\{baseUrl\}\}/i
export const CREDENTIAL_IN_QUERY = /[?&](?<name>devKey|sessionId|userName|password)=/gi
