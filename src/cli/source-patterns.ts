// Regular expressions that find MFA flags set in source code, in the syntaxes of the languages BILL
// clients are written in: JS/TS `useBackup: true`, JSON `"useBackup": "true"`, shell/curl `useBackup=true`
// or `%22useBackup%22%3Atrue`, Python `"useBackup": True`, PHP/Ruby `'useBackup' => true`, Go
// `UseBackup: true` / `useBackup := true`, C# `UseBackup = true`, Java `setUseBackup(true)`.
//
// Case rules: the name must be BILL's (useBackup, primary) or the same with a capital first letter, as
// C#/Go/Java properties that serialize to it are spelled; other spellings (usebackup, use_backup) are not
// BILL's fields. The value is matched in any case (True, TRUE, "true"), quoted or not.

const QUOTE = String.raw`(?:\\?["'\x60]|%22)?`
// The name starts a word, or follows a percent-escape (curl's data=%7B%22useBackup...).
// `=(?!=)` keeps comparisons (==, ===) out; `(` catches setters and builder calls.
const SEPARATOR = String.raw`\s*(?:=>|:=|=(?!=)|:|%3[aA]|\()\s*`

const anyCase = (word: string) =>
  word
    .split('')
    .map((c) => `[${c.toLowerCase()}${c.toUpperCase()}]`)
    .join('')

/** Matches `name <separator> value`; group "name" is the field, group "value" the value with its quotes. */
export function assignment(field: string, value: boolean): RegExp {
  const name = `[${field[0]?.toLowerCase()}${field[0]?.toUpperCase()}]${field.slice(1)}`
  return new RegExp(
    String.raw`(?<=^|[^\w$]|%[0-9A-Fa-f]{2})(?:set)?${QUOTE}(?<name>${name})${QUOTE}${SEPARATOR}(?<value>${QUOTE}${anyCase(String(value))}${QUOTE})(?![\w$])`,
    'g',
  )
}

/** A reference to the MFA phone setup endpoint (not its /validate step). */
export const MFA_SETUP_REFERENCE = /mfa\/setup(?!\/validate)/i

/** How far (in lines, either way) a `primary` flag may sit from an mfa/setup reference to belong to it. */
export const SETUP_WINDOW_LINES = 15

/** Lines that build a BILL URL, where query credentials are looked for. */
export const BILL_URL_LINE = /bill\.com|\/api\/v2\/|\/v3\/|\{\{baseUrl\}\}/i
export const CREDENTIAL_IN_QUERY = /[?&](?<name>devKey|sessionId|userName|password)=/gi
