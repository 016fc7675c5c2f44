import { firstInvalidUtf8 } from '../iso2709/charset.ts'
import { DEFAULT_RECORD_OPTIONS, problem, type ParsedRecord, type RecordOptions, type RecordProblem } from '../problems.ts'
import { buildFromJson, type Json } from './build.ts'
import type { JsonRecordChunk } from './split.ts'

const utf8 = new TextDecoder('utf-8', { fatal: true })

/**
 * Parses one record's JSON text, strictly (RFC 8259). `pymarc/test.json` and
 * `marc4j/illegal-marc-in-json.json` have a raw line break inside a string ("Dylan,⏎ Bob,⏎ "):
 * lenient parsers (Python's `strict=False`) import the line breaks and indentation into 100 $a.
 * We reject the record instead: the text is not what the cataloguer typed, and the fix (join the
 * lines) is a one-minute edit of the raw record we offer for download.
 */
export function parseMarcJsonChunk(chunk: JsonRecordChunk, options: RecordOptions = DEFAULT_RECORD_OPTIONS): { parsed: ParsedRecord; raw: Uint8Array } {
  const raw = chunk.bytes
  const fail = (p: RecordProblem): { parsed: ParsedRecord; raw: Uint8Array } => ({ parsed: { ok: false, problem: p }, raw })
  if (chunk.problem !== undefined) return fail(chunk.problem)
  let text: string
  try {
    text = utf8.decode(raw)
  } catch {
    const at = firstInvalidUtf8(raw)
    let line = chunk.line
    for (let i = raw.indexOf(0x0a); i >= 0 && i < at; i = raw.indexOf(0x0a, i + 1)) line++
    return fail(problem('UNDECODABLE_BYTES', `bytes that are not valid UTF-8 at line ${line}`))
  }
  let value: Json
  try {
    value = JSON.parse(text) as Json
  } catch (error) {
    return fail(invalidJson(error instanceof Error ? error.message : String(error), chunk.line))
  }
  return { parsed: buildFromJson(value, options), raw }
}

/** V8 says "… in JSON at position N (line L column C)" relative to the record; make L the file's line. */
function invalidJson(message: string, firstLine: number): RecordProblem {
  const match = /^(.*?) in JSON at position \d+ \(line (\d+) column (\d+)\)$/s.exec(message)
  if (match === null) return problem('INVALID_JSON', `the record is not valid JSON: ${message}`)
  const line = firstLine + Number(match[2]) - 1
  return problem('INVALID_JSON', `the record is not valid JSON at line ${line}, column ${match[3]}: ${match[1]}`)
}
