// A capture repeats its header values, URLs, types and bodies thousands of times: what a pure function says
// of each distinct text is remembered. Bounded in characters (cleared when full) and in text length (longer
// texts are computed, never kept), so odd inputs cannot grow it.

const MAX_LENGTH = 4096
const MAX_CHARS = 1 << 18

export class TextMemo<T> {
  private readonly answers = new Map<string, T>()
  private chars = 0

  constructor(private readonly maxLength = MAX_LENGTH) {}

  /** compute(text), from memory when asked before. Callers never change what it returns. */
  get(text: string, compute: (text: string) => T): T {
    if (text.length > this.maxLength) return compute(text)
    let answer = this.answers.get(text)
    if (answer === undefined) {
      answer = compute(text)
      if (this.chars + text.length > MAX_CHARS) {
        this.answers.clear()
        this.chars = 0
      }
      this.answers.set(text, answer)
      this.chars += text.length
    }
    return answer
  }
}

/** One memo per key object (a set of known secrets: the answers depend on it), dropped with the key. */
export function memoPerKey<K extends object, T>(maxLength?: number): (key: K) => TextMemo<T> {
  const memos = new WeakMap<K, TextMemo<T>>()
  return (key) => {
    let memo = memos.get(key)
    if (!memo) {
      memo = new TextMemo<T>(maxLength)
      memos.set(key, memo)
    }
    return memo
  }
}
