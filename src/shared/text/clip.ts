/** At most `max` characters: longer text keeps its start and ends with "…" (within the max). */
export function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, Math.max(0, max - 1))}…`
}
