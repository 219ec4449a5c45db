import type { Plugin } from 'vite'

// Preact's only innerHTML write serves `dangerouslySetInnerHTML`, which this project never uses (Biome's
// recommended `security/noDangerouslySetInnerHtml` refuses it in src/). AMO's linter (web-ext lint) warns on that
// write in every Preact bundle: Preact has no build flag to leave it out, addons-linter has no inline suppression
// and no Preact in its list of known libraries. So the build replaces the write with an error: the feature is
// gone from the package, not hidden from the linter. docs/store.md, "web-ext lint".

const PREACT = /[\\/]node_modules[\\/]preact[\\/]dist[\\/]preact\.mjs$/
/** In the minified dist: `<dom>.innerHTML=<props>.__html`, the branch taken only for dangerouslySetInnerHTML. */
const WRITE = /\b\w+\.innerHTML=\w+\.__html\b/g
const REFUSAL = '(()=>{throw new Error("dangerouslySetInnerHTML is not available in this extension")})()'

/** Preact's code with its one innerHTML write replaced; an error when that write is not found exactly once. */
export function withoutInnerHtml(code: string): string {
  const writes = code.match(WRITE)?.length ?? 0
  if (writes !== 1)
    throw new Error(
      `no-inner-html: expected one innerHTML write in Preact, found ${writes}: check scripts/no-inner-html.ts against this Preact version`,
    )
  return code.replace(WRITE, REFUSAL)
}

export function noInnerHtml(): Plugin {
  return {
    name: 'no-inner-html',
    enforce: 'pre',
    transform(code, id) {
      return PREACT.test(id) ? { code: withoutInnerHtml(code), map: null } : null
    },
  }
}
