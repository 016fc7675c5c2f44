import { decodeMarc8 } from '../marc8/index.ts'
import { problem, type RecordProblem } from '../problems.ts'
import { SUBFIELD_DELIMITER } from './bytes.ts'
import { firstInvalidUtf8, hexAround, utf8Replaced, utf8Text } from './charset.ts'

/*
 * One field's bytes to text, for the field-by-field path of `record.ts`. Bytes that are not in the
 * record's character set fail the field, or under the REPAIR policy become U+FFFD: the stored text
 * then shows where something could not be read, and a warning on the field says how many bytes
 * were replaced. That is no guess — nothing is invented for them — and nothing is lost: the
 * incoming record, with those bytes, stays downloadable. (Decoding them in another character set,
 * as the peers that import `pymarc/1251.dat` or `ruby-marc/marc8_accented_chars.marc` do, would be
 * a guess.)
 */

/** `replace`: the REPAIR policy; the replacement warnings go to `repairs`, with the field's position. */
export interface FieldDecodeContext {
  replace: boolean
  repairs: RecordProblem[]
}

function bytesOf(count: number): string {
  return `${count} byte${count === 1 ? '' : 's'}`
}

function replacement(count: number, charset: string, message: string, field: number): RecordProblem {
  return {
    ...problem('UNDECODABLE_BYTES', message),
    field,
    repair: `${bytesOf(count)} not valid ${charset} replaced by U+FFFD; the incoming record keeps them`,
  }
}

export function decodeUtf8Field(bytes: Uint8Array, start: number, end: number, where: string, index: number, context: FieldDecodeContext): string | RecordProblem {
  const text = utf8Text(bytes, start, end)
  if (text !== undefined) return text
  const field = bytes.subarray(start, end)
  const at = firstInvalidUtf8(field)
  const bytesAt = `byte ${at + 1} of the field (bytes ${hexAround(field, at)})`
  if (!context.replace) return problem('UNDECODABLE_BYTES', `${where}: invalid UTF-8 at ${bytesAt} although Ldr/09 says UTF-8`)
  const { text: replaced, invalidBytes } = utf8Replaced(field)
  const message = `${where}: ${bytesOf(invalidBytes)} of invalid UTF-8 although Ldr/09 says UTF-8, the first at ${bytesAt}`
  context.repairs.push(replacement(invalidBytes, 'UTF-8', message, index + 1))
  return replaced
}

/**
 * MARC-8 is decoded per field, indicators excluded (the decoder's contract): indicators are ASCII
 * in any valid record, and a non-ASCII one is left for the indicator check to report.
 */
export function decodeMarc8Field(
  bytes: Uint8Array,
  start: number,
  end: number,
  where: string,
  compose: boolean,
  index: number,
  context: FieldDecodeContext,
): string | RecordProblem {
  const field = bytes.subarray(start, end)
  const firstDelimiter = field.indexOf(SUBFIELD_DELIMITER)
  const skip = firstDelimiter < 0 ? 0 : firstDelimiter
  const result = decodeMarc8(field.subarray(skip), compose, context.replace)
  if (!result.ok) {
    const at = skip + result.offset
    return problem(
      'UNDECODABLE_BYTES',
      `${where}: not valid MARC-8 at byte ${at + 1} of the field (bytes ${hexAround(field, at)}): ${result.reason}`,
    )
  }
  if (result.replaced !== undefined) {
    const { bytes: count, offset, reason } = result.replaced
    const at = skip + offset
    const message = `${where}: ${bytesOf(count)} not valid MARC-8, the first at byte ${at + 1} of the field (bytes ${hexAround(field, at)}): ${reason}`
    context.repairs.push(replacement(count, 'MARC-8', message, index + 1))
  }
  return skip === 0 ? result.text : latin1Text(field, skip) + result.text
}

function latin1Text(bytes: Uint8Array, end: number): string {
  let text = ''
  for (let i = 0; i < end; i++) text += String.fromCharCode(bytes[i] ?? 0)
  return text
}
