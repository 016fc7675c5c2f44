import { TextDecoder } from 'node:util'
import { firstInvalidUtf8 } from '../iso2709/charset.ts'
import { DEFAULT_RECORD_OPTIONS, problem, type ParsedRecord, type RecordOptions } from '../problems.ts'
import { buildFromXml } from './build.ts'
import type { XmlRecordChunk } from './split.ts'
import { missingDeclarations, parseStartTag } from './tags.ts'

const decoders = new Map<string, TextDecoder | undefined>()
const encoder = new TextEncoder()
const lenient = new TextDecoder('utf-8')

function decoderFor(label: string): TextDecoder | undefined {
  if (!decoders.has(label)) {
    let decoder: TextDecoder | undefined
    try {
      decoder = new TextDecoder(label, { fatal: true })
    } catch {
      decoder = undefined
    }
    decoders.set(label, decoder)
  }
  return decoders.get(label)
}

/**
 * Parses one `<record>` cut by the splitter. The raw record offered for download is made
 * standalone: namespace declarations it inherited from `<collection>` are added to its start tag
 * (`<marcxml:record>` means nothing without `xmlns:marcxml`), and a document in another encoding
 * than UTF-8 is re-encoded as UTF-8 (the raw record has no XML declaration to say otherwise).
 * Otherwise the bytes are exactly those of the file. What we parse is exactly that raw record.
 */
export function parseMarcXmlChunk(chunk: XmlRecordChunk, options: RecordOptions = DEFAULT_RECORD_OPTIONS): { parsed: ParsedRecord; raw: Uint8Array } {
  if (chunk.problem !== undefined) return { parsed: { ok: false, problem: chunk.problem }, raw: withDeclarations(chunk) }
  const decoder = decoderFor(chunk.encoding)
  if (decoder === undefined) {
    return {
      parsed: { ok: false, problem: problem('UNDECODABLE_BYTES', `the XML declaration names the encoding '${chunk.encoding}', which is not supported`) },
      raw: withDeclarations(chunk),
    }
  }
  let text: string
  try {
    text = decoder.decode(chunk.bytes)
  } catch {
    const at = firstInvalidUtf8(chunk.bytes)
    let line = chunk.line
    for (let i = chunk.bytes.indexOf(0x0a); i >= 0 && i < at; i = chunk.bytes.indexOf(0x0a, i + 1)) line++
    return {
      parsed: { ok: false, problem: problem('UNDECODABLE_BYTES', `bytes that are not valid ${chunk.encoding.toUpperCase()} at line ${line}`) },
      raw: withDeclarations(chunk),
    }
  }
  const tagEnd = text.indexOf('>')
  const own = parseStartTag(text.slice(1, tagEnd < 0 ? text.length : tagEnd))
  const extra = missingDeclarations(chunk.inherited, own.declarations)
  if (extra !== '') text = '<' + own.qname + extra + text.slice(1 + own.qname.length)
  const utf8 = chunk.encoding === 'utf-8' || chunk.encoding === 'utf8'
  const raw = extra === '' && utf8 ? chunk.bytes : encoder.encode(text)
  return { parsed: buildFromXml(text, chunk.line, options), raw }
}

/**
 * The raw bytes of a record that could not be decoded as text, made standalone all the same: the
 * inherited namespace declarations go into its start tag, byte for byte, so that a download of
 * unreadable records (`<marc:record>` from a `<marc:collection xmlns:marc=…>`) still binds its
 * prefix. Only the start tag is decoded (leniently), to learn its name and own declarations.
 */
function withDeclarations(chunk: XmlRecordChunk): Uint8Array {
  const tagEnd = chunk.bytes.indexOf(0x3e)
  const own = parseStartTag(lenient.decode(chunk.bytes.subarray(1, tagEnd < 0 ? chunk.bytes.length : tagEnd)))
  const extra = missingDeclarations(chunk.inherited, own.declarations)
  if (extra === '') return chunk.bytes
  const nameEnd = 1 + encoder.encode(own.qname).length
  const insert = encoder.encode(extra)
  const raw = new Uint8Array(chunk.bytes.length + insert.length)
  raw.set(chunk.bytes.subarray(0, nameEnd))
  raw.set(insert, nameEnd)
  raw.set(chunk.bytes.subarray(nameEnd), nameEnd + insert.length)
  return raw
}
