import { fixSource, scanSource } from '../source/index.ts'
import type { SourceFixer } from './apply.ts'

/** Source files are fixed by the source analyser's own safe rewrites (JS/TS/Python literals). */
export function sourceFixer(now: Date): SourceFixer {
  return (file) => {
    const fixed = fixSource(file, scanSource(file, { now }).findings)
    return {
      text: fixed.text,
      changes: fixed.changes.map((c) => ({
        where: `line ${c.line}`,
        from: c.before.trim(),
        to: c.after.trim(),
      })),
    }
  }
}
