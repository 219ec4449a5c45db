import type { Entry } from 'har-format'
import type { NormalizedRequest } from '../../shared/har/request.ts'
import { type CapturedEntry, type CapturedRequest, requestOf } from '../capture/captured-request.ts'
import { entryFromText } from './read-har.ts'

/** What a HAR file's row carries to the page besides its entry: all the list, its filters and masks read. */
export type CapturedSummary = Omit<CapturedEntry, 'har'>

/**
 * A HAR file's request on the page: its summary, and its entry as the JSON text the reader read from the
 * file, parsed and converted the first time something reads it (a row drawn, the detail pane, cURL, a search,
 * an export). Most rows of a large file are never read: parsing every entry on arrival cost the page about
 * half of JSON.parse of the file.
 */
export class FileCapture implements CapturedRequest {
  readonly key: string
  readonly seq: number
  readonly secrets: readonly string[]
  readonly startedAt: number
  readonly durationMs?: number
  readonly status: number
  #text: string
  #har: Entry | undefined
  #request: NormalizedRequest | undefined

  constructor(summary: CapturedSummary, entryText: string) {
    this.key = summary.key
    this.seq = summary.seq
    this.secrets = summary.secrets
    this.startedAt = summary.startedAt
    if (summary.durationMs !== undefined) this.durationMs = summary.durationMs
    this.status = summary.status
    this.#text = entryText
  }

  get har(): Entry {
    if (this.#har === undefined) {
      this.#har = entryFromText(this.#text)
      this.#text = ''
    }
    return this.#har
  }

  get request(): NormalizedRequest {
    this.#request ??= requestOf(this.har)
    return this.#request
  }
}
