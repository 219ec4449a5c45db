import { resolve } from 'node:path'
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin'
import preact from '@preact/preset-vite'
import { defineConfig } from 'vite'
import source from './manifest.json' with { type: 'json' }
import { flavourFromEnv, manifestFor, outDirFor } from './scripts/flavours.ts'
import { noInnerHtml } from './scripts/no-inner-html.ts'
import { singleFileWorker } from './scripts/single-file-worker.ts'

// One build per flavour (crxjs emits exactly one background key per build): see scripts/flavours.ts.
const flavour = flavourFromEnv(process.env)
const define = {
  __LOCAL_FLAVOUR__: JSON.stringify(flavour.local),
  __BROWSER__: JSON.stringify(flavour.browser),
}

export default defineConfig({
  plugins: [
    noInnerHtml(),
    preact(),
    crx({ manifest: manifestFor(source, flavour) as unknown as ManifestV3Export, browser: flavour.browser }),
    // The worker's cold start: its code in one file, not in chunks shared with the pages.
    singleFileWorker({ entry: source.background.service_worker, define }),
  ],
  define,
  build: {
    outDir: resolve(outDirFor(flavour)),
    emptyOutDir: true,
    // The panel page is only named in panels.create(), and Firefox's sidebar_action is unknown to crxjs.
    rollupOptions: { input: { panel: 'src/devtools/panel.html', sideview: 'src/sidepanel/index.html' } },
  },
})
