import type { FileResult, LintSettings } from '../cli-finding.ts'
import type { ClientScript } from '../client-scripts/script-effects.ts'
import { lintResources, type ResourceLines } from '../lint-insomnia.ts'
import type { Resource } from './export.ts'
import { keyLines, readYaml, type Yaml } from './yaml-subset.ts'

// Insomnia's v5 export (YAML, `type: collection.insomnia.rest/5.0`): a `collection` tree of folders
// (`children`) and requests, `scripts.preRequest` / `scripts.afterResponse`, and `environments` with
// `data` and `subEnvironments`. Brought to the v4 resources' shape, with the YAML's own lines.

const V5_TYPE = /^type:\s*["']?collection\.insomnia\.rest\/5/m

/** A v5 export, by the `type` line near the start of a YAML file. */
export const isInsomniaV5 = (path: string, head: string) => /\.ya?ml$/i.test(path) && V5_TYPE.test(head)

type Map_ = { [key: string]: Yaml }
const isMap = (v: Yaml | undefined): v is Map_ => typeof v === 'object' && v !== null && !Array.isArray(v)
const SCRIPT_KEYS: Record<string, string> = {
  preRequestScript: 'preRequest',
  afterResponseScript: 'afterResponse',
}

export function lintInsomniaYaml(text: string, file: string, settings: LintSettings): FileResult {
  const doc = readYaml(text)
  if (!isMap(doc) || !Array.isArray(doc.collection))
    return { requests: 0, findings: [], problem: 'not an Insomnia v5 export: no "collection" list' }
  const source = text.split(/\r?\n/)
  const items = new Map<Resource, Map_>()
  const resources: Resource[] = []
  const stack: { list: Yaml[]; parentId: string }[] = [{ list: doc.collection, parentId: 'wrk' }]
  for (let frame = stack.pop(); frame; frame = stack.pop()) {
    for (const item of frame.list) {
      if (!isMap(item)) continue
      const scripts = isMap(item.scripts) ? item.scripts : {}
      const r: Resource = {
        ...item,
        _id: `r${resources.length}`,
        _type: Array.isArray(item.children) ? 'request_group' : 'request',
        parentId: frame.parentId,
        preRequestScript: scripts.preRequest ?? '',
        afterResponseScript: scripts.afterResponse ?? '',
      }
      resources.push(r)
      items.set(r, item)
      if (Array.isArray(item.children)) stack.push({ list: item.children, parentId: r._id as string })
    }
  }
  const envs = isMap(doc.environments) ? doc.environments : {}
  const subs = Array.isArray(envs.subEnvironments) ? envs.subEnvironments : []
  for (const env of [envs, ...subs])
    if (isMap(env)) resources.push({ _type: 'environment', data: env.data ?? {} })
  return lintResources(resources, yamlLines(items, source), file, settings)
}

/** Lines of a v5 export: a key's own line, or inside a block scalar (`|-`) the line of an offset. */
function yamlLines(items: ReadonlyMap<Resource, Map_>, source: readonly string[]): ResourceLines {
  const at = (map: Yaml | undefined, key: string, text?: string, offset = -1) => {
    const line = isMap(map) ? keyLines.get(map)?.get(key) : undefined
    if (line === undefined || offset < 0 || text === undefined) return line
    if (!/:\s*[|>]/.test(source[line - 1] ?? '')) return line
    let below = line + 1
    for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) below++
    return below
  }
  return {
    url: (r) => at(items.get(r), 'url'),
    body(r, field) {
      const body = items.get(r)?.body
      const text = isMap(body) && typeof body.text === 'string' ? body.text : undefined
      const offset = field && text ? text.indexOf(`"${field}"`) : -1
      return at(body, 'text', text, offset) ?? at(items.get(r), 'body')
    },
    script(r, key, text): ClientScript {
      const scripts = items.get(r)?.scripts
      return { text, line: (offset) => at(scripts, SCRIPT_KEYS[key] ?? key, text, offset) ?? 0 }
    },
  }
}
