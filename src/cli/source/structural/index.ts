import type { FieldUse } from '../judge.ts'
import type { SourceLanguage } from '../types.ts'

/** Field uses found by parsing, or undefined when the language is not parsed (the text matcher runs). */
export function structuralScan(_text: string, _language: SourceLanguage): FieldUse[] | undefined {
  return undefined
}
