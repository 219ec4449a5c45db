/** Retries fn until it returns a truthy value; the last error or value is in the failure message. */
export async function pollUntil<T>(
  fn: () => Promise<T> | T,
  { timeoutMs = 15_000, intervalMs = 100, what = 'condition' } = {},
): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeoutMs
  let last: unknown
  for (;;) {
    try {
      const value = await fn()
      if (value) return value as NonNullable<T>
      last = value
    } catch (error) {
      last = error
    }
    if (Date.now() > deadline) {
      const detail = last instanceof Error ? last.message : JSON.stringify(last)
      throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what} (last: ${detail})`)
    }
    await new Promise((r) => setTimeout(r, intervalMs))
  }
}
