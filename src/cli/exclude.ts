import { relative, sep } from 'node:path'
import ignore from 'ignore'

// --exclude GLOB and the config file's "excludes": gitignore patterns (`*.sarif`, `fixtures/`,
// `/build`, `docs/**/*.md`), relative to the directory they were given in (the working directory for
// --exclude, the config file's directory for "excludes").

export interface ExcludeList {
  /** Absolute directory the patterns are relative to. */
  base: string
  patterns: readonly string[]
}

/** Whether a walked path (absolute) is excluded; undefined when nothing is. */
export type Excluder = (abs: string, isDir: boolean) => boolean

export function excluder(lists: readonly ExcludeList[]): Excluder | undefined {
  const rules = lists
    .filter((l) => l.patterns.length > 0)
    .map((l) => ({ base: l.base, rules: ignore().add([...l.patterns]) }))
  if (rules.length === 0) return undefined
  return (abs, isDir) =>
    rules.some(({ base, rules }) => {
      const rel = relative(base, abs)
      // Outside the patterns' directory: they say nothing about it.
      if (!rel || rel === '..' || rel.startsWith(`..${sep}`) || rel.startsWith(sep)) return false
      const path = sep === '/' ? rel : rel.split(sep).join('/')
      return rules.ignores(isDir ? `${path}/` : path)
    })
}

/** A pattern the user gave, checked once: an empty one or one that climbs out is refused. */
export function badPattern(pattern: string): string | undefined {
  if (pattern.trim() === '') return 'an empty pattern'
  if (pattern.split('/').includes('..')) return `"${pattern}" climbs out of its directory (..)`
  return undefined
}
