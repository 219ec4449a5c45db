import type { MfaField } from '../evidence.ts'

const MAX_RENAMES = 20
/**
 * A member renamed to one of BILL's fields on the wire, and the member's own name: Rust
 * `#[serde(rename = "primary")] is_primary`, Kotlin `@SerialName("primary") val isPrimary`, Gson
 * `@SerializedName("useBackup")`, Jackson `@JsonProperty("primary")`, Moshi `@Json(name = "primary")`.
 * Java writes the type before the name (`private Optional<Boolean> isPrimary`): a word followed by another
 * word is that type, never the member; Kotlin and Rust put the name first (`val isPrimary: Boolean`).
 * C# attributes: System.Text.Json `[JsonPropertyName("primary")]`, Newtonsoft `[JsonProperty("primary")]` and
 * `[JsonProperty(PropertyName = "primary")]`, a record's `[property: …]`; other attribute lists may follow
 * (Rust's `#[serde(default)]` too).
 * At most 8 annotations are skipped: a run of thousands would be walked again from each of them.
 */
const RENAME =
  /(?:\brename|@SerialName|@SerializedName|@JsonProperty|@Json\(\s*name|\[\s*(?:property:\s*)?JsonProperty(?:Name)?(?:\(\s*PropertyName\s*)?)\s*[=(]\s*"(useBackup|primary)"\s*(?:,[^)\n]*)?\)?\s*\]?\s*(?:(?:@[\w.]+(?:\([^)\n]*\))?|#?\[[^\]\n]*\])\s*){0,8}(?:(?:pub|val|var|let|private|protected|public|internal|override|final|static|transient|volatile|virtual|required|readonly)\s+)*(?:[A-Za-z_][\w.]*(?:\s*<[^>\n]*>)?\??(?:\s*\[\s*\])*\s+)?([A-Za-z_]\w*)/g

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
