/** A range of a text to render specially: a flagged field, or a secret to mask. */
export interface TextMark {
  range: readonly [number, number]
  kind: 'highlight' | 'secret'
}

export interface TextSegment {
  text: string
  highlight: boolean
  secret: boolean
}

/** Splits a text at every mark boundary; each piece knows which marks cover it. */
export function segments(text: string, marks: readonly TextMark[]): TextSegment[] {
  const clamp = (n: number) => Math.max(0, Math.min(text.length, n))
  const cuts = new Set([0, text.length])
  for (const m of marks) {
    cuts.add(clamp(m.range[0]))
    cuts.add(clamp(m.range[1]))
  }
  const points = [...cuts].sort((a, b) => a - b)
  const out: TextSegment[] = []
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i] as number
    const end = points[i + 1] as number
    const covers = (kind: TextMark['kind']) =>
      marks.some((m) => m.kind === kind && clamp(m.range[0]) <= start && clamp(m.range[1]) >= end)
    out.push({ text: text.slice(start, end), highlight: covers('highlight'), secret: covers('secret') })
  }
  return out
}
