import { callbackOrPromise, type DevtoolsHarEntry } from './devtools-api.ts'

/** A response body as HAR keeps it: `encoding: "base64"` means text is still encoded. */
export interface ContentBody {
  text: string
  encoding?: string
}

/**
 * getContent()'s answer in either browser's shape: Chrome's callback (content, encoding) or promise
 * content; Firefox's promise [body, mimeType] (its mime type is no encoding: bodies arrive decoded).
 */
export function normalizeContent(args: readonly unknown[]): ContentBody | undefined {
  const [first, second] = args
  if (Array.isArray(first)) {
    const [body] = first as unknown[]
    return typeof body === 'string' ? { text: body } : undefined
  }
  if (typeof first === 'object' && first !== null && 'content' in first) {
    const c = first as { content?: unknown; encoding?: unknown }
    return normalizeContent([c.content, c.encoding])
  }
  if (typeof first !== 'string') return undefined
  return typeof second === 'string' && second.toLowerCase() === 'base64'
    ? { text: first, encoding: 'base64' }
    : { text: first }
}

/** The response body already in the HAR entry (Firefox's getHAR fills it, Chrome's does not). */
function harContent(entry: DevtoolsHarEntry): ContentBody | undefined {
  const content = (entry.response as { content?: { text?: unknown; encoding?: unknown } } | undefined)
    ?.content
  return content ? normalizeContent([content.text, content.encoding]) : undefined
}

// A getContent() that never answers (seen with some aborted requests) must not hold its row back.
const CONTENT_WAIT_MS = 5_000

/** Reads the response body of one entry; undefined when there is none or the browser will not give it. */
export async function readContent(entry: DevtoolsHarEntry): Promise<ContentBody | undefined> {
  const inline = harContent(entry)
  if (inline || typeof entry.getContent !== 'function') return inline
  const getContent = entry.getContent.bind(entry)
  let timer: ReturnType<typeof setTimeout> | undefined
  const gaveUp = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), CONTENT_WAIT_MS)
  })
  try {
    const args = await Promise.race([callbackOrPromise((callback) => getContent(callback)), gaveUp])
    return args && normalizeContent(args)
  } catch {
    return undefined
  } finally {
    clearTimeout(timer)
  }
}
