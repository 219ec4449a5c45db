import { fieldUse, nameToken } from '../../../../../src/cli/source/structural/fields.ts'
import { snippet } from './snippet.ts'

/**
 * Each field use fieldUse finds in a snippet, as text: `field=value` (a literal as written, `?` for a
 * run-time value), the text of the use, `loose` for a spelling that is not BILL's, and the anchor when it
 * is not the name itself.
 */
export function fieldUses(language: string, text: string): string[] {
  const { root, grammar } = snippet(language, text)
  const strings = new Set(grammar.strings)
  const out: string[] = []
  for (const token of root.findAll({
    rule: { any: [...grammar.names], regex: nameToken(['useBackup', 'primary']) },
  })) {
    const found = fieldUse(token, strings)
    if (!found) continue
    const { use, anchor, loose } = found
    const value = use.value.literal
      ? `${JSON.stringify(use.value.written)}@${text.slice(use.value.start, use.value.end)}`
      : '?'
    const at = anchor.id() === token.id() ? '' : ` at ${anchor.kind()}`
    out.push(`${use.field}=${value} [${text.slice(use.start, use.end)}]${loose ? ' loose' : ''}${at}`)
  }
  return out
}
