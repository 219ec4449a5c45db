import { createRequire } from 'node:module'
import { Lang, registerDynamicLanguage } from '@ast-grep/napi'
import type { StructuralLanguage } from '../types.ts'

// JavaScript, TypeScript and TSX parsers are built into @ast-grep/napi; the others come from the
// @ast-grep/lang-* packages (optional peers of the CLI's package), which ship prebuilt parsers. A package
// that is not installed, or cannot load (no prebuild for this platform), leaves its language to the text
// matcher instead of failing the run.
const BUILT_IN: Partial<Record<StructuralLanguage, Lang>> = {
  typescript: Lang.TypeScript,
  tsx: Lang.Tsx,
  javascript: Lang.JavaScript,
  // JSON is a JavaScript expression: read in parentheses (structural/index.ts), so `{` opens an object.
  json: Lang.JavaScript,
}

const PACKAGES: Partial<Record<StructuralLanguage, string>> = {
  python: '@ast-grep/lang-python',
  java: '@ast-grep/lang-java',
  csharp: '@ast-grep/lang-csharp',
  go: '@ast-grep/lang-go',
  ruby: '@ast-grep/lang-ruby',
  php: '@ast-grep/lang-php',
  bash: '@ast-grep/lang-bash',
  kotlin: '@ast-grep/lang-kotlin',
  swift: '@ast-grep/lang-swift',
  rust: '@ast-grep/lang-rust',
  yaml: '@ast-grep/lang-yaml',
}

const require = createRequire(import.meta.url)
/** Languages the run will meet, when the caller said so (expectLanguages); otherwise every package. */
let expected: ReadonlySet<string> | undefined
let registered: ReadonlySet<string> | undefined

/**
 * Names the languages of the files about to be read. ast-grep registers parsers once per process, so the
 * first file that needs one registers those of the whole run, and no others: a JavaScript-only tree
 * loads none. Without this call, every installed package is registered when the first one is needed.
 */
export function expectLanguages(languages: Iterable<string>): void {
  if (!registered) expected = new Set(languages)
}

function register(needed: string): ReadonlySet<string> {
  const wanted = Object.keys(PACKAGES).filter((l) => l === needed || !expected || expected.has(l))
  const found: Record<string, unknown> = {}
  for (const language of wanted) {
    try {
      const registration = require(PACKAGES[language as StructuralLanguage] as string)
      // Reading libraryPath finds the prebuilt parser or throws.
      if (typeof registration.libraryPath === 'string') found[language] = registration
    } catch {
      // Left to the text matcher; when the package is not installed, the run says so (missingParser).
    }
  }
  try {
    // One call: ast-grep ignores later ones.
    registerDynamicLanguage(found as Parameters<typeof registerDynamicLanguage>[0])
    return new Set(Object.keys(found))
  } catch {
    return new Set()
  }
}

/** The ast-grep language to parse with, or undefined when this language has no parser here. */
export function parserFor(language: string): string | undefined {
  const builtIn = BUILT_IN[language as StructuralLanguage]
  if (builtIn) return builtIn
  if (!(language in PACKAGES)) return undefined
  registered ??= register(language)
  return registered.has(language) ? language : undefined
}

/** The package a language's parser comes from, when it is not installed (its files go to the text matcher). */
export function missingParser(language: string): string | undefined {
  const pkg = PACKAGES[language as StructuralLanguage]
  if (!pkg) return undefined
  try {
    require.resolve(pkg)
    return undefined
  } catch {
    return pkg
  }
}

/** The languages whose parsers this process has registered (none until one is needed). */
export const loadedParsers = (): ReadonlySet<string> => registered ?? new Set()
