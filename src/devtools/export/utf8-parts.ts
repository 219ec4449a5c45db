// The export's text goes into its Blob as UTF-8 written into one reused buffer, a Blob part each time the
// buffer fills. Joining each part's strings and letting the Blob encode the joined string cost about as much
// as JSON.stringify of the whole HAR; writing every string straight into the buffer costs a fifth of that.
// (A Blob of thousands of small strings encodes each on its own, slower still.)

const encoder = new TextEncoder()
// A UTF-16 code unit takes at most 3 bytes of UTF-8.
const MAX_BYTES_PER_UNIT = 3
const BUFFER_BYTES = 1 << 22

export class Utf8Parts {
  private readonly buffer: Uint8Array<ArrayBuffer>
  private used = 0
  private readonly parts: Blob[] = []

  constructor(bufferBytes = BUFFER_BYTES) {
    this.buffer = new Uint8Array(bufferBytes)
  }

  /** Appends the text encoded on its own (a lone surrogate at its end is not joined to the next text). */
  add(text: string): void {
    const most = text.length * MAX_BYTES_PER_UNIT
    if (most > this.buffer.length - this.used) {
      this.endPart()
      // Too long for the buffer: the Blob encodes it itself.
      if (most > this.buffer.length) {
        this.parts.push(new Blob([text]))
        return
      }
    }
    this.used += encoder.encodeInto(text, this.buffer.subarray(this.used)).written
  }

  /** The text added so far as one Blob (a Blob copies the bytes it is given, so the buffer is reused). */
  blob(type: string): Blob {
    this.endPart()
    return new Blob(this.parts, { type })
  }

  private endPart(): void {
    if (this.used === 0) return
    this.parts.push(new Blob([this.buffer.subarray(0, this.used)]))
    this.used = 0
  }
}
