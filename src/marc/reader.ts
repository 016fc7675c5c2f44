import { afterBom, describeNotMarc, detectFormat, isBlank, SNIFF_BYTES } from './detect.ts'
import { createFormatReader } from './format-readers.ts'
import { concatBytes } from './iso2709/bytes.ts'
import { NotMarcError, problem, type MarcFormat, type ReadItem } from './problems.ts'

export { detectFormat } from './detect.ts'
export { NotMarcError, RECORD_PROBLEM_CODES } from './problems.ts'
export type { MarcFormat, ReadItem, RecordProblem, RecordProblemCode } from './problems.ts'

export interface ReadOptions {
  /**
   * The format the caller expects (an import profile's source format). The input must still look
   * like it: a profile for MARCXML fed an ISO 2709 file fails the job with a clear message instead
   * of reporting every record as broken XML.
   */
  format?: MarcFormat
  /** Told the file's format once it is recognised, before the first record. */
  onFormat?: (format: MarcFormat) => void
}

function resolveFormat(sample: Uint8Array, requested: MarcFormat | undefined): MarcFormat {
  const detected = detectFormat(sample)
  if (detected === null) throw new NotMarcError(describeNotMarc(sample))
  if (requested !== undefined && requested !== detected) {
    throw new NotMarcError(`The file is ${detected}, but ${requested} was expected.`)
  }
  return detected
}

/**
 * Reads the records of an upload as it streams in. Memory is bounded by the largest record (plus
 * the 64 KiB looked at to recognise the format), never by the file. Throws `NotMarcError` before
 * yielding anything when the input as a whole is not MARC; an empty (or blank) input yields
 * nothing. Every other defect is an `ok: false` item and reading goes on with the next record.
 */
export async function* readRecords(
  source: AsyncIterable<Uint8Array>,
  options: ReadOptions = {},
): AsyncGenerator<ReadItem> {
  const iterator = source[Symbol.asyncIterator]()
  try {
    const head: Uint8Array[] = []
    let headLength = 0
    let done = false
    while (headLength < SNIFF_BYTES) {
      const next = await iterator.next()
      if (next.done === true) {
        done = true
        break
      }
      head.push(next.value)
      headLength += next.value.length
    }
    const sample = concatBytes(head, headLength)
    if (done && isBlank(sample)) return
    const format = resolveFormat(sample, options.format)
    options.onFormat?.(format)
    const reader = createFormatReader(format)
    const out: ReadItem[] = []
    reader.push(sample.subarray(afterBom(sample)), out)
    // `for … yield` rather than `yield* out`: delegating to an array from an async generator
    // wraps every item in an extra promise, measurable at 100,000 records/s.
    while (!done) {
      for (const item of out) yield item
      out.length = 0
      const next = await iterator.next()
      if (next.done === true) break
      reader.push(next.value, out)
    }
    reader.end(out)
    for (const item of out) yield item
  } finally {
    await iterator.return?.()
  }
}

/**
 * Reads the one record of a single-record import (binary, MARCXML or MARC-in-JSON). Throws
 * `NotMarcError` when the bytes are not MARC or hold no record. A second record is an error
 * (`MULTIPLE_RECORDS`); any broken part (trailing junk included) is reported in preference.
 */
export function readSingleRecord(bytes: Uint8Array, format?: MarcFormat): ReadItem {
  if (isBlank(bytes)) throw new NotMarcError('The input is empty.')
  const reader = createFormatReader(resolveFormat(bytes, format))
  const out: ReadItem[] = []
  reader.push(bytes.subarray(afterBom(bytes)), out)
  reader.end(out)
  const first = out[0]
  if (first === undefined) throw new NotMarcError('The input holds no record.')
  if (out.length === 1) return first
  const broken = out.find((item) => !item.ok)
  if (broken !== undefined) return broken
  return {
    ok: false,
    position: 1,
    problem: problem('MULTIPLE_RECORDS', `the input holds ${out.length} records; a single-record import takes exactly one`),
    raw: bytes,
  }
}
