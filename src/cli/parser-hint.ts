// The one line that ends a run whose files needed parsers that are not installed: those files were read
// by the line matcher, which finds literal values only, and installing the packages gives the full analysis.

/** How the hint names each language (the part after `@ast-grep/lang-`). */
const NAMES: Readonly<Record<string, string>> = {
  bash: 'shell',
  csharp: 'C#',
  go: 'Go',
  java: 'Java',
  kotlin: 'Kotlin',
  php: 'PHP',
  python: 'Python',
  ruby: 'Ruby',
  rust: 'Rust',
  swift: 'Swift',
  yaml: 'YAML',
}

const languageOf = (pkg: string): string => {
  const id = pkg.replace(/^@ast-grep\/lang-/, '')
  return NAMES[id] ?? id
}

/**
 * The hint for the missing parser packages (each once, sorted), pinned to the versions the CLI is tested
 * with, or undefined when none is missing.
 */
export function parserHint(
  missing: Iterable<string>,
  versions: Readonly<Record<string, string>>,
): string | undefined {
  const packages = [...new Set(missing)].sort()
  if (packages.length === 0) return undefined
  const languages = packages.map(languageOf).join(', ')
  const install = packages.map((p) => (versions[p] ? `${p}@${versions[p]}` : p)).join(' ')
  return `${languages} files were read by the line matcher (no parser installed); for the full analysis: npm install -D ${install}`
}
