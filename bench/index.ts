import { readdirSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { Benchmark } from './bench.ts'

// Runs every benchmark module in bench/: any file named *.bench.ts whose default export is a Benchmark
// ({ name, run }). To add one (e.g. the DevTools panel render benchmark), create
// bench/panel-render.bench.ts exporting `default { name: 'panel-render', async run() { ... } }`:
// no registration needed. `npm run bench -- lint` runs only the benchmarks whose name contains "lint".
// Figures are ratios against a baseline measured in the same run, never absolute thresholds.

const dir = fileURLToPath(new URL('.', import.meta.url))
const filter = process.argv[2] ?? ''
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.bench.ts'))
  .sort()

for (const file of files) {
  const { default: bench } = (await import(new URL(file, import.meta.url).href)) as { default: Benchmark }
  if (!bench.name.includes(filter)) continue
  console.log(`${bench.name} (${file})`)
  await bench.run()
}
