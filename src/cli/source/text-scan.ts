import { billRefKinds, type MfaKind } from './evidence.ts'
import type { FieldUse } from './judge.ts'
import { textFields } from './text-fields.ts'
import { work } from './work.ts'

/** How far (in lines, either way) a `primary` flag may sit from an mfa/setup reference to belong to it. */
const SETUP_WINDOW_LINES = 15

/**
 * For each line, the distance to the nearest line naming BILL's /mfa/setup (not another API's, on its own
 * host): two sweeps, linear in the lines.
 */
function setupDistances(lines: readonly string[]): number[] {
  const far = Number.POSITIVE_INFINITY
  const dist = lines.map((l) => (billRefKinds(l).includes('setup') ? 0 : far))
  // Stryker disable next-line LogicalOperator: before this sweep a line's distance is 0 or far (0 && far is 0)
  for (let i = 1; i < dist.length; i++) dist[i] = Math.min(dist[i] ?? far, (dist[i - 1] ?? far) + 1)
  // Stryker disable next-line ArithmeticOperator: starting past the end only adds entries no line reads
  for (let i = dist.length - 2; i >= 0; i--) dist[i] = Math.min(dist[i] ?? far, (dist[i + 1] ?? far) + 1)
  return dist
}

const NEAR_SETUP: ReadonlySet<MfaKind> = new Set(['setup'])
const NOWHERE: ReadonlySet<MfaKind> = new Set()

/**
 * The line matcher, for languages that are not parsed: literal values only. `primary` counts only within
 * SETUP_WINDOW_LINES of an /mfa/setup reference; `useBackup` goes where the file's references say.
 */
export function textScan(text: string): FieldUse[] {
  const lines = text.split('\n')
  const near = setupDistances(lines)
  const uses: FieldUse[] = []
  let offset = 0
  lines.forEach((line, i) => {
    work.steps++
    for (const use of textFields(line, offset, false, 'text')) {
      if (use.field === 'primary')
        use.kinds = (near[i] ?? Infinity) <= SETUP_WINDOW_LINES ? NEAR_SETUP : NOWHERE
      uses.push(use)
    }
    offset += line.length + 1
  })
  return uses
}
