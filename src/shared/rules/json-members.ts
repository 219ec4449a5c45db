import { visitJson } from '../json/tree.ts'

// Finds where the top-level members of a JSON object sit in its text, so findings can point at them.
// JSON.parse gives values but no positions; the shared JSON scanner (src/shared/json/tree.ts) gives
// them. Callers run it on text JSON.parse accepted, but it stays total (no throw, always terminates) on
// anything: members are collected up to the first syntax error.

export interface JsonMember {
  /** The decoded key (escapes resolved), as a server reads it. */
  key: string
  /** [start, end) of the whole member, from the key's opening quote to the end of the value. */
  range: [number, number]
  /** [start, end) of the raw value text. */
  valueRange: [number, number]
}

/** The members of the object at the top of `text`, in order, duplicates included. */
export function topLevelMembers(text: string): JsonMember[] {
  const members: JsonMember[] = []
  let depth = 0
  let broken = false
  let rootIsObject: boolean | undefined
  let pending: { key: string; start: number } | undefined
  let valueStart = -1
  const begin = (offset: number) => {
    if (depth === 1 && pending) valueStart = offset
  }
  const end = (offset: number, length: number) => {
    if (broken || depth !== 1 || !pending || valueStart < 0) return
    members.push({
      key: pending.key,
      range: [pending.start, offset + length],
      valueRange: [valueStart, offset + length],
    })
    pending = undefined
    valueStart = -1
  }
  visitJson(text, {
    onObjectBegin: (offset) => {
      rootIsObject ??= true
      begin(offset)
      depth++
    },
    onObjectEnd: (offset, length) => {
      depth--
      end(offset, length)
    },
    onArrayBegin: (offset) => {
      rootIsObject ??= false
      begin(offset)
      depth++
    },
    onArrayEnd: (offset, length) => {
      depth--
      end(offset, length)
    },
    onObjectProperty: (key, offset) => {
      if (!broken && depth === 1 && rootIsObject) pending = { key, start: offset }
    },
    onLiteralValue: (_value, offset, length) => {
      rootIsObject ??= false
      begin(offset)
      end(offset, length)
    },
    onError: () => {
      broken = true
    },
  })
  return rootIsObject ? members : []
}
