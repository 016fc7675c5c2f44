import { fieldName } from '../field-rules.ts'
import { normaliseLeader } from '../leader.ts'
import { DEFAULT_RECORD_OPTIONS, problem, type ParsedRecord, type RecordOptions, type RecordProblem } from '../problems.ts'
import type { MarcRecord } from '../record.ts'
import { FIELD_TERMINATOR, SUBFIELD_DELIMITER, hasControlByte, latin1, leaderText, readDigits } from './bytes.ts'
import { chooseCharset, utf8Text, type Charset } from './charset.ts'
import { locateFields } from './directory.ts'
import { decodeMarc8Field, decodeUnnamedField, decodeUtf8Field, type FieldDecodeContext } from './field-text.ts'
import { buildFields, buildFieldsFromArea } from './fields.ts'
import type { FieldSlices } from './slices.ts'
import { countOf } from '../../wording.ts'

/*
 * What is fatal in a binary record. Principle: a record is imported only when its content is
 * unambiguous — when every byte of text can be attributed to exactly one field, tag, indicator and
 * subfield, in a known character set. Redundant information that disagrees (lengths, base address,
 * constant leader positions) is a warning, because the terminators and the directory still say the
 * same thing; anything that makes us guess at content is fatal. (`test/marc/defects.test.ts`
 * has one case per row.)
 *
 * | defect                                                          | verdict            | code               |
 * |-----------------------------------------------------------------|--------------------|--------------------|
 * | fewer than 24 bytes before the record terminator                | fatal              | BAD_LEADER         |
 * | Ldr/00-04 not five digits (not the start of a record)           | fatal              | BAD_LEADER         |
 * | control or non-ASCII character in Ldr/05-08, 10-19              | fatal              | BAD_LEADER         |
 * | Ldr/10-11 digits other than "22" (non-MARC-21 field layout)     | fatal              | BAD_LEADER         |
 * | Ldr/10-11 "00", no 0x1F in the record                           | fatal (REPAIR: $a) | BAD_LEADER, BAD_FIELD |
 * | Ldr/10-11 blank                                                 | warning, read 22   | BAD_LEADER         |
 * | Ldr/20-23 not "4500" (blank Ldr/22, control bytes)              | warning, read 4500 | BAD_LEADER         |
 * | Ldr/00-04 ≠ real length (incl. 99999 cap, length mod 100000)    | warning            | LENGTH_MISMATCH    |
 * | Ldr/12-16 ≠ real base address, or not numeric                   | warning            | LENGTH_MISMATCH    |
 * | no field terminator after the directory                         | fatal              | BAD_DIRECTORY      |
 * | empty directory (no fields)                                     | fatal              | EMPTY_RECORD       |
 * | entry with a non-alphanumeric tag or non-numeric length/offset  | fatal              | BAD_DIRECTORY      |
 * | directory not 12-byte entries, not explainable as wide entries  | fatal              | BAD_DIRECTORY      |
 * | 13-14-byte entries (5-digit length, 6-digit offset), all proven | warning            | BAD_DIRECTORY      |
 * | offsets wrong but every length matches its terminator          | warning            | LENGTH_MISMATCH    |
 * | lengths wrong, but entries and terminated fields pair up 1:1    | warning            | LENGTH_MISMATCH    |
 * | directory and terminators irreconcilable                        | fatal              | LENGTH_MISMATCH    |
 * | last field not terminated                                       | fatal              | MISSING_TERMINATOR |
 * | directory entries but an empty data area                        | fatal              | LENGTH_MISMATCH    |
 * | no record terminator, next record starts where Ldr/00-04 says   | fatal              | MISSING_TERMINATOR |
 * | input ends inside a record                                      | fatal              | TRUNCATED          |
 * | non-blank bytes after the last record that start no record      | fatal              | TRAILING_JUNK      |
 * | blanks, line ends, NUL, Ctrl-Z between or after records         | ignored            | —                  |
 * | Ldr/09 'a' and invalid UTF-8                                    | fatal (REPAIR: U+FFFD) | UNDECODABLE_BYTES |
 * | Ldr/09 blank and bytes the MARC-8 decoder rejects               | fatal (REPAIR: U+FFFD) | UNDECODABLE_BYTES |
 * | Ldr/09 blank but valid UTF-8 with no ESC (see charset.ts)       | warning, UTF-8     | MISLABELLED_ENCODING |
 * | Ldr/09 another value, text plain ASCII                          | warning            | MISLABELLED_ENCODING |
 * | Ldr/09 another value, text not ASCII                            | fatal (REPAIR: U+FFFD) | UNDECODABLE_BYTES |
 * | C0 control character in text (except tab, LF, CR)              | fatal              | CONTROL_CHARACTER  |
 * | control field (00X) containing a subfield delimiter             | fatal              | BAD_FIELD          |
 * | data field with text but no subfield delimiter                  | fatal              | BAD_FIELD          |
 * | other text between the indicators and the first subfield        | fatal              | BAD_FIELD          |
 * | data field with indicators only                                 | warning            | EMPTY_FIELD        |
 * | fewer than 2 indicators; control/non-ASCII indicator            | fatal              | BAD_INDICATOR      |
 * | blanks/backslashes after the 2 indicators ("  \")               | warning, dropped   | BAD_INDICATOR      |
 * | backslash indicator (MARCBreaker blank)                         | warning, blank     | BAD_INDICATOR      |
 * | subfield code missing, blank, control or non-ASCII              | fatal              | BAD_SUBFIELD_CODE  |
 * | subfield delimiter as the last byte of a field (no code, no text) | warning, dropped   | BAD_SUBFIELD_CODE  |
 *
 * Under the REPAIR policy (`RecordOptions`), these fatal rows become repair warnings (each with
 * `repair` saying what was done), because mending them needs no guess at content:
 * - control character in Ldr/00-04 or 12-16 (lengths, recomputed on writing) → set to '0';
 * - directory entries that cannot describe a field (tag not letters/digits, length or offset not
 *   numeric, start beyond the data area), when the remaining entries and the field terminators
 *   agree → skipped (`directory.ts`);
 * - an entry whose tag is no tag but which names a real field → the field dropped, its text
 *   quoted (`directory.ts`, `fields.ts`);
 * - a directory one byte short or long of whole entries, every other entry naming its field and
 *   one tag fitting the odd entry → read by the terminators (`directory-odd.ts`);
 * - a control/non-ASCII indicator → blank;
 * - a subfield delimiter directly followed by another (an empty subfield) → dropped, EMPTY_SUBFIELD;
 * - bytes that are not UTF-8 (Ldr/09 'a') or not MARC-8 (an unassigned byte, a broken or unused
 *   escape sequence) → U+FFFD, one UNDECODABLE_BYTES warning per field (`field-text.ts`). Reading
 *   them in another character set would be the guess; the incoming record keeps them.
 * - Ldr/09 neither blank nor 'a' and text that is not ASCII → ASCII read as ASCII, every other byte
 *   U+FFFD (`charset.ts`, `field-text.ts`): the record names no character set to read them in;
 * - Ldr/10-11 '00' and no subfield delimiter in the record (ISO 2709 fields without indicators or
 *   subfield identifiers, `ruby-marc/cp866_*.marc`) → each data field's data kept whole as $a
 *   under blank indicators, a BAD_FIELD warning on each (`fields.ts`); control fields stay so;
 * - a subfield code that is blank, control or non-ASCII → the subfield dropped, its text quoted
 *   (and the field, when no subfield is left);
 * - an empty directory (a leader alone) → a record with no fields;
 * - input ending inside the last record after its directory → the fields that arrived whole
 *   (`truncated.ts`).
 * With `junk: 'SEPARATE'` (`reader.ts`), bytes that start no record (TRAILING_JUNK, a stray
 * record terminator) and padding are junk items of the file, not records.
 *
 * Not checked here: whether leader codes, tags, indicators and subfield codes are *valid MARC 21*
 * values (Ldr/06 'Z', indicator 'z'): that is content validation, not reading.
 */

// Control characters anywhere in decoded text, other than the structural 0x1E and 0x1F. Only when
// one is found are fields checked one by one to say where (UTF-8 records use hasControlByte).
const CONTROL_IN_DATA = /[\x00-\x08\x0B\x0C\x0E-\x1D]/
const MAY_NEED_NFC = /[\u0300-\uffff]/

/**
 * Parses one record: `bytes` runs from the leader to the record terminator inclusive. A rejected
 * record carries every fatal problem found (structural ones stop reading at once; broken fields
 * are each reported) and the warnings found on the way.
 */
export function parseIso2709(bytes: Uint8Array, options: RecordOptions = DEFAULT_RECORD_OPTIONS): ParsedRecord {
  const warnings: RecordProblem[] = []
  const fail = (p: RecordProblem): ParsedRecord => ({ ok: false, problem: p, problems: [p], warnings })
  const dataEnd = bytes.length - 1
  if (dataEnd < 24) {
    return fail(problem('BAD_LEADER', `the record is ${countOf(bytes.length, 'byte')} long, shorter than a 24-byte leader`))
  }
  const declaredLength = readDigits(bytes, 0, 5)
  if (declaredLength < 0) {
    return fail(
      problem('BAD_LEADER', `the record length Ldr/00-04 '${latin1(bytes, 0, 5)}' is not a number: this is not the start of a MARC record`),
    )
  }
  const repair = options.repair === 'REPAIR'
  // REPAIR: Ldr/10-11 '00' and no subfield delimiter anywhere — ISO 2709 fields without indicators
  // or subfield identifiers, each data field one undivided data element (`fields.ts`).
  const undivided = repair && bytes[10] === 0x30 && bytes[11] === 0x30 && bytes.indexOf(SUBFIELD_DELIMITER, 24) < 0
  const leader = normaliseLeader(leaderText(bytes), warnings, true, repair, undivided)
  if (typeof leader !== 'string') return fail(leader)
  const directoryEnd = bytes.indexOf(FIELD_TERMINATOR, 24)
  if (directoryEnd < 0 || directoryEnd >= dataEnd) {
    return fail(problem('BAD_DIRECTORY', 'no field terminator (0x1E) ends the directory'))
  }
  if (directoryEnd === 24) {
    const empty = problem('EMPTY_RECORD', 'the directory is empty: the record has no fields')
    if (!repair || dataEnd !== 25) return fail(empty)
    // `bad_records.mrc` record 7: a leader, an empty directory, nothing else. There is no content
    // to guess at: it is imported as what it is, a record with no fields (every peer returns it so).
    warnings.push({ ...empty, message: `${empty.message}; imported as a record with no fields`, repair: 'imported with no fields' })
    return { ok: true, record: { leader, fields: [] }, warnings }
  }
  const base = directoryEnd + 1
  const declaredBase = readDigits(bytes, 12, 5)
  if (declaredBase !== base) {
    warnings.push({
      ...problem('LENGTH_MISMATCH', `the base address Ldr/12-16 is '${latin1(bytes, 12, 17)}' but the data starts at byte ${base}`),
      repair: 'Ldr/12-16 recomputed on writing',
    })
  }
  if (declaredLength !== bytes.length) {
    const tooLong = bytes.length > 99999 ? ', more than ISO 2709 can express in 5 digits' : ''
    warnings.push({
      ...problem('LENGTH_MISMATCH', `the record length Ldr/00-04 is ${declaredLength} but the record is ${countOf(bytes.length, 'byte')}${tooLong}`),
      repair: 'Ldr/00-04 recomputed on writing',
    })
  }
  if (dataEnd === base) {
    return fail(problem('LENGTH_MISMATCH', `the directory has ${countOf(Math.floor((base - 25) / 12), 'entry')} but the data area is empty`))
  }
  if (bytes[dataEnd - 1] !== FIELD_TERMINATOR) {
    return fail(
      problem('MISSING_TERMINATOR', 'the last field does not end with a field terminator (0x1E) before the record terminator'),
    )
  }
  const slices = locateFields(bytes, base, dataEnd, warnings, repair)
  if ('code' in slices) return fail(slices)
  const ldr09 = bytes[9] ?? 0
  const charset = ldr09 === 0x61 ? 'UTF8' : chooseCharset(ldr09, bytes.subarray(base, dataEnd), warnings, repair)
  if (typeof charset !== 'string') return fail(charset)
  const text: TextRules = { form: options.normalization, repair, undivided }
  const fields =
    charset === 'UTF8' && slices.contiguous
      ? fieldsFromDataArea(bytes, base, dataEnd, slices, text, warnings)
      : fieldsOneByOne(bytes, slices, charset, text, warnings)
  if ('problems' in fields) {
    const [first] = fields.problems
    if (first !== undefined) return { ok: false, problem: first, problems: fields.problems, warnings }
  }
  return { ok: true, record: { leader, fields: 'list' in fields ? fields.list : [] }, warnings }
}

interface TextRules {
  form: RecordOptions['normalization']
  repair: boolean
  undivided: boolean
}

type FieldList = { list: MarcRecord['fields'] } | { problems: RecordProblem[] }

/** The form to normalise each value to, when the caller has not normalised the whole text. */
function valueForm(form: TextRules['form']): false | 'NFC' | 'NFD' {
  return form === 'PRESERVE' ? false : form
}

/** The fast path: one UTF-8 decode and one control-character scan for the whole data area. */
function fieldsFromDataArea(
  bytes: Uint8Array,
  base: number,
  dataEnd: number,
  slices: FieldSlices,
  rules: TextRules,
  warnings: RecordProblem[],
): FieldList {
  const text = utf8Text(bytes, base, dataEnd)
  if (text === undefined) return fieldsOneByOne(bytes, slices, 'UTF8', rules, warnings)
  const checkControls = hasControlByte(bytes, base, dataEnd)
  const { repair } = rules
  const problems: RecordProblem[] = []
  // Normalised once for the whole data area, and only when it can change something: ASCII text
  // (a one-byte string answers that at once) is in every form, text below U+0300 is NFC.
  // NFD never composes, so it cannot fuse a subfield code with what follows.
  if (rules.form === 'PRESERVE' || text.length === dataEnd - base || (rules.form === 'NFC' && !MAY_NEED_NFC.test(text))) {
    const list = buildFieldsFromArea(slices.tags, text, { normalise: false, checkControls, repair, undivided: rules.undivided }, warnings, problems)
    return problems.length > 0 ? { problems } : { list }
  }
  const mark = warnings.length
  const area = text.normalize(rules.form)
  const normalised = { form: rules.form, originals: changedFields(text, area, slices.tags.length) }
  const list = buildFieldsFromArea(slices.tags, area, { normalise: false, checkControls, repair, undivided: rules.undivided, normalised }, warnings, problems)
  const codeDropped = warnings.slice(mark).some((w) => w.code === 'BAD_SUBFIELD_CODE' && w.repair !== undefined)
  if (problems.length === 0 && !codeDropped) return { list }
  if (!codeDropped && !problems.some((p) => p.code === 'BAD_SUBFIELD_CODE')) return { problems }
  // A value that starts with a combining mark gets fused with its subfield code by a whole-area
  // NFC ("$a" + U+0301 → "$á"): read again from the original text, normalising value by value.
  warnings.length = mark
  problems.length = 0
  const again = buildFieldsFromArea(
    slices.tags,
    text,
    { normalise: rules.form, checkControls, repair, undivided: rules.undivided, normalised: { form: rules.form } },
    warnings,
    problems,
  )
  return problems.length > 0 ? { problems } : { list: again }
}

/**
 * The fields (by index, with their text as read) that normalising the whole data area changed.
 * Normalization never moves a field terminator (U+001E is a starter that composes with nothing),
 * so the two areas split into the same fields.
 */
function changedFields(before: string, after: string, count: number): Map<number, string> {
  const changed = new Map<number, string>()
  if (before === after) return changed
  const was = before.split('\x1e')
  const now = after.split('\x1e')
  for (let i = 0; i < count; i++) {
    const text = was[i]
    if (text !== undefined && text !== now[i]) changed.set(i, text)
  }
  return changed
}

/** Field by field: MARC-8, out-of-order directories, and locating a UTF-8 error precisely. */
function fieldsOneByOne(bytes: Uint8Array, slices: FieldSlices, charset: Charset, rules: TextRules, warnings: RecordProblem[]): FieldList {
  const { tags, starts, ends } = slices
  const texts: string[] = []
  const problems: RecordProblem[] = []
  const decoding: FieldDecodeContext = { replace: rules.repair, repairs: [] }
  let ascii = true
  for (let i = 0; i < tags.length; i++) {
    const start = starts[i] ?? 0
    const end = ends[i] ?? 0
    const where = fieldName(i, tags[i] ?? '')
    const terminator = bytes.subarray(start, end).indexOf(FIELD_TERMINATOR)
    const decoded =
      terminator >= 0
        ? problem('LENGTH_MISMATCH', `${where} contains a field terminator (0x1E) at byte ${terminator + 1} of its ${countOf(end - start, 'byte')}`)
        : charset === 'UTF8'
          ? decodeUtf8Field(bytes, start, end, where, i, decoding)
          : charset === 'UNNAMED'
            ? decodeUnnamedField(bytes, start, end, where, i, decoding)
            : decodeMarc8Field(bytes, start, end, where, rules.form !== 'PRESERVE', i, decoding)
    if (typeof decoded !== 'string') {
      problems.push({ ...decoded, field: i + 1 })
      texts.push('')
      continue
    }
    if (ascii && decoded.length !== end - start) ascii = false
    texts.push(decoded)
  }
  if (problems.length > 0) {
    warnings.push(...decoding.repairs)
    return { problems }
  }
  // MARC-8 text comes out of the decoder composed (NFC) unless PRESERVE asked for it as converted.
  const form = valueForm(rules.form)
  const normalise = ascii || (charset === 'MARC8' && form !== 'NFD') ? false : form
  const mark = warnings.length
  const list = buildFields(
    tags,
    texts,
    {
      normalise,
      checkControls: texts.some((t) => CONTROL_IN_DATA.test(t)),
      repair: rules.repair,
      undivided: rules.undivided,
      // MARC-8 is converted, not normalised: the form asked for is the form of the conversion.
      normalised: normalise === false || charset === 'MARC8' ? undefined : { form: normalise },
    },
    warnings,
    problems,
  )
  if (decoding.repairs.length > 0) inFieldOrder(warnings, mark, decoding.repairs)
  return problems.length > 0 ? { problems } : { list }
}

/** Adds the bytes replaced in each field before that field's other warnings (they come first in reading it). */
function inFieldOrder(warnings: RecordProblem[], mark: number, replacements: readonly RecordProblem[]): void {
  const rank = (w: RecordProblem, replaced: boolean) => (w.field ?? 0) * 2 + (replaced ? 0 : 1)
  const merged = [
    ...replacements.map((w) => ({ w, key: rank(w, true) })),
    ...warnings.slice(mark).map((w) => ({ w, key: rank(w, false) })),
  ].sort((a, b) => a.key - b.key)
  warnings.splice(mark, warnings.length - mark, ...merged.map((m) => m.w))
}
