import { Iso2709Framer, type Frame } from './iso2709/frame.ts'
import { parseIso2709 } from './iso2709/record.ts'
import { parseTruncated } from './iso2709/truncated.ts'
import { parseMarcJsonChunk } from './marcjson/record.ts'
import { MarcJsonSplitter, type JsonRecordChunk } from './marcjson/split.ts'
import { parseMarcXmlChunk } from './marcxml/record.ts'
import { MarcXmlSplitter, type XmlRecordChunk } from './marcxml/split.ts'
import { concatBytes } from './iso2709/bytes.ts'
import type { JunkItem, MarcFormat, ParsedRecord, ReadItem, RecordOptions } from './problems.ts'
import { countOf } from '../wording.ts'

/**
 * A push parser for one format: bytes in, finished items out. Synchronous, so the same code
 * serves the streaming reader and the single-record endpoint; positions count every item.
 */
export interface FormatReader {
  push(chunk: Uint8Array, out: Array<ReadItem | JunkItem>): void
  end(out: Array<ReadItem | JunkItem>): void
}

function toItem(position: number, parsed: ParsedRecord, raw: Uint8Array): ReadItem {
  return parsed.ok
    ? { ok: true, position, record: parsed.record, raw, warnings: parsed.warnings }
    : { ok: false, position, problem: parsed.problem, raw, problems: parsed.problems ?? [parsed.problem], warnings: parsed.warnings ?? [] }
}

/** What the format readers are told: the record options, and whether junk is told apart. */
export interface FormatReaderOptions extends RecordOptions {
  separateJunk: boolean
}

class Iso2709Reader implements FormatReader {
  private readonly framer: Iso2709Framer
  private readonly frames: Frame[] = []
  private readonly options: FormatReaderOptions
  private position = 0
  /** Junk is held until what follows it is known, so that adjacent pieces make one item. */
  private junk: JunkItem | undefined
  private junkParts: Uint8Array[] = []

  constructor(options: FormatReaderOptions) {
    this.options = options
    this.framer = new Iso2709Framer(options.separateJunk)
  }

  push(chunk: Uint8Array, out: Array<ReadItem | JunkItem>): void {
    this.framer.push(chunk, this.frames)
    this.drain(out)
  }

  end(out: Array<ReadItem | JunkItem>): void {
    this.framer.end(this.frames)
    this.drain(out)
    this.flushJunk(out)
  }

  private drain(out: Array<ReadItem | JunkItem>): void {
    for (const frame of this.frames) {
      if (frame.junk === true && frame.problem !== undefined) {
        this.addJunk(frame.bytes, frame.problem, out)
        continue
      }
      this.flushJunk(out)
      const parsed: ParsedRecord =
        frame.problem === undefined
          ? parseIso2709(frame.bytes, this.options)
          : frame.problem.code === 'TRUNCATED' && this.options.repair === 'REPAIR'
            ? parseTruncated(frame.bytes, frame.problem, this.options)
            : { ok: false, problem: frame.problem }
      out.push(toItem(++this.position, parsed, frame.bytes))
    }
    this.frames.length = 0
  }

  private addJunk(bytes: Uint8Array, problem: JunkItem['problem'], out: Array<ReadItem | JunkItem>): void {
    if (this.junk !== undefined && this.junk.problem.code === problem.code && problem.code === 'PADDING') {
      this.junkParts.push(bytes)
      return
    }
    this.flushJunk(out)
    this.junk = { kind: 'junk', ok: false, after: this.position, raw: bytes, problem }
    this.junkParts = [bytes]
  }

  private flushJunk(out: Array<ReadItem | JunkItem>): void {
    const junk = this.junk
    if (junk === undefined) return
    if (this.junkParts.length > 1) {
      const length = this.junkParts.reduce((sum, part) => sum + part.length, 0)
      junk.raw = concatBytes(this.junkParts, length)
      junk.problem = { ...junk.problem, message: `${countOf(length, 'byte')} of padding (blanks, line ends, NUL or Ctrl-Z) outside any record` }
    }
    out.push(junk)
    this.junk = undefined
    this.junkParts = []
  }
}

interface Splitter<C> {
  push(chunk: Uint8Array, out: C[]): void
  end(out: C[]): void
}

class ChunkedReader<C> implements FormatReader {
  private readonly chunks: C[] = []
  private position = 0
  private readonly splitter: Splitter<C>
  private readonly parse: (chunk: C, options: RecordOptions) => { parsed: ParsedRecord; raw: Uint8Array }
  private readonly options: RecordOptions

  constructor(
    splitter: Splitter<C>,
    parse: (chunk: C, options: RecordOptions) => { parsed: ParsedRecord; raw: Uint8Array },
    options: RecordOptions,
  ) {
    this.options = options
    this.splitter = splitter
    this.parse = parse
  }

  push(chunk: Uint8Array, out: Array<ReadItem | JunkItem>): void {
    this.splitter.push(chunk, this.chunks)
    this.drain(out)
  }

  end(out: Array<ReadItem | JunkItem>): void {
    this.splitter.end(this.chunks)
    this.drain(out)
  }

  private drain(out: Array<ReadItem | JunkItem>): void {
    for (const chunk of this.chunks) {
      const { parsed, raw } = this.parse(chunk, this.options)
      out.push(toItem(++this.position, parsed, raw))
    }
    this.chunks.length = 0
  }
}

/**
 * The reader of one format. Junk is told apart in ISO 2709 only: MARCXML and MARC-in-JSON
 * records are elements and values of a document, whose markup between records is no junk.
 */
export function createFormatReader(format: MarcFormat, options: FormatReaderOptions): FormatReader {
  switch (format) {
    case 'ISO2709':
      return new Iso2709Reader(options)
    case 'MARCXML':
      return new ChunkedReader<XmlRecordChunk>(new MarcXmlSplitter(), parseMarcXmlChunk, options)
    case 'MARC_JSON':
      return new ChunkedReader<JsonRecordChunk>(new MarcJsonSplitter(), parseMarcJsonChunk, options)
  }
}
