import type { FileResult, LintSettings } from './cli-finding.ts'
import { lintSource } from './lint-source.ts'
import { ANY_TREE_SIGN, FIELD_SIGN, MEMBER_SIGN } from './source/imports/sign.ts'
import { SourceTree } from './source/imports/tree.ts'
import { candidateBytes } from './source/index.ts'

interface Pending {
  file: string
  text: () => string
  candidate: boolean
  done: (result: FileResult) => void
}

const NOTHING: FileResult = { requests: 0, findings: [] }
/** Enough of a file for its `#!` line. */
const HEAD = 256

/**
 * The source files of one run, linted as one tree (issue 22, class 4): a file the pre-filter passes is
 * linted with the constants its imports export and the places that send its bodies, and a file it does
 * not pass (a body module, a client importing its endpoints) is linted too when the tree ties it to
 * BILL. Files that can matter to the tree are kept until every one is read (`finish`); the others are
 * answered at once, so the walk of a large tree keeps only a few files in memory.
 */
export class SourceTreeLint {
  private readonly tree = new SourceTree()
  private readonly pending: Pending[] = []

  constructor(private readonly settings: LintSettings) {}

  /** Offers a file; `done` gets its result, now or at `finish`. */
  add(file: string, source: { latin1: string; text(): string }, done: (result: FileResult) => void): void {
    // One pass rejects most files; the few that pass are tested again for each purpose.
    const { latin1 } = source
    const sign = ANY_TREE_SIGN.test(latin1)
    const candidate = sign && candidateBytes(latin1)
    const joins = sign && MEMBER_SIGN.test(latin1) && this.tree.accepts(file, latin1.slice(0, HEAD))
    const text = () => source.text()
    if (joins && this.tree.add(file, { words: latin1, text }) && (candidate || FIELD_SIGN.test(latin1)))
      this.pending.push({ file, text, candidate, done })
    else done(candidate ? lintSource(text(), file, this.settings) : NOTHING)
  }

  /** Lints the files kept for the tree, now that every module of it is known. */
  finish(): void {
    for (const { file, text, candidate, done } of this.pending) {
      const imports = this.tree.context(file)
      if (candidate || imports?.evidence) done(lintSource(text(), file, this.settings, imports))
      else done(NOTHING)
    }
    this.pending.length = 0
  }
}
