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

/**
 * The other half of "exactly one" or "never": after the awaited event, fn must stay truthy for the whole bound
 * (checked every intervalMs), so a late second call or a late change fails the test instead of slipping past.
 */
export async function holdsFor(
  fn: () => Promise<unknown> | unknown,
  { boundMs = 1_000, intervalMs = 50, what = 'condition' } = {},
): Promise<void> {
  const until = Date.now() + boundMs
  do {
    if (!(await fn())) throw new Error(`${what} stopped holding within ${boundMs} ms`)
    await new Promise((r) => setTimeout(r, intervalMs))
  } while (Date.now() < until)
}
