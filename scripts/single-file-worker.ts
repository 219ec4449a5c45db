import { readFileSync, rmSync, writeFileSync } from 'node:fs'
import { basename, dirname, join, resolve } from 'node:path'
import { build, type Plugin, type Rollup } from 'vite'

// The background as ONE classic script (docs/popup.md, "The worker's cold start"). crxjs emits a module loader
// that imports the background's entry chunk, which imports the chunks it shares with the pages: ten modules in
// three levels, fetched and compiled before the first line runs. Chrome forbids import() in a service worker, so
// none of it could be deferred. After the pages' build this plugin bundles the background alone into the
// loader's file (pages keep their shared chunks), removes the entry chunk nobody imports any more, and drops
// the manifest's `type: "module"`: the same code in one module file started slower than the ten, in one
// classic script faster (bench figures in docs/popup.md).
// V8 pre-parses every byte of a script before its first line runs, so modules the worker needs only on some
// event are left out of it (LAZY_WORKER_MODULES): each becomes a script of its own, imported during the
// worker's install (the only time Chrome lets a service worker fetch a new script) and run again by
// importScripts() on first use, which Chrome then serves from the installed copy. Firefox's event page
// has no importScripts: it lists those scripts before the worker's in background.scripts.

/**
 * Modules of the worker loaded on first use, not at wake: the rules engine (the first watched tab request),
 * the redaction of a replay's answer (the first replay) and the BILL client (the first call to BILL). Each may
 * export functions only: the worker's bundle gets, in its place, one function per export that loads the
 * script and calls the real one.
 */
export const LAZY_WORKER_MODULES = [
  'src/background/traffic/flag.ts',
  'src/background/session/replay-body.ts',
  'src/shared/bill/client.ts',
]

/** Where a lazy module's script goes (beside the worker's) and the global its exports are kept in. */
export function lazyScript(module: string): { file: string; global: string } {
  const name = basename(module).replace(/\.[^.]+$/, '')
  return { file: `lazy-${name}.js`, global: `__billLazy_${name.replace(/\W/g, '_')}` }
}

/** The worker bundle's stand-in for a lazy module: loads its script on the first call of any export. */
export function lazyStub(script: { file: string; global: string }, exports: readonly string[]): string {
  const file = JSON.stringify(script.file)
  const global = JSON.stringify(script.global)
  return [
    `if (typeof importScripts === 'function') self.addEventListener('install', () => importScripts(${file}))`,
    `const load = () => globalThis[${global}] ?? (importScripts(${file}), globalThis[${global}])`,
    ...exports.map((name) => `export const ${name} = (...args) => load().${name}(...args)`),
  ].join('\n')
}

/** Swaps each lazy module for its stand-in in the worker's bundle. */
function lazyStubs(stubs: ReadonlyMap<string, string>): Plugin {
  const PREFIX = '\0lazy-worker-module:'
  return {
    name: 'lazy-worker-modules',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true })
      return resolved && stubs.has(resolved.id) ? PREFIX + resolved.id : null
    },
    load: (id) => (id.startsWith(PREFIX) ? stubs.get(id.slice(PREFIX.length)) : null),
  }
}

/** The file the manifest starts the background from: Chrome's service_worker or Firefox's scripts[0]. */
export function backgroundFile(manifest: {
  background?: { service_worker?: string; scripts?: string[] }
}): string {
  const file = manifest.background?.service_worker ?? manifest.background?.scripts?.[0]
  if (!file) throw new Error('single-file-worker: the built manifest names no background script')
  return file
}

/** The relative modules a script imports statically (`import './a.js'`, `import{x}from"./b.js"`). */
export function importedFiles(script: string): string[] {
  return [...script.matchAll(/\b(?:import|from)\s*["'](\.{1,2}\/[^"']+)["']/g)].map((m) => m[1] ?? '')
}

/** One classic script from `input` (its exports kept in `global` when given), minified. */
async function bundle(
  input: string,
  define: Record<string, string>,
  options: { global?: string; plugins?: Plugin[] } = {},
): Promise<Rollup.OutputChunk> {
  const output = await build({
    configFile: false,
    logLevel: 'warn',
    define,
    plugins: options.plugins ?? [],
    build: {
      write: false,
      minify: true,
      // Not lib mode: that keeps the whitespace of an ES module.
      rolldownOptions: {
        input,
        // Vite drops an app entry's exports; a lazy module's are what its script is for.
        ...(options.global ? { preserveEntrySignatures: 'strict' as const } : {}),
        output: { format: 'iife', codeSplitting: false, ...(options.global ? { name: options.global } : {}) },
      },
    },
  })
  const chunks = (Array.isArray(output) ? output : [output]).flatMap((o) => ('output' in o ? o.output : []))
  const [chunk, ...more] = chunks.filter((c) => c.type === 'chunk')
  if (!chunk || more.length) throw new Error(`single-file-worker: expected one chunk, got ${chunks.length}`)
  return chunk
}

export function singleFileWorker(options: {
  entry: string
  define: Record<string, string>
  lazy: readonly string[]
}): Plugin {
  let outDir = ''
  return {
    name: 'single-file-worker',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir
    },
    async writeBundle() {
      const manifest = JSON.parse(readFileSync(join(outDir, 'manifest.json'), 'utf8'))
      const loaderPath = join(outDir, backgroundFile(manifest))
      const stubs = new Map<string, string>()
      const lazyFiles: string[] = []
      for (const module of options.lazy) {
        const script = lazyScript(module)
        const chunk = await bundle(module, options.define, { global: script.global })
        writeFileSync(join(dirname(loaderPath), script.file), chunk.code)
        lazyFiles.push(join(dirname(backgroundFile(manifest)), script.file))
        stubs.set(resolve(module), lazyStub(script, chunk.exports))
      }
      const worker = await bundle(options.entry, options.define, { plugins: [lazyStubs(stubs)] })
      for (const file of importedFiles(readFileSync(loaderPath, 'utf8')))
        rmSync(join(dirname(loaderPath), file))
      writeFileSync(loaderPath, worker.code)
      delete manifest.background.type
      if (manifest.background.scripts)
        manifest.background.scripts = [...lazyFiles, ...manifest.background.scripts]
      writeFileSync(join(outDir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`)
    },
  }
}
