import { applyEdits, findNodeAtLocation, modify, type Node, parseTree } from 'jsonc-parser'
import { otherLoginFieldName } from '../../shared/bill/login-fields.ts'
import type { CliFinding } from '../cli-finding.ts'
import { RENAMES, SAFE_REWRITES } from './fix-kinds.ts'
import { renameJsonKey } from './json-key.ts'
import { fixJsonLiteral } from './json-literal.ts'

// Fixes request bodies inside a Postman collection: the raw JSON body, or the JSON in a v2 `data` form
// field. The body is text inside the collection's JSON: it is fixed as JSON, then written back as one
// string value, leaving the rest of the file byte for byte as it was.

/** One rewrite, for the "fixed" lines: where, and the text before and after. */
export interface Change {
  where: string
  from: string
  to: string
}

type Path = (string | number)[]

/** The string nodes that hold JSON bodies in one request: the raw body, or v2 `data` form fields. */
function bodyTexts(root: Node, item: Path): Path[] {
  const body = findNodeAtLocation(root, [...item, 'request', 'body'])
  if (!body) return []
  const mode = findNodeAtLocation(body, ['mode'])?.value
  if (mode === 'raw') return [[...item, 'request', 'body', 'raw']]
  if (mode !== 'urlencoded' && mode !== 'formdata') return []
  const list = findNodeAtLocation(body, [mode])?.children ?? []
  return list.flatMap((_, i) =>
    findNodeAtLocation(body, [mode, i, 'key'])?.value === 'data'
      ? [[...item, 'request', 'body', mode, i, 'value']]
      : [],
  )
}

/** Renames a sign-in field in one request: a top-level key of its raw JSON body, or a form field's key. */
function renameField(text: string, item: Path, from: string, to: string): string {
  const root = parseTree(text) as Node
  const body = findNodeAtLocation(root, [...item, 'request', 'body'])
  if (!body) return text
  const mode = findNodeAtLocation(body, ['mode'])?.value
  if (mode === 'raw') {
    const raw = findNodeAtLocation(root, [...item, 'request', 'body', 'raw'])?.value
    if (typeof raw !== 'string') return text
    const renamed = renameJsonKey(raw, from, to)
    return renamed.renamed
      ? applyEdits(text, modify(text, [...item, 'request', 'body', 'raw'], renamed.text, {}))
      : text
  }
  if (mode !== 'urlencoded' && mode !== 'formdata') return text
  const keys = (findNodeAtLocation(body, [mode])?.children ?? []).map(
    (_, i) => findNodeAtLocation(body, [mode, i, 'key'])?.value,
  )
  const at = keys.indexOf(from)
  if (at < 0 || keys.includes(to)) return text
  return applyEdits(text, modify(text, [...item, 'request', 'body', mode, at, 'key'], to, {}))
}

export function fixPostman(
  text: string,
  findings: readonly CliFinding[],
): { text: string; changes: Change[] } {
  let out = text
  const changes: Change[] = []
  const done = new Set<string>()
  for (const f of findings) {
    const item = f.fixTarget?.itemPath
    const renameTo = f.report.field === undefined ? undefined : otherLoginFieldName(f.report.field)
    if (RENAMES[f.report.ruleId] && item && renameTo && !f.suppressed) {
      const before = out
      out = renameField(out, item, f.report.field as string, renameTo)
      if (out !== before)
        changes.push({
          where: `item ${f.report.location.item}`,
          from: `"${f.report.field}"`,
          to: `"${renameTo}"`,
        })
      continue
    }
    const fix = SAFE_REWRITES[f.report.ruleId]
    if (!fix || !item || f.suppressed) continue
    const key = JSON.stringify([item, fix.field])
    if (done.has(key)) continue
    done.add(key)
    for (const path of bodyTexts(parseTree(out) as Node, item)) {
      const node = findNodeAtLocation(parseTree(out) as Node, path)
      if (node?.type !== 'string' || typeof node.value !== 'string') continue
      const fixed = fixJsonLiteral(node.value, fix.field, fix.bad)
      if (fixed.changes.length === 0) continue
      out = applyEdits(out, modify(out, path, fixed.text, {}))
      for (const c of fixed.changes)
        changes.push({
          where: `item ${f.report.location.item}`,
          from: `${c.field}: ${c.from}`,
          to: `${c.field}: ${c.to}`,
        })
    }
  }
  return { text: out, changes }
}
