import type { MfaField } from '../evidence.ts'

const MAX_RENAMES = 20
/**
 * A member renamed to one of BILL's fields on the wire, and the member's own name: Rust
 * `#[serde(rename = "primary")] is_primary`, Kotlin `@SerialName("primary") val isPrimary`, Gson
 * `@SerializedName("useBackup")`, Jackson `@JsonProperty("primary")`, Moshi `@Json(name = "primary")`.
 */
const RENAME =
  /(?:\brename|@SerialName|@SerializedName|@JsonProperty|@Json\(\s*name)\s*[=(]\s*"(useBackup|primary)"\s*\)?\s*\]?\s*(?:@[\w.]+(?:\([^)\n]*\))?\s*)*(?:(?:pub|val|var|let|private|public|internal|override|final)\s+)*([A-Za-z_]\w*)/g

/** Swift `enum CodingKeys: String, CodingKey { case isPrimary = "primary" }`: the name comes first. */
const CODING_KEY = /\bcase\s+([A-Za-z_]\w*)\s*=\s*"(useBackup|primary)"/g

/** The members of the file's types that BILL's serialisers rename to its fields (bounded in count). */
export function renamedFields(text: string): Map<string, MfaField> {
  const out = new Map<string, MfaField>()
  const found = [
    ...[...text.matchAll(RENAME)].map(([, field, name]) => [name, field]),
    ...[...text.matchAll(CODING_KEY)].map(([, name, field]) => [name, field]),
  ]
  for (const [name, field] of found) {
    if (!name || name === field || out.size >= MAX_RENAMES) continue
    out.set(name, field as MfaField)
  }
  return out
}
