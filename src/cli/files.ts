import { type Dirent, existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { basename, dirname, join, relative, resolve, sep } from 'node:path'
import ignore, { type Ignore } from 'ignore'
import type { Excluder } from './exclude.ts'
import { errorReason } from './input/read-file.ts'
import { isOwnPackage, PACKAGE_NAME } from './own-output.ts'

// Expands the command-line paths into the files to lint. Directories are walked in sorted order,
// honouring .gitignore files (the walked directory's, its ancestors' up to the repository root, and
// nested ones), without following symbolic links (they can loop).

const SKIPPED_DIRS = new Set(['node_modules', '.git'])

// Content is what decides a file's kind, but these are never text worth reading.
const BINARY_EXTENSIONS =
  /\.(?:png|jpe?g|gif|webp|ico|bmp|pdf|zip|gz|tgz|bz2|xz|7z|rar|jar|class|exe|dll|so|dylib|node|o|a|wasm|woff2?|ttf|otf|eot|mp[34]|mov|avi|webm|sqlite|db|pyc)$/i

// Generated from sources that are in the tree too: reading them again finds nothing new.
const GENERATED = /\.(?:js|css|mjs|cjs)\.map$/i

export interface InputFile {
  path: string
  /** Named on the command line (always read) or found by walking a directory (may be skipped). */
  explicit: boolean
}

export interface FileSink {
  /** An input the user named that cannot be used: exit 2. */
  problem(path: string, reason: string): void
  /** Something skipped while walking, shown with --verbose. */
  note(path: string, reason: string): void
  /** --exclude patterns and the config file's "excludes": walked paths they match are skipped. */
  exclude?: Excluder | undefined
}

interface IgnoreRules {
  base: string
  rules: Ignore
}

function loadGitignore(dir: string): IgnoreRules | undefined {
  try {
    return { base: dir, rules: ignore().add(readFileSync(join(dir, '.gitignore'), 'utf8')) }
  } catch {
    return undefined
  }
}

/** .gitignore files above a walked directory, up to the repository root (the directory holding .git). */
function ancestorRules(dir: string): IgnoreRules[] {
  const chain: IgnoreRules[] = []
  for (let current = dirname(dir); ; current = dirname(current)) {
    const own = loadGitignore(current)
    if (own) chain.unshift(own)
    if (existsSync(join(current, '.git'))) return chain
    // Outside a repository there is no .gitignore to honour above the walked directory.
    if (current === dirname(current)) return []
  }
}

/** `abs` relative to `base` (both absolute), with forward slashes; a plain slice when `abs` is inside. */
function below(base: string, abs: string): string {
  const rel =
    abs.startsWith(base) && abs.charAt(base.length) === sep ? abs.slice(base.length + 1) : relative(base, abs)
  return sep === '/' ? rel : rel.split(sep).join('/')
}

/** Git's rule: the innermost .gitignore that says something about a path (absolute) decides. */
function ignored(abs: string, isDir: boolean, chain: readonly IgnoreRules[]): boolean {
  let out = false
  for (const { base, rules } of chain) {
    const rel = below(base, abs)
    if (!rel || rel.startsWith('..')) continue
    const r = rules.test(isDir ? `${rel}/` : rel)
    if (r.ignored) out = true
    else if (r.unignored) out = false
  }
  return out
}

const byName = (a: Dirent, b: Dirent) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)

interface Pending {
  /** As shown: the walked directory as the user wrote it, joined with the names below it. */
  path: string
  abs: string
  isDir: boolean
  chain: IgnoreRules[]
}

function walk(root: string, out: InputFile[], sink: FileSink): void {
  // node_modules is skipped inside a walked tree, unless the user asked for a tree inside one.
  const skipped = resolve(root).split(sep).includes('node_modules') ? new Set(['.git']) : SKIPPED_DIRS
  // Depth first in sorted order, without recursion: a stack of what is still to visit.
  // A directory the user names is walked even when .gitignore ignores it (e.g. node_modules).
  const rootAbs = resolve(root)
  const above = ancestorRules(rootAbs)
  const stack: Pending[] = [
    { path: root, abs: rootAbs, isDir: true, chain: ignored(rootAbs, true, above) ? [] : above },
  ]
  while (stack.length > 0) {
    const { path: dir, abs: dirAbs, isDir, chain: outer } = stack.pop() as Pending
    if (!isDir) {
      out.push({ path: dir, explicit: false })
      continue
    }
    let entries: Dirent[]
    try {
      entries = readdirSync(dir, { withFileTypes: true })
    } catch (e) {
      sink.note(dir, errorReason(e))
      continue
    }
    // This tool's own package (installed, or its sources) quotes every rule: never read. npm installs it
    // under its name (node_modules/bill-mfa-lint, pnpm's too): only such directories are opened to check.
    if (basename(dirAbs) === PACKAGE_NAME && isOwnPackage(dir)) {
      sink.note(dir, 'skipped: bill-mfa-lint’s own package')
      continue
    }
    entries.sort(byName)
    const own = entries.some((e) => e.name === '.gitignore' && e.isFile()) ? loadGitignore(dir) : undefined
    const chain = own ? [...outer, own] : outer
    const next: Pending[] = []
    for (const e of entries) {
      const path = join(dir, e.name)
      const abs = `${dirAbs}${dirAbs.endsWith(sep) ? '' : sep}${e.name}`
      if (e.isDirectory()) {
        if (skipped.has(e.name) || ignored(abs, true, chain)) continue
        if (sink.exclude?.(abs, true)) sink.note(path, 'skipped: excluded')
        else next.push({ path, abs, isDir: true, chain })
      } else if (e.isFile()) {
        if (BINARY_EXTENSIONS.test(e.name)) sink.note(path, 'skipped: binary file type')
        else if (GENERATED.test(e.name)) sink.note(path, 'skipped: source map')
        else if (ignored(abs, false, chain)) continue
        else if (sink.exclude?.(abs, false)) sink.note(path, 'skipped: excluded')
        else next.push({ path, abs, isDir: false, chain })
      } else if (!e.isSymbolicLink()) sink.note(path, 'skipped: not a regular file')
    }
    for (let i = next.length - 1; i >= 0; i--) stack.push(next[i] as Pending)
  }
}

/** Expands the command-line paths: files as given, directories walked in sorted order. */
export function collectFiles(paths: readonly string[], sink: FileSink): InputFile[] {
  const files: InputFile[] = []
  for (const path of paths) {
    let isDirectory: boolean
    try {
      isDirectory = statSync(path).isDirectory()
    } catch (e) {
      sink.problem(path, errorReason(e))
      continue
    }
    if (isDirectory) walk(path, files, sink)
    else files.push({ path, explicit: true })
  }
  return files
}
