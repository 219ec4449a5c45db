import { readFileSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { build, type Plugin } from 'vite'

// The background as ONE classic script (docs/popup.md, "The worker's cold start"). crxjs emits a module loader
// that imports the background's entry chunk, which imports the chunks it shares with the pages: ten modules in
// three levels, fetched and compiled before the first line runs. Chrome forbids import() in a service worker, so
// none of it could be deferred. After the pages' build this plugin bundles the background alone into the
// loader's file (pages keep their shared chunks), removes the entry chunk nobody imports any more, and drops
// the manifest's `type: "module"`: the same code in one module file started slower than the ten, in one
// classic script faster (bench figures in docs/popup.md).

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

export function singleFileWorker(options: { entry: string; define: Record<string, string> }): Plugin {
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
      const output = await build({
        configFile: false,
        logLevel: 'warn',
        define: options.define,
        build: {
          write: false,
          minify: true,
          // Not lib mode: that keeps the whitespace of an ES module.
          rolldownOptions: { input: options.entry, output: { format: 'iife', codeSplitting: false } },
        },
      })
      const chunks = (Array.isArray(output) ? output : [output]).flatMap((o) =>
        'output' in o ? o.output : [],
      )
      const [worker, ...more] = chunks.filter((c) => c.type === 'chunk')
      if (!worker || more.length)
        throw new Error(`single-file-worker: expected one chunk, got ${chunks.length}`)
      for (const file of importedFiles(readFileSync(loaderPath, 'utf8')))
        rmSync(join(dirname(loaderPath), file))
      writeFileSync(loaderPath, worker.code)
      delete manifest.background.type
      writeFileSync(join(outDir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`)
    },
  }
}
