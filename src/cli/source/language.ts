import type { SourceLanguage } from './types.ts'

const BY_EXTENSION: Record<string, SourceLanguage> = {
  ts: 'typescript',
  mts: 'typescript',
  cts: 'typescript',
  tsx: 'tsx',
  jsx: 'tsx',
  js: 'javascript',
  mjs: 'javascript',
  cjs: 'javascript',
  py: 'python',
  java: 'java',
  cs: 'csharp',
  go: 'go',
  rb: 'ruby',
  rake: 'ruby',
  php: 'php',
  sh: 'bash',
  bash: 'bash',
  zsh: 'bash',
  json: 'json',
  kt: 'kotlin',
  kts: 'kotlin',
  swift: 'swift',
  rs: 'rust',
  yaml: 'yaml',
  yml: 'yaml',
  md: 'markdown',
  markdown: 'markdown',
  mdx: 'markdown',
}

const BY_SHEBANG: readonly [RegExp, SourceLanguage][] = [
  [/\b(?:ba|z)?sh\b/, 'bash'],
  [/\bpython[\d.]*\b/, 'python'],
  [/\bnode\b/, 'javascript'],
  [/\bruby\b/, 'ruby'],
  [/\bphp\b/, 'php'],
]

/** Markdown fence info strings (```py) to languages. */
const BY_FENCE: Record<string, SourceLanguage> = {
  ...BY_EXTENSION,
  javascript: 'javascript',
  node: 'javascript',
  typescript: 'typescript',
  python: 'python',
  csharp: 'csharp',
  'c#': 'csharp',
  golang: 'go',
  ruby: 'ruby',
  shell: 'bash',
  console: 'bash',
  shellsession: 'bash',
  curl: 'bash',
  kotlin: 'kotlin',
  rust: 'rust',
}

/** A table's own entry: `x.constructor` or a ```__proto__ fence names no language (not Object's members). */
function own(table: Record<string, SourceLanguage>, key: string | undefined): SourceLanguage | undefined {
  // Stryker disable next-line ConditionalExpression: Object.hasOwn is false for undefined too (this is for the types)
  if (key === undefined) return undefined
  return Object.hasOwn(table, key) ? table[key] : undefined
}

/** The language a file's name says (its last extension, in any case), if any. */
const byName = (path: string) => own(BY_EXTENSION, /\.([\w]+)$/.exec(path.toLowerCase())?.[1])

/** The language of a file, by extension, else by its `#!` line; `text` when unknown. */
export function detectLanguage(path: string, text: string): SourceLanguage {
  const known = byName(path)
  if (known) return known
  const shebang = /^#!.*/.exec(text)?.[0]
  return (shebang && BY_SHEBANG.find(([re]) => re.test(shebang))?.[1]) || 'text'
}

/**
 * The languages a run will parse, from its files' names; a name without a known extension may be a
 * script (`#!`). Markdown adds none: a fenced block in a language no file of the run has is parsed only
 * when it is the first to need a parser, else read by the line matcher.
 */
export function languagesOfPaths(paths: readonly string[]): Set<SourceLanguage> {
  const out = new Set<SourceLanguage>()
  for (const path of paths) {
    const language = byName(path)
    if (language) out.add(language)
    else for (const [, shebang] of BY_SHEBANG) out.add(shebang)
    // A CI workflow is read as the shell it runs.
    if (language === 'yaml') out.add('bash')
  }
  return out
}

/** The language of a Markdown fenced block from its info string (```python title="x"). */
export function fenceLanguage(info: string): SourceLanguage {
  // The first word: everything from the first space, `{` or `,` on is options (```js{1,3}).
  const word = info
    .trim()
    .toLowerCase()
    .replace(/[\s{,].*/, '')
  const lang = own(BY_FENCE, word)
  return lang && lang !== 'markdown' ? lang : 'text'
}
