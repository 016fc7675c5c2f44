import { Buffer } from 'node:buffer'

const MIN_CAPACITY = 64 * 1024

/**
 * Bytes received but not yet consumed by a splitter: append at the end, drop from the front.
 * Growing by doubling and compacting in place keeps appending linear however small the chunks
 * (a 1 MB record arriving one byte at a time is not a million reallocations), and the capacity
 * shrinks back after an unusually large record so memory follows the largest *pending* record.
 * A Buffer because `Buffer#indexOf` can search for byte sequences (`-->`, `]]>`).
 */
export class ByteQueue {
  private store: Buffer = Buffer.alloc(0)
  private start = 0
  private end = 0

  get length(): number {
    return this.end - this.start
  }

  /** The pending bytes. A view: valid until the next `append` or `discard`. */
  view(): Buffer {
    return this.store.subarray(this.start, this.end)
  }

  append(chunk: Uint8Array): void {
    const live = this.end - this.start
    if (this.end + chunk.length > this.store.length) {
      const needed = live + chunk.length
      const capacity = Math.max(MIN_CAPACITY, needed * 2)
      if (needed <= this.store.length && this.store.length <= capacity * 4) {
        this.store.copyWithin(0, this.start, this.end)
      } else {
        const grown = Buffer.allocUnsafe(capacity)
        this.store.copy(grown, 0, this.start, this.end)
        this.store = grown
      }
      this.start = 0
      this.end = live
    }
    this.store.set(chunk, this.end)
    this.end += chunk.length
  }

  discard(count: number): void {
    this.start = Math.min(this.end, this.start + count)
    if (this.start === this.end) {
      this.start = 0
      this.end = 0
      if (this.store.length > MIN_CAPACITY * 16) this.store = Buffer.alloc(0)
    }
  }

  clear(): void {
    this.discard(this.length)
  }
}
