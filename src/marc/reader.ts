import { afterBom, describeNotMarc, detectFormat, isBlank, SNIFF_BYTES } from './detect.ts'
import { createFormatReader, type FormatReaderOptions } from './format-readers.ts'
import { concatBytes } from './iso2709/bytes.ts'
import {
  DEFAULT_RECORD_OPTIONS,
  NotMarcError,
  problem,
  type JunkItem,
  type MarcFormat,
  type Normalization,
  type ReadItem,
  type RepairPolicy,
} from './problems.ts'

export { detectFormat } from './detect.ts'
export { NotMarcError, RECORD_PROBLEM_CODES } from './problems.ts'
export type { JunkItem, MarcFormat, Normalization, ReadItem, RecordProblem, RecordProblemCode, RepairPolicy } from './problems.ts'

/** How each record is read; the defaults are what the reader always did. */
export interface RecordReadOptions {
  /** Default `STRICT`: a record with a mendable defect is not readable (see `RepairPolicy`). */
  repair?: RepairPolicy
  /** Default `NFC` (see `Normalization`). */
  normalization?: Normalization
}

export interface ReadOptions extends RecordReadOptions {
  /**
   * The format the caller expects (an import profile's source format). The input must still look
   * like it: a profile for MARCXML fed an ISO 2709 file fails the job with a clear message instead
   * of reporting every record as broken XML.
   */
  format?: MarcFormat
  /** Told the file's format once it is recognised, before the first record. */
  onFormat?: (format: MarcFormat) => void
  /**
   * `RECORD` (default, what the reader always did): ISO 2709 bytes between or after records that
   * are no record are reported as not-readable records with a position (padding is skipped).
   * `SEPARATE`: they are `JunkItem`s instead — no record position, padding and a UTF-8 byte order
   * mark included — so records are counted as other tools count them and every byte of the input
   * is in exactly one item.
   */
  junk?: 'RECORD' | 'SEPARATE'
}

function formatReaderOptions(options: RecordReadOptions & { junk?: 'RECORD' | 'SEPARATE' }): FormatReaderOptions {
  return {
    repair: options.repair ?? DEFAULT_RECORD_OPTIONS.repair,
    normalization: options.normalization ?? DEFAULT_RECORD_OPTIONS.normalization,
    separateJunk: options.junk === 'SEPARATE',
  }
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
export function readRecords(source: AsyncIterable<Uint8Array>, options?: ReadOptions & { junk?: 'RECORD' }): AsyncGenerator<ReadItem>
export function readRecords(source: AsyncIterable<Uint8Array>, options: ReadOptions & { junk: 'SEPARATE' }): AsyncGenerator<ReadItem | JunkItem>
export function readRecords(source: AsyncIterable<Uint8Array>, options: ReadOptions = {}): AsyncGenerator<ReadItem | JunkItem> {
  return read(source, options)
}

async function* read(source: AsyncIterable<Uint8Array>, options: ReadOptions): AsyncGenerator<ReadItem | JunkItem> {
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
    const readerOptions = formatReaderOptions(options)
    const reader = createFormatReader(format, readerOptions)
    const out: Array<ReadItem | JunkItem> = []
    const bom = afterBom(sample)
    if (bom > 0 && readerOptions.separateJunk && format === 'ISO2709') {
      out.push({ kind: 'junk', ok: false, after: 0, raw: sample.slice(0, bom), problem: problem('PADDING', 'a UTF-8 byte order mark before the first record') })
    }
    reader.push(sample.subarray(bom), out)
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
export function readSingleRecord(bytes: Uint8Array, format?: MarcFormat, options: RecordReadOptions = {}): ReadItem {
  if (isBlank(bytes)) throw new NotMarcError('The input is empty.')
  const reader = createFormatReader(resolveFormat(bytes, format), formatReaderOptions(options))
  const items: Array<ReadItem | JunkItem> = []
  reader.push(bytes.subarray(afterBom(bytes)), items)
  reader.end(items)
  const out = items.filter((item): item is ReadItem => !('kind' in item))
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
