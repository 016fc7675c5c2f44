import { Buffer } from 'node:buffer'
import { ByteQueue } from '../byte-queue.ts'
import { copyOf } from '../iso2709/bytes.ts'
import { problem, type RecordProblem } from '../problems.ts'
import { MAX_RECORD_BYTES } from '../iso2709/frame.ts'
import { isMarcNamespace, parseStartTag, type Bindings } from './tags.ts'

/** One `<record>` element cut from the stream, with what it needs to be parsed on its own. */
export interface XmlRecordChunk {
  bytes: Uint8Array
  /** 1-based line of the `<` that opens the record, for messages. */
  line: number
  /** Namespace bindings in scope where the record starts (declared on its ancestors). */
  inherited: Bindings
  /** Character encoding from the XML declaration (TextDecoder label). */
  encoding: string
  problem?: RecordProblem
}

const LT = 0x3c
const GT = 0x3e
const BANG = 0x21
const QUESTION = 0x3f
const SLASH = 0x2f
const NEWLINE = 0x0a

// Markup is read as UTF-8 (without failing: bad bytes are the record parser's to report).
const markup = new TextDecoder('utf-8')
// Buffer, not Uint8Array: only Buffer#indexOf searches for a byte sequence (memmem).
const COMMENT_END = Buffer.from('-->')
const CDATA_END = Buffer.from(']]>')
const PI_END = Buffer.from('?>')

interface OpenRecord {
  start: number
  qname: string
  qnameBytes: Uint8Array
  line: number
  inherited: Bindings
}

/**
 * Cuts MARCXML into its `<record>` elements without parsing the document as a whole, so that one
 * malformed record (`ruby-marc/three-records-second-bad.xml`) costs only itself, bare sibling
 * records without a root (`evergreen/serials_marc21.xml`) are read, and memory is bounded by the
 * largest record. It is a tokenizer, not a parser: it skips comments, CDATA, processing
 * instructions and DOCTYPEs, follows namespace declarations outside records (so `<record>` of
 * OAI-PMH or another vocabulary is not taken for a MARC record), and inside a record only looks
 * for the matching end tag. Well-formedness of each record is checked by the record parser.
 */
export class MarcXmlSplitter {
  private readonly queue = new ByteQueue()
  private buf: Buffer = Buffer.alloc(0)
  private scan = 0
  private keepFrom = 0
  private lineBase = 1
  private lineCachePos = 0
  private lineCache = 1
  private scopes: Bindings[] = [new Map()]
  private record: OpenRecord | undefined
  /**
   * A token still incomplete at the end of the input so far (the `<` at `scan`) has been searched
   * for its end up to `searched`, with `quote` the quote character open there in a start tag (0:
   * none). The next push resumes the search there: a 16 MB comment or attribute value arriving in
   * small chunks would otherwise be searched from its start again on each chunk.
   */
  private searched = -1
  private quote = 0
  private encoding = 'utf-8'
  private sawElement = false

  push(chunk: Uint8Array, out: XmlRecordChunk[]): void {
    this.compact()
    this.queue.discard(this.keepFrom)
    this.queue.append(chunk)
    this.buf = this.queue.view()
    this.scan -= this.keepFrom
    if (this.searched >= 0) this.searched -= this.keepFrom
    this.lineCachePos -= this.keepFrom
    if (this.record !== undefined) this.record.start -= this.keepFrom
    this.keepFrom = 0
    this.tokenize(out)
    this.enforceLimit(out)
  }

  end(out: XmlRecordChunk[]): void {
    const open = this.record
    if (open === undefined) return
    this.record = undefined
    out.push(
      this.chunk(open, this.buf.length, problem('TRUNCATED', `the input ends inside the <${open.qname}> that starts at line ${open.line}`)),
    )
  }

  /** Counts the lines of the bytes about to be dropped, so later line numbers stay right. */
  private compact(): void {
    if (this.keepFrom === 0) return
    this.lineBase = this.lineAt(this.keepFrom)
    this.lineCache = this.lineBase
    this.lineCachePos = this.keepFrom
  }

  private lineAt(pos: number): number {
    if (pos < this.lineCachePos) {
      this.lineCachePos = 0
      this.lineCache = this.lineBase
    }
    let line = this.lineCache
    for (let at = this.buf.indexOf(NEWLINE, this.lineCachePos); at >= 0 && at < pos; at = this.buf.indexOf(NEWLINE, at + 1)) {
      line++
    }
    this.lineCache = line
    this.lineCachePos = pos
    return line
  }

  private chunk(open: OpenRecord, end: number, why?: RecordProblem): XmlRecordChunk {
    const chunk: XmlRecordChunk = {
      bytes: copyOf(this.buf, open.start, end),
      line: open.line,
      inherited: open.inherited,
      encoding: this.encoding,
    }
    if (why !== undefined) chunk.problem = why
    return chunk
  }

  private enforceLimit(out: XmlRecordChunk[]): void {
    const open = this.record
    if (open !== undefined && this.buf.length - open.start > MAX_RECORD_BYTES) {
      out.push(
        this.chunk(
          open,
          open.start + MAX_RECORD_BYTES,
          problem('INVALID_XML', `the <${open.qname}> at line ${open.line} is not closed within ${MAX_RECORD_BYTES} bytes`),
        ),
      )
      this.record = undefined
      this.keepFrom = this.scan
    } else if (open === undefined && this.buf.length - this.keepFrom > MAX_RECORD_BYTES) {
      // An unterminated comment or tag of this size outside any record: nothing to recover.
      this.keepFrom = this.buf.length
      this.scan = this.buf.length
    }
  }

  private tokenize(out: XmlRecordChunk[]): void {
    const buf = this.buf
    for (;;) {
      const lt = buf.indexOf(LT, this.scan)
      if (lt < 0) {
        this.scan = buf.length
        if (this.record === undefined) this.keepFrom = buf.length
        return
      }
      if (this.record === undefined) this.keepFrom = lt
      if (lt + 1 >= buf.length) return this.waitAt(lt)
      const next = buf[lt + 1]
      // Where an earlier push stopped searching for this token's end; each search steps back by
      // its end marker's length less one, for a marker split across the pushes.
      const resume = this.searched >= 0 && this.scan === lt ? this.searched : 0
      const quote = resume > 0 ? this.quote : 0
      this.searched = -1
      this.quote = 0
      if (next === BANG) {
        const end = this.skipDeclaration(lt, resume)
        if (end < 0) return this.waitAt(lt)
        this.scan = end
      } else if (next === QUESTION) {
        const end = buf.indexOf(PI_END, Math.max(lt + 2, resume - 1))
        if (end < 0) return this.waitAt(lt)
        if (!this.sawElement) this.readXmlDeclaration(lt, end)
        this.scan = end + 2
      } else if (next === SLASH) {
        const gt = buf.indexOf(GT, Math.max(lt + 2, resume))
        if (gt < 0) return this.waitAt(lt)
        // Inside a record only its own end tag matters: compared as bytes, since a record may hold
        // hundreds of thousands of other end tags.
        const open = this.record
        if (open === undefined) this.endTag()
        else if (closesRecord(buf, lt + 2, gt, open.qnameBytes)) this.closeRecord(open, gt + 1, out)
        this.scan = gt + 1
      } else {
        const gt = this.findTagEnd(lt + 1, resume, quote)
        if (gt < 0) return this.waitAt(lt)
        this.startTag(lt, gt, out)
        this.scan = gt + 1
      }
    }
  }

  private waitAt(lt: number): void {
    this.scan = lt
    this.searched = this.buf.length
  }

  /**
   * Index of the `>` closing a start tag whose name starts at `from`, skipping quoted values, or
   * -1 (with `this.quote` the quote left open). Resumes at `resume` inside `quote` when given.
   */
  private findTagEnd(from: number, resume: number, quote: number): number {
    const buf = this.buf
    let i = Math.max(from, resume)
    if (quote !== 0) {
      const close = buf.indexOf(quote, i)
      if (close < 0) {
        this.quote = quote
        return -1
      }
      i = close + 1
    }
    for (; i < buf.length; i++) {
      const byte = buf[i]
      if (byte === GT) return i
      if (byte === 0x22 || byte === 0x27) {
        const close = buf.indexOf(byte, i + 1)
        if (close < 0) {
          this.quote = byte
          return -1
        }
        i = close
      }
    }
    return -1
  }

  /** `<!--…-->`, `<![CDATA[…]]>`, `<!DOCTYPE … [ … ]>`: index after it, or -1 if incomplete. */
  private skipDeclaration(lt: number, resume: number): number {
    const buf = this.buf
    if (buf.length < lt + 9) {
      // "<!--" needs 4 bytes, "<![CDATA[" 9; a DOCTYPE is decided once 9 bytes are known.
      if (buf.length >= lt + 4 && buf[lt + 2] === 0x2d && buf[lt + 3] === 0x2d) {
        const end = buf.indexOf(COMMENT_END, Math.max(lt + 4, resume - 2))
        return end < 0 ? -1 : end + 3
      }
      return -1
    }
    if (buf[lt + 2] === 0x2d && buf[lt + 3] === 0x2d) {
      const end = buf.indexOf(COMMENT_END, Math.max(lt + 4, resume - 2))
      return end < 0 ? -1 : end + 3
    }
    if (buf[lt + 2] === 0x5b) {
      const end = buf.indexOf(CDATA_END, Math.max(lt + 9, resume - 2))
      return end < 0 ? -1 : end + 3
    }
    const gt = buf.indexOf(GT, lt + 2)
    const bracket = buf.indexOf(0x5b, lt + 2)
    if (gt < 0) return -1
    if (bracket < 0 || bracket > gt) return gt + 1
    const close = buf.indexOf(0x5d, bracket)
    if (close < 0) return -1
    const end = buf.indexOf(GT, close)
    return end < 0 ? -1 : end + 1
  }

  private readXmlDeclaration(lt: number, end: number): void {
    const text = markup.decode(this.buf.subarray(lt, end))
    const match = /^<\?xml\s[^]*?encoding\s*=\s*["']([A-Za-z0-9._-]+)["']/.exec(text)
    if (match?.[1] !== undefined) this.encoding = match[1].toLowerCase()
  }

  private closeRecord(open: OpenRecord, after: number, out: XmlRecordChunk[]): void {
    out.push(this.chunk(open, after))
    this.record = undefined
    this.keepFrom = after
  }

  /** An end tag outside any record closes an ancestor's namespace scope. */
  private endTag(): void {
    if (this.scopes.length > 1) this.scopes.pop()
  }

  private startTag(lt: number, gt: number, out: XmlRecordChunk[]): void {
    const open = this.record
    if (open !== undefined) {
      if (!nameAt(this.buf, lt + 1, open.qnameBytes)) return
      // The same element opening again: the previous record was never closed. Report it and
      // start over here, rather than letting one missing end tag swallow the rest of the file.
      out.push(
        this.chunk(
          open,
          lt,
          problem('INVALID_XML', `the <${open.qname}> that starts at line ${open.line} is not closed before the next one starts`),
        ),
      )
      this.record = { ...open, start: lt, line: this.lineAt(lt) }
      return
    }
    const tag = parseStartTag(markup.decode(this.buf.subarray(lt + 1, gt)))
    this.sawElement = true
    const parent = this.scopes[this.scopes.length - 1] ?? new Map<string, string>()
    const scope = tag.declarations.size === 0 ? parent : new Map([...parent, ...tag.declarations])
    const colon = tag.qname.indexOf(':')
    const prefix = colon < 0 ? '' : tag.qname.slice(0, colon)
    const local = colon < 0 ? tag.qname : tag.qname.slice(colon + 1)
    if (local === 'record' && isMarcNamespace(scope.get(prefix) ?? '')) {
      const opened: OpenRecord = { start: lt, qname: tag.qname, qnameBytes: Buffer.from(tag.qname), line: this.lineAt(lt), inherited: parent }
      if (tag.selfClosing) {
        out.push(this.chunk(opened, gt + 1))
        this.keepFrom = gt + 1
      } else {
        this.record = opened
      }
      return
    }
    if (!tag.selfClosing) this.scopes.push(scope)
  }
}

/** Whether `buf[from, gt)`, an end tag's name and trailing blanks, is exactly `qname`. */
function closesRecord(buf: Uint8Array, from: number, gt: number, qname: Uint8Array): boolean {
  if (gt - from < qname.length) return false
  for (let i = 0; i < qname.length; i++) {
    if (buf[from + i] !== qname[i]) return false
  }
  for (let i = from + qname.length; i < gt; i++) {
    const byte = buf[i]
    if (byte !== 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d) return false
  }
  return true
}

/** Whether the tag name at `at` is exactly `qname` (followed by blank, `/` or `>`). */
function nameAt(buf: Uint8Array, at: number, qname: Uint8Array): boolean {
  for (let i = 0; i < qname.length; i++) {
    if (buf[at + i] !== qname[i]) return false
  }
  const after = buf[at + qname.length] ?? 0
  return after === GT || after === SLASH || after === 0x20 || after === 0x09 || after === 0x0a || after === 0x0d
}
