import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { Lang, parse, type SgNode } from '@ast-grep/napi'
import { describe, expect, it } from 'vitest'

// Every word a page shows comes from t() (src/ui/i18n), so that a translation is one folder. This reads the pages'
// components as syntax trees and lists each string literal that would reach the user without t(): JSX text, a
// literal in a JSX child or in a visible attribute (label, title, placeholder…), and any other literal that reads
// as prose (a space between words, or a capitalised word). Keys, class names, test ids and URLs pass.

const ROOT = join(import.meta.dirname, '../../..')
/** Names that read the same in every language: formats, protocols, BILL's API versions. */
const NAMES = /^(JSON|HTTP|Markdown|v2|v3)$/
/** Files whose words are not the page's: the .env text a remembered device is exported as, read by tools. */
const NOT_PAGE_TEXT = ['src/options/device-export.ts']
/** Attributes whose value the user reads or hears. */
const VISIBLE_ATTRIBUTES = new Set(['label', 'hint', 'title', 'placeholder', 'alt', 'aria-label', 'summary'])
/** A sentence, as a component's own prop may carry one (class names and ids are lower-case words). */
const SENTENCE = /^[A-Z][a-z]*\s|[a-z][.…?!]$/
const PROSE = /[A-Za-z]\s+[A-Za-z]|^\s*[A-Z][a-z]|[a-z][.:…?!]$/

/** Every page component, and the popup's and options page's helpers, whose words reach the same pages. */
const pageSources = () =>
  [
    ...['src/popup', 'src/options', 'src/sidepanel', 'src/devtools'].flatMap((d) =>
      files(join(ROOT, d), /\.tsx$/),
    ),
    ...['src/popup', 'src/options'].flatMap((d) => files(join(ROOT, d), /(?<!\.d)\.ts$/)),
  ].filter((path) => !NOT_PAGE_TEXT.includes(relative(ROOT, path)))

function files(dir: string, pattern: RegExp): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return files(path, pattern)
    return pattern.test(name) ? [path] : []
  })
}

const ancestors = (node: SgNode) => {
  const out: SgNode[] = []
  for (let p = node.parent(); p; p = p.parent()) out.push(p)
  return out
}
const attributeName = (attribute: SgNode) => attribute.child(0)?.text() ?? ''
const isCallTo = (call: SgNode | null | undefined, name: string) =>
  call?.kind() === 'call_expression' && call.field('function')?.text() === name

const CHOOSERS = new Set(['ternary_expression', 'parenthesized_expression', 'binary_expression'])
const NOT_SHOWN_IN = new Set(['subscript_expression', 'import_statement', 'export_statement'])
const COMPARISONS = new Set(['===', '!==', '==', '!=', '<', '>', '<=', '>=', 'in', 'instanceof'])

/** Walks up through the nodes that only choose between values: `a ? 'x' : 'y'`, `(…)`, `a && 'x'`. */
function chooser(node: SgNode): SgNode | null {
  let up = node.parent()
  while (up && CHOOSERS.has(String(up.kind()))) up = up.parent()
  return up
}

/** A key given to t(), directly or as a branch of a condition: t(busy ? 'verifying' : 'verify'). */
function isKeyOfT(node: SgNode): boolean {
  const up = chooser(node)
  return up?.kind() === 'arguments' && isCallTo(up.parent(), 't')
}

/** The words of a literal: a template's own text, without what its `${…}` inserts. */
const wordsOf = (node: SgNode) =>
  node.kind() === 'jsx_text'
    ? node.text()
    : node.kind() === 'template_string'
      ? node
          .children()
          .filter((c) => c.kind() === 'string_fragment')
          .map((c) => c.text())
          .join('')
      : node.text().slice(1, -1)

/** The reason a literal is user-visible text not from t(), or undefined. */
function visibleLiteral(node: SgNode): string | undefined {
  const text = wordsOf(node)
  if (!/[A-Za-z]/.test(text) || /^[a-z]+:\/\//.test(text) || NAMES.test(text.trim())) return undefined
  if (node.kind() === 'jsx_text') return 'JSX text'
  const parent = node.parent()
  if (isKeyOfT(node)) return undefined
  // Compared or looked up (`method === 'token'`, `labels['x']`), an object key, a module name: not shown.
  const compared =
    parent?.kind() === 'binary_expression' && COMPARISONS.has(parent.field('operator')?.text() ?? '')
  if (compared || NOT_SHOWN_IN.has(String(parent?.kind()))) return undefined
  if (parent?.kind() === 'pair' && parent.field('key')?.id() === node.id()) return undefined
  // Class names, ids, test ids, input types… never reach the user; labels, titles and placeholders do.
  const attribute = ancestors(node).find((a) => a.kind() === 'jsx_attribute')
  if (attribute)
    return VISIBLE_ATTRIBUTES.has(attributeName(attribute)) || SENTENCE.test(text)
      ? `attribute ${attributeName(attribute)}`
      : undefined
  if (chooser(node)?.kind() === 'jsx_expression') return 'JSX child'
  return PROSE.test(text) ? 'prose' : undefined
}

function hardCoded(source: string): string[] {
  const root = parse(Lang.Tsx, source).root()
  const literals = [
    ...root.findAll({ rule: { kind: 'jsx_text' } }),
    ...root.findAll({ rule: { kind: 'string' } }),
    ...root.findAll({ rule: { kind: 'template_string' } }),
  ]
  return literals.flatMap((node) => {
    const why = visibleLiteral(node)
    return why ? [`${node.range().start.line + 1}: ${why}: ${node.text().trim().slice(0, 60)}`] : []
  })
}

describe('the pages’ words come from t()', () => {
  it('tells words the user sees from keys, class names, test ids and URLs', () => {
    const shown = [
      '<p>Hello</p>',
      '<input placeholder="Your name" />',
      "<button>{busy ? 'Saving…' : 'Save'}</button>",
      `<p>{\`Saved \${n} profiles\`}</p>`,
      "announce('Profile saved.')",
      "const LABELS = { a: 'Sandbox' }",
      "<p>{message ?? 'Nothing yet.'}</p>",
      "<Table emptyMessage={file ? 'No requests in this file.' : undefined} />",
    ]
    for (const source of shown) expect(hardCoded(source), source).not.toEqual([])
    const hidden = [
      `<p class="muted small" data-testid="x" role="status">{t('hello')}</p>`,
      "<b>{t(busy ? 'saving' : 'save', { name })}</b>",
      '<input type="url" placeholder="http://127.0.0.1:4010/connect" />',
      "<p>{t('x')} · {value}</p>",
      `if (method === 'token') download(\`bill-\${day}.json\`)`,
      "const KEYS = { sandbox: 'envSandbox' }",
      "<p class={active ? 'row active' : 'row'}>{kind !== 'none' && t('x')}</p>",
      '<option value="json">JSON</option>',
    ]
    for (const source of hidden) expect(hardCoded(source), source).toEqual([])
  })

  it('finds no user-visible string literal in a page component', () => {
    const found = pageSources().flatMap((path) =>
      hardCoded(readFileSync(path, 'utf8')).map((line) => `${relative(ROOT, path)}:${line}`),
    )
    expect(found, 'put these words in src/ui/i18n/en/ and show them with t()').toEqual([])
  })
})
