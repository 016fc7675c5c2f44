import { Iso2709Framer, type Frame } from './iso2709/frame.ts'
import { parseIso2709 } from './iso2709/record.ts'
import { parseMarcJsonChunk } from './marcjson/record.ts'
import { MarcJsonSplitter, type JsonRecordChunk } from './marcjson/split.ts'
import { parseMarcXmlChunk } from './marcxml/record.ts'
import { MarcXmlSplitter, type XmlRecordChunk } from './marcxml/split.ts'
import type { MarcFormat, ParsedRecord, ReadItem } from './problems.ts'

/**
 * A push parser for one format: bytes in, finished items out. Synchronous, so the same code
 * serves the streaming reader and the single-record endpoint; positions count every item.
 */
export interface FormatReader {
  push(chunk: Uint8Array, out: ReadItem[]): void
  end(out: ReadItem[]): void
}

function toItem(position: number, parsed: ParsedRecord, raw: Uint8Array): ReadItem {
  return parsed.ok
    ? { ok: true, position, record: parsed.record, raw, warnings: parsed.warnings }
    : { ok: false, position, problem: parsed.problem, raw }
}

class Iso2709Reader implements FormatReader {
  private readonly framer = new Iso2709Framer()
  private readonly frames: Frame[] = []
  private position = 0

  push(chunk: Uint8Array, out: ReadItem[]): void {
    this.framer.push(chunk, this.frames)
    this.drain(out)
  }

  end(out: ReadItem[]): void {
    this.framer.end(this.frames)
    this.drain(out)
  }

  private drain(out: ReadItem[]): void {
    for (const frame of this.frames) {
      const parsed: ParsedRecord = frame.problem === undefined ? parseIso2709(frame.bytes) : { ok: false, problem: frame.problem }
      out.push(toItem(++this.position, parsed, frame.bytes))
    }
    this.frames.length = 0
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
  private readonly parse: (chunk: C) => { parsed: ParsedRecord; raw: Uint8Array }

  constructor(splitter: Splitter<C>, parse: (chunk: C) => { parsed: ParsedRecord; raw: Uint8Array }) {
    this.splitter = splitter
    this.parse = parse
  }

  push(chunk: Uint8Array, out: ReadItem[]): void {
    this.splitter.push(chunk, this.chunks)
    this.drain(out)
  }

  end(out: ReadItem[]): void {
    this.splitter.end(this.chunks)
    this.drain(out)
  }

  private drain(out: ReadItem[]): void {
    for (const chunk of this.chunks) {
      const { parsed, raw } = this.parse(chunk)
      out.push(toItem(++this.position, parsed, raw))
    }
    this.chunks.length = 0
  }
}

export function createFormatReader(format: MarcFormat): FormatReader {
  switch (format) {
    case 'ISO2709':
      return new Iso2709Reader()
    case 'MARCXML':
      return new ChunkedReader<XmlRecordChunk>(new MarcXmlSplitter(), parseMarcXmlChunk)
    case 'MARC_JSON':
      return new ChunkedReader<JsonRecordChunk>(new MarcJsonSplitter(), parseMarcJsonChunk)
  }
}
