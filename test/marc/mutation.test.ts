import fc from 'fast-check'
import t from 'tap'
import { NotMarcError, readRecords } from '../../src/marc/reader.ts'
import { readSharedMarc } from '../helpers/shared.ts'
import { chunked } from './helpers.ts'

// Issue 13: files damaged the ways real files are — bit flips, truncations, lying record lengths,
// lost terminators, stray ESC and delimiter bytes — never lose a byte or hang the reader. Every
// byte of the input is in exactly one item (a record, readable or not, or junk between records),
// in order, whatever size the chunks arrive in. FUZZ_SEED varies the run, FUZZ_RUNS its length.

const SEED = Number(process.env.FUZZ_SEED ?? 20261202)
const RUNS = Number(process.env.FUZZ_RUNS ?? 400)

/** Whole real records, cut at their terminators: MARC-8 and UTF-8, small and large. */
const SOURCES = ['pymarc/test.dat', 'marc4j/chabon.mrc', 'marc4j/cyrillic_capital_e.mrc', 'pymarc/regression45.dat', 'marc4j/065001035.mrc'].map((path) =>
  readSharedMarc(path),
)

function records(file: Buffer): Buffer[] {
  const out: Buffer[] = []
  let start = 0
  for (let i = 0; i < file.length; i++) {
    if (file[i] === 0x1d) {
      out.push(file.subarray(start, i + 1))
      start = i + 1
    }
  }
  return out
}
const POOL = SOURCES.flatMap(records)

type Mutation =
  | { kind: 'flip'; at: number; bit: number }
  | { kind: 'truncate'; at: number }
  | { kind: 'length'; record: number; digits: string }
  | { kind: 'lose-terminator'; record: number }
  | { kind: 'insert'; at: number; byte: number }
  | { kind: 'delete'; at: number; count: number }

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('flip' as const), at: fc.nat(), bit: fc.integer({ min: 0, max: 7 }) }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('length' as const), record: fc.nat(), digits: fc.stringMatching(/^\d{5}$/) }),
  fc.record({ kind: fc.constant('lose-terminator' as const), record: fc.nat() }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), byte: fc.constantFrom(0x1b, 0x1d, 0x1e, 0x1f, 0x00, 0x20, 0x0a) }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), count: fc.integer({ min: 1, max: 40 }) }),
)

/** The record starts of a file made of whole records. */
function starts(parts: readonly Buffer[]): number[] {
  const out: number[] = []
  let offset = 0
  for (const part of parts) {
    out.push(offset)
    offset += part.length
  }
  return out
}

function apply(parts: readonly Buffer[], mutations: readonly Mutation[]): Buffer {
  let bytes = Buffer.concat(parts)
  const recordStarts = starts(parts)
  for (const m of mutations) {
    if (bytes.length === 0) break
    switch (m.kind) {
      case 'flip': {
        const at = m.at % bytes.length
        bytes[at] = (bytes[at] as number) ^ (1 << m.bit)
        break
      }
      case 'truncate':
        bytes = bytes.subarray(0, m.at % bytes.length)
        break
      case 'length': {
        const start = recordStarts[m.record % recordStarts.length] as number
        if (start + 5 <= bytes.length) bytes.write(m.digits, start, 'latin1')
        break
      }
      case 'lose-terminator': {
        const ends = [...bytes.keys()].filter((i) => bytes[i] === 0x1d)
        if (ends.length > 0) {
          const at = ends[m.record % ends.length] as number
          bytes = Buffer.concat([bytes.subarray(0, at), bytes.subarray(at + 1)])
        }
        break
      }
      case 'insert': {
        const at = m.at % (bytes.length + 1)
        bytes = Buffer.concat([bytes.subarray(0, at), Buffer.from([m.byte]), bytes.subarray(at)])
        break
      }
      case 'delete': {
        const at = m.at % bytes.length
        bytes = Buffer.concat([bytes.subarray(0, at), bytes.subarray(at + m.count)])
        break
      }
    }
  }
  return Buffer.from(bytes)
}

const damagedFile = fc
  .tuple(fc.array(fc.nat({ max: POOL.length - 1 }), { minLength: 1, maxLength: 6 }), fc.array(mutation, { minLength: 1, maxLength: 4 }))
  .map(([picks, mutations]) => ({ bytes: apply(picks.map((i) => POOL[i] as Buffer), mutations), mutations }))

t.test('every byte of a damaged file is in exactly one record or junk item, in order', async (t) => {
  let files = 0
  let items = 0
  let unreadable = 0
  await fc.assert(
    fc.asyncProperty(damagedFile, fc.constantFrom(1, 7, 512, 65536), async ({ bytes }, chunk) => {
      const read: Uint8Array[] = []
      try {
        for await (const item of readRecords(chunked(bytes, chunk), { junk: 'SEPARATE', format: 'ISO2709' })) {
          read.push(item.raw)
          items++
          if (!item.ok) unreadable++
        }
      } catch (error) {
        // A file damaged beyond looking like MARC at all is refused whole: nothing is imported.
        if (error instanceof NotMarcError) return
        throw error
      }
      files++
      t.ok(Buffer.concat(read).equals(bytes), 'the items hold the file, byte for byte')
    }),
    { numRuns: RUNS, seed: SEED },
  )
  t.comment(`${files} damaged files read, ${items} items (${unreadable} not readable)`)
  t.ok(files > RUNS / 2, 'most damaged files still read as MARC')
})
