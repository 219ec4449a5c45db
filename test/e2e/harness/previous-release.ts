import { execFileSync, spawnSync } from 'node:child_process'
import { cpSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'

/**
 * The local Chrome (or Firefox) build of an earlier commit (the release users update from), made from
 * `git archive` in `dir` with this checkout's node_modules: no worktree, nothing written to the repository.
 */
export function buildPreviousRelease(
  commit: string,
  dir: string,
  target: 'chrome' | 'firefox' = 'chrome',
): string {
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(dir, { recursive: true })
  const archive = execFileSync('git', ['archive', '--format=tar', commit], { maxBuffer: 512 * 1024 * 1024 })
  execFileSync('tar', ['-x', '-C', dir], { input: archive })
  symlinkSync(resolve('node_modules'), join(dir, 'node_modules'), 'dir')
  const built = spawnSync(
    process.execPath,
    ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'error'],
    {
      cwd: dir,
      env: { ...process.env, TARGET: target, FLAVOUR: 'local' },
      encoding: 'utf8',
    },
  )
  if (built.status !== 0) throw new Error(`building ${commit} failed: ${built.stderr.slice(-800)}`)
  return join(dir, `dist/local-${target}`)
}

/** Puts a build where the browser loads the extension from, as the store's update replaces the files. */
export function installAt(build: string, place: string, version?: string): void {
  rmSync(place, { recursive: true, force: true })
  cpSync(build, place, { recursive: true })
  if (!version) return
  const path = join(place, 'manifest.json')
  writeFileSync(path, JSON.stringify({ ...JSON.parse(readFileSync(path, 'utf8')), version }))
}
