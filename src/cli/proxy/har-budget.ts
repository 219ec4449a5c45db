import type { Content, Entry, PostData } from 'har-format'

// What the proxy keeps in memory for the HAR written on exit: bounded in calls and in body bytes. A body is
// kept whole or not at all (a cut JSON text would no longer be redacted by its structure).

/** A body longer than this is left out of the HAR (BILL's requests and answers are a few KB). */
export const HAR_BODY_MAX_CHARS = 256 * 1024
/** Once the kept bodies reach this much in all, later calls are kept without their bodies. */
export const HAR_BODIES_MAX_CHARS = 64 * 1024 * 1024
/** Calls after this many are counted, not kept. */
export const HAR_MAX_ENTRIES = 10_000

const KIB = 1024

export interface HarBudget {
  keep(entry: Entry): void
  entries(): Entry[]
  /** The file's log comment: the limits, and what they left out. */
  comment(): string
}

export function createHarBudget(): HarBudget {
  const kept: Entry[] = []
  let spent = 0
  let dropped = 0

  /** The body text if it fits, else a note saying why it is not there. */
  function budgeted(text: string | undefined): { text?: string; comment?: string } {
    if (text === undefined || text === '') return {}
    if (text.length > HAR_BODY_MAX_CHARS)
      return { comment: `body not kept: ${text.length} characters, over ${HAR_BODY_MAX_CHARS / KIB} KiB` }
    if (spent + text.length > HAR_BODIES_MAX_CHARS)
      return {
        comment: `body not kept: the ${HAR_BODIES_MAX_CHARS / KIB / KIB} MiB of bodies in this file are used`,
      }
    spent += text.length
    return { text }
  }

  function withPostData(postData: PostData | undefined): { postData?: PostData } {
    if (!postData?.text) return postData ? { postData } : {}
    const { text, ...rest } = postData
    const body = budgeted(text)
    return {
      postData: { ...rest, text: body.text ?? '', ...(body.comment ? { comment: body.comment } : {}) },
    }
  }

  function withContent(content: Content): Content {
    const { text, ...rest } = content
    return { ...rest, ...budgeted(text) }
  }

  return {
    keep(entry) {
      if (kept.length >= HAR_MAX_ENTRIES) {
        dropped++
        return
      }
      const { postData: _p, ...request } = entry.request
      kept.push({
        ...entry,
        request: { ...request, ...withPostData(entry.request.postData) },
        response: { ...entry.response, content: withContent(entry.response.content) },
      })
    },
    entries: () => kept,
    comment() {
      const limits =
        `Recorded by the proxy. Bodies over ${HAR_BODY_MAX_CHARS / KIB} KiB are left out, and so is every body ` +
        `after ${HAR_BODIES_MAX_CHARS / KIB / KIB} MiB of bodies in all (each such entry says so in its comment); ` +
        `at most ${HAR_MAX_ENTRIES} calls are kept.`
      return dropped > 0 ? `${limits} ${dropped} later calls are not in this file.` : limits
    },
  }
}
