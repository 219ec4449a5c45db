import type { SgNode } from '@ast-grep/napi'
import type { MfaKind } from '../evidence.ts'

/** What the rest of the scanned tree tells about one of its files (built by `SourceTree`). */
export interface ImportContext {
  /** String constants of the modules this file imports (`BASE`, `Endpoints.MFA_SETUP`), by name. */
  constants: ReadonlyMap<string, string>
  /** Where the modules importing this file send its module-level names (`SETUP_BODY`), by name. */
  sentKinds(names: readonly string[]): ReadonlyMap<string, ReadonlySet<MfaKind>>
  /** Endpoints the imported constants this file names hold: with its own references, the last resort. */
  kinds: readonly MfaKind[]
  /** The tree ties this file to BILL: an imported BILL constant, or a BILL module importing it. */
  evidence: boolean
  /**
   * BILL is named only by the tree, not in the file, and no endpoint is named either: only what the
   * tree resolves counts (a stray literal of a body module is not taken for the challenge's).
   */
  borrowed: boolean
  /** `/mfa/setup` is named by an imported constant or an importing module (the `primary` field matters). */
  setup: boolean
  /** The file's syntax tree, when the tree already parsed it: each file is parsed once. */
  root?: SgNode
}
