import { readdir, stat } from 'node:fs/promises'
import { join } from 'node:path'

const SKIPPED_DIRS = new Set(['node_modules', '.git'])

// Content is what decides a file's kind, but these are never text worth reading.
const BINARY_EXTENSIONS =
  /\.(?:png|jpe?g|gif|webp|ico|bmp|pdf|zip|gz|tgz|bz2|xz|7z|rar|jar|class|exe|dll|so|dylib|o|a|wasm|woff2?|ttf|otf|eot|mp[34]|mov|avi|webm|sqlite|db|pyc)$/i

export interface InputFile {
  path: string
  /** Named on the command line (always read) or found by walking a directory (may be skipped). */
  explicit: boolean
}

/** Expands the command-line paths: files as given, directories walked in sorted order. */
export async function collectFiles(
  paths: readonly string[],
  problem: (path: string, reason: string) => void,
): Promise<InputFile[]> {
  const files: InputFile[] = []
  for (const path of paths) {
    let info: Awaited<ReturnType<typeof stat>>
    try {
      info = await stat(path)
    } catch (e) {
      problem(path, (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file or directory' : String(e))
      continue
    }
    if (info.isDirectory()) await walk(path, files)
    else files.push({ path, explicit: true })
  }
  return files
}

async function walk(dir: string, out: InputFile[]): Promise<void> {
  const entries = await readdir(dir, { withFileTypes: true })
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
  for (const e of entries) {
    const path = join(dir, e.name)
    // Symbolic links are not followed: they can loop.
    if (e.isDirectory() && !SKIPPED_DIRS.has(e.name)) await walk(path, out)
    else if (e.isFile() && !BINARY_EXTENSIONS.test(e.name)) out.push({ path, explicit: false })
  }
}
