// The package ships its typings without pointing package.json at them.
/// <reference path="../../node_modules/postman-collection/types/index.d.ts" />
import sdk from 'postman-collection'
import type { NameValue, NormalizedRequest } from '../shared/har/request.ts'
import type { CliFinding, FileResult, LintSettings } from './cli-finding.ts'
import { lintRequest } from './lint-requests.ts'
import type { Variables } from './postman-env.ts'

type PmItem = InstanceType<typeof sdk.Item>
type PmParam = { key: string | null; value: unknown; disabled?: boolean }

/** Folders and the item's own name, joined by " / " (the collection's name is left out). */
function itemPath(item: PmItem, collection: unknown): string {
  const names = [item.name]
  let parent = item.parent()
  while (parent && parent !== collection) {
    names.unshift(parent.name)
    parent = parent.parent()
  }
  return names.join(' / ')
}

/** The request items of a collection or folder, depth first, in collection order. */
function* requestItems(group: InstanceType<typeof sdk.ItemGroup>): Generator<PmItem> {
  for (const child of group.items.all() as unknown[]) {
    if (sdk.ItemGroup.isItemGroup(child)) yield* requestItems(child as InstanceType<typeof sdk.ItemGroup>)
    else if (sdk.Item.isItem(child)) yield child as PmItem
  }
}

function enabledParams(list: { all(): PmParam[] } | undefined, resolve: (s: string) => string): NameValue[] {
  return (list?.all() ?? [])
    .filter((p) => !p.disabled && p.key)
    .map((p) => ({
      name: resolve(p.key ?? ''),
      value: resolve(typeof p.value === 'string' ? p.value : String(p.value ?? '')),
    }))
}

function toRequest(item: PmItem, resolve: (s: string) => string): NormalizedRequest {
  const req = item.request
  const headers = enabledParams(req.headers as unknown as { all(): PmParam[] }, resolve)
  const contentType = headers.find((h) => h.name.toLowerCase() === 'content-type')?.value
  const body = req.body
  const base = { method: req.method.toUpperCase(), url: resolve(req.url.toString()), headers }
  if (body?.mode === 'raw' && body.raw) {
    const language = (body.options as { raw?: { language?: string } } | undefined)?.raw?.language
    const mimeType = contentType ?? (language === 'json' ? 'application/json' : undefined)
    return { ...base, body: { ...(mimeType ? { mimeType } : {}), text: resolve(body.raw) } }
  }
  if (body?.mode === 'urlencoded' || body?.mode === 'formdata') {
    const params = enabledParams(
      (body.mode === 'urlencoded' ? body.urlencoded : body.formdata) as unknown as { all(): PmParam[] },
      resolve,
    )
    return { ...base, body: { mimeType: 'application/x-www-form-urlencoded', params } }
  }
  return base
}

/**
 * Lints every request of a Postman collection (v2.0 or v2.1, nested folders) after resolving
 * {{variables}}: the environment's values win over the collection's, as in Postman. Variables left
 * unresolved stay as written ({{baseUrl}} hosts are then recognized by their BILL path).
 */
export function lintPostman(
  doc: object,
  file: string,
  settings: LintSettings,
  env: Variables = {},
): FileResult {
  const collection = new sdk.Collection(doc as ConstructorParameters<typeof sdk.Collection>[0])
  const variables = { ...(collection.variables.toObject(false, false) as Variables), ...env }
  const resolve = (s: string) => sdk.Property.replaceSubstitutions(s, [variables])
  const findings: CliFinding[] = []
  let requests = 0
  for (const item of requestItems(collection)) {
    requests++
    const location = { item: itemPath(item, collection) }
    for (const f of lintRequest(toRequest(item, resolve), file, location, settings)) findings.push(f)
  }
  return { requests, findings }
}
