// The one way a command line the user pastes into a shell is written (the panel's "Copy as cURL", the
// popup's curl hand-off): option names come from code, every value from a request or a session is a field,
// and every field goes through shellQuote. docs/security.md explains why single quotes are enough.

/** A POSIX shell word that the shell gives back unchanged: single quotes, each ' written as '\''. */
function shellQuote(text: string): string {
  return `'${text.replaceAll("'", `'\\''`)}'`
}

/** One line of a command: a literal from code (program or option name), then the fields it takes. */
export type CommandLine = readonly [literal: string, ...fields: string[]]

export type ShellCommand = { ok: true; command: string } | { ok: false; reason: string }

// Program and option names only: a literal never carries data, so it needs no quoting.
const LITERAL = /^-{0,2}[A-Za-z][A-Za-z0-9-]*$/

/**
 * The command, one literal and its quoted fields per line. A field holding a NUL character is refused: no
 * shell can pass it in an argument (bash drops it, so the command would not send what was captured).
 */
export function shellCommand(lines: readonly CommandLine[]): ShellCommand {
  const words: string[] = []
  for (const [literal, ...fields] of lines) {
    if (!LITERAL.test(literal)) throw new Error(`not a program or option name: ${literal}`)
    if (fields.some((f) => f.includes('\0')))
      return {
        ok: false,
        reason: `The value after ${literal} holds a NUL character, which no shell command can carry.`,
      }
    words.push([literal, ...fields.map(shellQuote)].join(' '))
  }
  return { ok: true, command: words.join(' \\\n  ') }
}
