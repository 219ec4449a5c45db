// The pages' words (popup, side view, options, DevTools panel and HAR inspector) in English, in the en/ folder:
// the reference catalogue, one JSON file per area merged by en/index.ts. A translation is one folder like it
// (same files, same keys), listed in CATALOGUES below. `{name}` in a text marks a value filled in by t(); the
// text around it is a whole sentence, so a translation can move it.
import { en } from './en/index.ts'

export type MessageKey = keyof typeof en
type Catalogue = Partial<Record<MessageKey, string>>

/** Every language the pages speak, by its BCP 47 base ("fr" for "fr-CA"). A missing key falls back to English. */
const CATALOGUES: Record<string, Catalogue> = { en }

const language = (globalThis.navigator?.language ?? 'en').split('-')[0] ?? 'en'
const catalogue: Catalogue = CATALOGUES[language] ?? en

/** The page's text for `key` in the browser's language, with each `{name}` replaced by `values[name]`. */
export function t(key: MessageKey, values: Record<string, string | number> = {}): string {
  const text = catalogue[key] ?? en[key]
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole))
}
