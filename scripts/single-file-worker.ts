import { readFileSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { build, type Plugin } from 'vite'

// The background as ONE file (docs/popup.md, "The worker's cold start"). crxjs emits a loader that imports the
// background's entry chunk, which imports the chunks it shares with the pages: ten module files in three levels,
// each fetched and compiled before the first line runs, about 110 ms of a cold start on the shared machine
// against 30 ms for the same code in one file. Chrome forbids import() in a service worker, so nothing could be
// deferred anyway. After the pages' build this plugin bundles the background alone into the loader's file
// (pages keep their shared chunks) and removes the entry chunk nobody imports any more.

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
          rolldownOptions: { input: options.entry, output: { codeSplitting: false } },
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
    },
  }
}
