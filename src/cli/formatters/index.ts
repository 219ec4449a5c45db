import { formatCompact } from './compact.ts'
import { formatGithub } from './github.ts'
import { formatJson } from './json.ts'
import type { Format } from './names.ts'
import { formatSarif } from './sarif.ts'
import { formatText } from './text.ts'
import type { Formatter } from './types.ts'

// Output formats, picked by name (--format NAME): each a pure function of the run, one file each.
export type { Format } from './names.ts'

export const FORMATTERS: Readonly<Record<Format, Formatter>> = {
  text: formatText,
  json: formatJson,
  sarif: formatSarif,
  compact: formatCompact,
  github: formatGithub,
}
