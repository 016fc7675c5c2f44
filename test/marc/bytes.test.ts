/** The byte-level helpers the hot path relies on, against slow obvious implementations. */
import t from 'tap'
import { hasControlByte, readDigits, readTag } from '../../src/marc/iso2709/bytes.ts'
import { firstInvalidUtf8 } from '../../src/marc/iso2709/charset.ts'
import { ByteQueue } from '../../src/marc/byte-queue.ts'

function naiveHasControl(bytes: Uint8Array, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const b = bytes[i] ?? 0
    if (b < 0x1e && b !== 0x09 && b !== 0x0a && b !== 0x0d) return true
  }
  return false
}

// A small deterministic generator: the same "random" cases on every run.
function lcg(seed: number): () => number {
  let state = seed
  return () => (state = (state * 1103515245 + 12345) >>> 0) / 2 ** 32
}

t.test('hasControlByte agrees with a byte loop, at every alignment', async (t) => {
  const random = lcg(42)
  const alphabet = [0x00, 0x01, 0x07, 0x09, 0x0a, 0x0d, 0x1b, 0x1d, 0x1e, 0x1f, 0x20, 0x41, 0x7f, 0x80, 0x9e, 0xc3, 0xff]
  let disagreements = 0
  let positives = 0
  for (let round = 0; round < 3000; round++) {
    const length = 1 + Math.floor(random() * 40)
    const buffer = new Uint8Array(length + 8)
    for (let i = 0; i < buffer.length; i++) {
      // Mostly harmless bytes, so that both answers occur often.
      buffer[i] = random() < 0.97 ? (alphabet[10 + Math.floor(random() * 7)] ?? 0x41) : (alphabet[Math.floor(random() * 10)] ?? 0)
    }
    const offset = Math.floor(random() * 4)
    const view = buffer.subarray(offset)
    const start = Math.floor(random() * 3)
    const end = Math.min(view.length, start + length)
    const expected = naiveHasControl(view, start, end)
    if (expected) positives++
    if (hasControlByte(view, start, end) !== expected) disagreements++
  }
  t.equal(disagreements, 0)
  t.ok(positives > 300 && positives < 2700, `${positives} of 3000 cases had a control byte`)
})

t.test('firstInvalidUtf8 finds what TextDecoder rejects', async (t) => {
  const cases: Array<[number[], number]> = [
    [[0x41, 0x42], -1],
    [[0x41, 0xc3, 0xa9], -1],
    [[0x41, 0xc3, 0x28], 1],
    [[0xc0, 0x80], 0], // overlong
    [[0xe0, 0x80, 0x80], 0], // overlong
    [[0xed, 0xa0, 0x80], 0], // surrogate
    [[0xf4, 0x90, 0x80, 0x80], 0], // beyond U+10FFFF
    [[0x41, 0xf0, 0x9f, 0x98], 1], // truncated
    [[0xf0, 0x9f, 0x98, 0x80, 0xff], 4],
  ]
  const decoder = new TextDecoder('utf-8', { fatal: true })
  for (const [bytes, expected] of cases) {
    const input = Uint8Array.from(bytes)
    t.equal(firstInvalidUtf8(input), expected, bytes.map((b) => b.toString(16)).join(' '))
    let valid = true
    try {
      decoder.decode(input)
    } catch {
      valid = false
    }
    t.equal(valid, expected === -1)
  }
})

t.test('readDigits and readTag', async (t) => {
  const bytes = Buffer.from('01234x245CATa 2')
  t.equal(readDigits(bytes, 0, 5), 1234)
  t.equal(readDigits(bytes, 1, 5), -1)
  t.equal(readTag(bytes, 6), '245')
  t.equal(readTag(bytes, 9), 'CAT')
  t.equal(readTag(bytes, 12), undefined)
  t.equal(readTag(bytes, 6), readTag(Buffer.from('245'), 0), 'interned')
})

t.test('ByteQueue appends and drops without losing bytes', async (t) => {
  const queue = new ByteQueue()
  const expected: number[] = []
  const random = lcg(7)
  for (let round = 0; round < 2000; round++) {
    const chunk = Uint8Array.from({ length: Math.floor(random() * 300) }, () => Math.floor(random() * 256))
    queue.append(chunk)
    expected.push(...chunk)
    const drop = Math.floor(random() * queue.length * 0.6)
    queue.discard(drop)
    expected.splice(0, drop)
    if (round % 97 === 0) t.same([...queue.view()], expected, `round ${round}`)
  }
  t.same([...queue.view()], expected)
})
