// Finds many strings in a text in one pass (Aho-Corasick): the time depends on the text's length and the
// number of matches, not on how many strings are sought. A capture may know 10,000 session ids; searching
// for each one in turn made exports grow with texts × secrets.

/** Where one sought string occurs: [start, end) in the text, and which string. */
export interface Occurrence {
  start: number
  end: number
  pattern: number
}

const ROOT = 0
const NONE = -1
// Patterns (or 16 times as many nodes) per build step.
const STEP = 256

/**
 * The trie's edges (node, UTF-16 code unit) → node in one open-addressing table of typed arrays: small
 * integers only, so building 200,000 edges allocates three arrays rather than 200,000 map entries.
 */
class EdgeTable {
  private readonly from: Int32Array
  private readonly code: Uint16Array
  private readonly to: Int32Array
  private readonly mask: number

  constructor(maxEdges: number) {
    let size = 16
    // Stryker disable next-line EqualityOperator: a table twice as large finds the same edges
    while (size < maxEdges * 2) size *= 2
    this.from = new Int32Array(size).fill(NONE)
    this.code = new Uint16Array(size)
    this.to = new Int32Array(size)
    this.mask = size - 1
  }

  private slot(node: number, code: number): number {
    let i = (Math.imul(node, 0x9e3779b1) ^ Math.imul(code, 0x85ebca6b)) & this.mask
    // Stryker disable next-line ArithmeticOperator: probing downwards visits the same slots in another order
    while (this.from[i] !== NONE && (this.from[i] !== node || this.code[i] !== code)) i = (i + 1) & this.mask
    return i
  }

  get(node: number, code: number): number {
    const i = this.slot(node, code)
    return this.from[i] === NONE ? NONE : (this.to[i] as number)
  }

  set(node: number, code: number, to: number): void {
    const i = this.slot(node, code)
    this.from[i] = node
    this.code[i] = code
    this.to[i] = to
  }
}

export class ManyStringsMatcher {
  private readonly edges: EdgeTable
  // The root's edges again as a plain table: most characters of a text are read at the root.
  private readonly rootNext = new Int32Array(65536)
  /** fail[n]: the node of the longest proper suffix of n's path that is also a path. */
  private readonly fail: Int32Array
  /** Index of the pattern ending at the node, or NONE. */
  private readonly ends: Int32Array
  /** The nearest node on the fail chain where a pattern ends, or NONE. */
  private readonly nextEnd: Int32Array
  private readonly lengths: Int32Array
  // Per pattern: where its last kept occurrence ended, valid for the scan whose number is in `scanOf`.
  private readonly lastEnd: Int32Array
  private readonly scanOf: Int32Array
  private scans = 0

  private constructor(patterns: readonly string[]) {
    const maxNodes = patterns.reduce((sum, p) => sum + p.length, 1)
    this.edges = new EdgeTable(maxNodes)
    this.fail = new Int32Array(maxNodes)
    this.ends = new Int32Array(maxNodes).fill(NONE)
    this.nextEnd = new Int32Array(maxNodes).fill(NONE)
    this.lengths = Int32Array.from(patterns, (p) => p.length)
    this.lastEnd = new Int32Array(patterns.length)
    this.scanOf = new Int32Array(patterns.length)
  }

  /** A matcher of the patterns, built at once. */
  static of(patterns: readonly string[]): ManyStringsMatcher {
    const steps = ManyStringsMatcher.steps(patterns)
    for (let step = steps.next(); ; step = steps.next()) if (step.done) return step.value
  }

  /** The same, built in steps with `pause()` between them (10,000 secrets take a while to link). */
  static async inSlices(
    patterns: readonly string[],
    pause: () => Promise<void>,
  ): Promise<ManyStringsMatcher> {
    const steps = ManyStringsMatcher.steps(patterns)
    for (let step = steps.next(); ; step = steps.next()) {
      if (step.done) return step.value
      await pause()
    }
  }

  /** Builds the trie, then links it breadth first; yields every few thousand nodes. */
  private static *steps(patterns: readonly string[]): Generator<void, ManyStringsMatcher> {
    const matcher = new ManyStringsMatcher(patterns)
    const maxNodes = matcher.fail.length
    // Children as linked lists, to walk the trie breadth first when linking.
    const firstChild = new Int32Array(maxNodes).fill(NONE)
    const nextSibling = new Int32Array(maxNodes).fill(NONE)
    const codeOf = new Uint16Array(maxNodes)
    let nodes = 1
    for (let index = 0; index < patterns.length; index++) {
      const pattern = patterns[index] as string
      let node = ROOT
      for (let i = 0; i < pattern.length; i++) {
        const code = pattern.charCodeAt(i)
        let next = matcher.edges.get(node, code)
        if (next === NONE) {
          next = nodes++
          matcher.edges.set(node, code, next)
          if (node === ROOT) matcher.rootNext[code] = next
          codeOf[next] = code
          nextSibling[next] = firstChild[node] as number
          firstChild[node] = next
        }
        node = next
      }
      if (pattern.length > 0) matcher.ends[node] = index
      if (index % STEP === 0) yield
    }
    // Breadth first, so each node's fail link is known before its children need it.
    const queue = new Int32Array(nodes)
    let tail = 1
    for (let at = 0; at < tail; at++) {
      const node = queue[at] as number
      for (let child = firstChild[node] as number; child !== NONE; child = nextSibling[child] as number) {
        queue[tail++] = child
        if (node === ROOT) continue
        const target = matcher.step(matcher.fail[node] as number, codeOf[child] as number)
        matcher.fail[child] = target
        matcher.nextEnd[child] =
          (matcher.ends[target] as number) >= 0 ? target : (matcher.nextEnd[target] as number)
      }
      // Stryker disable next-line ArithmeticOperator,ConditionalExpression,EqualityOperator: only how often the build pauses
      if (at % (STEP * 16) === 0) yield
    }
    return matcher
  }

  /** The state after reading `code` in `node`. */
  private step(node: number, code: number): number {
    let state = node
    for (;;) {
      if (state === ROOT) return this.rootNext[code] as number
      const next = this.edges.get(state, code)
      if (next !== NONE) return next
      state = this.fail[state] as number
    }
  }

  /**
   * Every occurrence of every pattern, except that one pattern's occurrences do not overlap each other
   * (scanning on from the end of the last one kept, as repeated indexOf does). In order of their end.
   */
  find(text: string): Occurrence[] {
    const found: Occurrence[] = []
    // Stryker disable next-line UpdateOperator: a scan's number only has to differ from the previous ones
    const scan = ++this.scans
    let state = ROOT
    // Stryker disable next-line EqualityOperator: charCodeAt past the end is NaN, which no edge holds: nothing more is found
    for (let i = 0; i < text.length; i++) {
      state = this.step(state, text.charCodeAt(i))
      // Stryker disable next-line ConditionalExpression: a shortcut: the root ends no pattern
      if (state === ROOT) continue
      let node = (this.ends[state] as number) >= 0 ? state : (this.nextEnd[state] as number)
      for (; node >= 0; node = this.nextEnd[node] as number) {
        const pattern = this.ends[node] as number
        const start = i + 1 - (this.lengths[pattern] as number)
        if (this.scanOf[pattern] === scan && start < (this.lastEnd[pattern] as number)) continue
        this.scanOf[pattern] = scan
        this.lastEnd[pattern] = i + 1
        found.push({ start, end: i + 1, pattern })
      }
    }
    return found
  }
}
