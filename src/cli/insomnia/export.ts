// Insomnia's v4 export (`_type: "export"`, `__export_format: 4`): a flat `resources[]` list whose
// entries point at their parent by `parentId`: requests, folders (`request_group`), the workspace and
// environments. Read defensively: a malformed resource is skipped.

export type Resource = Record<string, unknown> & { _id?: unknown; _type?: unknown; parentId?: unknown }

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null

export function isInsomniaExport(doc: unknown): doc is { resources: unknown[] } {
  return (
    isObject(doc) &&
    doc._type === 'export' &&
    typeof doc.__export_format === 'number' &&
    Array.isArray(doc.resources)
  )
}

/** Environment data as {{ _.name }} values: nested objects flattened (`_.bill.url`), bounded in depth. */
export function environmentValues(data: unknown, into: Map<string, string>, prefix = '', depth = 0): void {
  if (!isObject(data) || depth > 8) return
  for (const [key, value] of Object.entries(data)) {
    const name = `${prefix}${key}`
    if (isObject(value)) environmentValues(value, into, `${name}.`, depth + 1)
    else if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
      into.set(name, String(value))
      into.set(`_.${name}`, String(value))
    }
  }
}

/** The resources a request sits in, innermost first, stopping at a loop or a missing parent. */
export function ancestors(resource: Resource, byId: ReadonlyMap<unknown, Resource>): Resource[] {
  const out: Resource[] = []
  const seen = new Set<unknown>([resource._id])
  for (let at = byId.get(resource.parentId); at && !seen.has(at._id); at = byId.get(at.parentId)) {
    seen.add(at._id)
    out.push(at)
  }
  return out
}
