import { createRequire } from 'node:module'
import { Lang, registerDynamicLanguage } from '@ast-grep/napi'
import type { StructuralLanguage } from '../types.ts'

// JavaScript, TypeScript and TSX parsers are built into @ast-grep/napi; the others come from the
// @ast-grep/lang-* packages, which ship prebuilt parsers. A package that cannot load (no prebuild for
// this platform) leaves its language to the text matcher instead of failing the run.
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
}

let registered: Map<string, string> | undefined

function register(): Map<string, string> {
  const require = createRequire(import.meta.url)
  const found: Record<string, unknown> = {}
  for (const [language, pkg] of Object.entries(PACKAGES)) {
    try {
      const registration = require(pkg)
      // Reading libraryPath finds the prebuilt parser or throws.
      if (typeof registration.libraryPath === 'string') found[language] = registration
    } catch {
      // Left to the text matcher.
    }
  }
  try {
    // One call: each call replaces the languages registered before.
    registerDynamicLanguage(found as Parameters<typeof registerDynamicLanguage>[0])
    return new Map(Object.keys(found).map((l) => [l, l]))
  } catch {
    return new Map()
  }
}

/** The ast-grep language to parse with, or undefined when this language has no parser here. */
export function parserFor(language: string): string | undefined {
  const builtIn = BUILT_IN[language as StructuralLanguage]
  if (builtIn) return builtIn
  if (!(language in PACKAGES)) return undefined
  registered ??= register()
  return registered.get(language)
}
