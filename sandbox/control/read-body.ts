// Reads a request body once, for every route: up to `limit` bytes are kept as text, the rest is read and
// dropped so that an oversized upload neither fills memory nor stalls the connection.

export interface ReadBody {
  text: string
  /** Every byte the client sent, kept or not. */
  bytes: number
  /** False when the body was bigger than the limit (text holds only its start). */
  complete: boolean
  /** The client stopped sending half-way (connection reset). */
  broken: boolean
}

export async function readBody(request: Request, limit: number): Promise<ReadBody> {
  const result: ReadBody = { text: '', bytes: 0, complete: true, broken: false }
  if (!request.body) return result
  const reader = request.body.getReader()
  const decoder = new TextDecoder()
  try {
    for (;;) {
      const { done, value } = await reader.read()
      if (done) break
      const room = limit - result.bytes
      result.bytes += value.byteLength
      if (room > 0) result.text += decoder.decode(value.subarray(0, room), { stream: true })
      if (result.bytes > limit) result.complete = false
    }
    result.text += decoder.decode()
  } catch {
    result.broken = true
  }
  return result
}
