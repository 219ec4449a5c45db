// npm run pack:cli: bundles the CLI (src/cli + the engine from src/shared) into plain JavaScript in
// packages/bill-mfa-lint/dist, then packs that package into artifacts/bill-mfa-lint-<version>.tgz.
// `--no-pack` only bundles (the benchmark runs the bundle). Native parsers (ast-grep) stay external:
// @ast-grep/napi is the package's dependency, the @ast-grep/lang-* parsers its optional peers, all at
// the versions this repository is tested with.
import { spawnSync } from 'node:child_process'
import { chmodSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'

const ROOT = fileURLToPath(new URL('../', import.meta.url))
const PKG = join(ROOT, 'packages/bill-mfa-lint')
const DIST = join(PKG, 'dist')
const readJson = (path) => JSON.parse(readFileSync(path, 'utf8'))
const manifest = readJson(join(PKG, 'package.json'))
const rootDeps = readJson(join(ROOT, 'package.json')).dependencies
// Optional peers: the language parsers, installed by whoever has such files (the CLI's hint says which).
const pinned = { ...manifest.dependencies, ...manifest.peerDependencies }
const external = Object.keys(pinned)

function fail(message) {
  console.error(`pack-cli: ${message}`)
  process.exit(1)
}

for (const name of external) {
  if (rootDeps[name] !== pinned[name])
    fail(`${name} is ${pinned[name]} in the CLI's manifest but ${rootDeps[name]} in the repository`)
}

rmSync(DIST, { recursive: true, force: true })
const result = await build({
  absWorkingDir: ROOT,
  entryPoints: { 'bill-mfa-lint': 'src/cli/main.ts' },
  outdir: DIST,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // ESM builds first: jsonc-parser's UMD build requires its modules in a way no bundler follows.
  mainFields: ['module', 'main'],
  // CLI_NO_MINIFY=1 keeps names readable in CPU profiles (node --cpu-prof dist/bill-mfa-lint.js ...).
  minify: process.env.CLI_NO_MINIFY !== '1',
  external,
  define: {
    BILL_MFA_LINT_VERSION: JSON.stringify(manifest.version),
    BILL_MFA_LINT_PARSERS: JSON.stringify(manifest.peerDependencies),
  },
  // Bundled CommonJS modules call require(); ESM has none of its own.
  banner: {
    js: "#!/usr/bin/env node\nimport { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);",
  },
  metafile: true,
  logLevel: 'warning',
})

// Every import left out of the bundle must be a dependency of the package (or a Node built-in).
for (const [file, output] of Object.entries(result.metafile.outputs)) {
  for (const imp of output.imports) {
    if (!imp.external || imp.path.startsWith('node:')) continue
    const name = imp.path.startsWith('@') ? imp.path.split('/').slice(0, 2).join('/') : imp.path.split('/')[0]
    if (!external.includes(name))
      fail(`${file} imports ${imp.path}, which is not a dependency of the package`)
  }
}
chmodSync(join(DIST, 'bill-mfa-lint.js'), 0o755)

// The licences of the bundled libraries travel with them.
const bundled = new Set()
for (const input of Object.keys(result.metafile.inputs)) {
  const m = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(input)
  if (m) bundled.add(m[1])
}
const notices = [...bundled].sort().map((name) => {
  const dir = join(ROOT, 'node_modules', name)
  const licence = ['LICENSE', 'LICENSE.md', 'LICENSE-MIT', 'license', 'LICENSE.txt'].find((f) =>
    existsSync(join(dir, f)),
  )
  const { version, license } = readJson(join(dir, 'package.json'))
  return `## ${name} ${version} (${license})\n\n${licence ? readFileSync(join(dir, licence), 'utf8').trim() : ''}\n`
})
writeFileSync(
  join(DIST, 'THIRD-PARTY-LICENSES.md'),
  `# Libraries bundled in bill-mfa-lint\n\n${notices.join('\n')}`,
)
console.log(
  `bundled ${Object.keys(result.metafile.inputs).length} modules (${[...bundled].join(', ')}) into ${DIST}`,
)

if (!process.argv.includes('--no-pack')) {
  const out = join(ROOT, 'artifacts')
  mkdirSync(out, { recursive: true })
  const r = spawnSync('npm', ['pack', '--json', '--pack-destination', out], { cwd: PKG, encoding: 'utf8' })
  if (r.status !== 0) fail(`npm pack failed: ${r.stderr}`)
  const [info] = JSON.parse(r.stdout)
  console.log(
    `${join(out, info.filename)}: ${(info.size / 1024).toFixed(0)} kB packed, ${info.entryCount} files`,
  )
}
