import { checkIndicator, checkSubfieldCode, controlCharacterProblem, fieldName, isValidTag, normalizedWarning } from '../field-rules.ts'
import { describeChar, problem, type RecordProblem } from '../problems.ts'
import type { DataField, Field, Subfield } from '../record.ts'
import { countOf } from '../../wording.ts'

/** Text options decided once per record by the caller. */
export interface FieldTextOptions {
  /** Normalise each value to this form (false: the caller normalised the whole data area, or keeps it). */
  normalise: false | 'NFC' | 'NFD'
  /** Look for control characters field by field (only when the whole-record scan found one). */
  checkControls: boolean
  /** The REPAIR policy: mend what needs no guess (empty subfields, unprintable indicators). */
  repair: boolean
  /**
   * REPAIR, Ldr/10-11 '00' (`record.ts`): the fields have no indicators and no subfield codes, so
   * each data field's data is kept whole as $a under blank indicators, with a warning saying so.
   */
  undivided?: boolean
  /**
   * The profile asked for NFC or NFD (Unicode input only: MARC-8 is converted, not normalised):
   * each field whose text that changed gets a NORMALIZED repair. `originals`: the caller
   * normalised the whole area, and these are the texts, by field index, of the fields it changed.
   */
  normalised?: { form: 'NFC' | 'NFD'; originals?: ReadonlyMap<number, string> }
}

const EXTRA_INDICATOR_CHARS = /^[ \\]+$/

/**
 * How a tag's field is read: 00X is a control field, another numeric tag a data field, and an
 * alphabetic tag whichever its data looks like (see field-rules.ts). This is the hot loop of the
 * reader, hence character codes instead of the regular expressions of field-rules.ts.
 */
function tagKind(tag: string): 'control' | 'data' | 'either' {
  const a = tag.charCodeAt(0)
  const b = tag.charCodeAt(1)
  const c = tag.charCodeAt(2)
  if (a === 0x30 && b === 0x30) return 'control'
  const numeric = a >= 0x30 && a <= 0x39 && b >= 0x30 && b <= 0x39 && c >= 0x30 && c <= 0x39
  return numeric ? 'data' : 'either'
}

/** Where field builders put warnings and a field's fatal problem (cheaper than union returns). */
interface BuildContext {
  options: FieldTextOptions
  warnings: RecordProblem[]
  problem: RecordProblem | undefined
  /** REPAIR dropped the field being read (no subfield left): neither a field nor a problem. */
  dropped: boolean
  /**
   * The last delimiter search over the text being read found the first 0x1F after where it started
   * at `scanAt` (-1: none; -2: no search yet). Fields without a delimiter (empty data fields, alphabetic control
   * fields) would otherwise each search to the next field that has one: quadratic in the number
   * of such fields.
   */
  scanAt: number
  /** Normalising a value of the field being read changed it. */
  changed: boolean
}

/**
 * Turns each field's decoded text (without its terminator) into a `Field`. A field that cannot be
 * read adds its fatal problem to `problems` and reading goes on with the next field, so a rejected
 * record reports every broken field, in order; the fields returned then mean nothing.
 */
export function buildFields(
  tags: readonly string[],
  texts: readonly string[],
  options: FieldTextOptions,
  warnings: RecordProblem[],
  problems: RecordProblem[],
): Field[] {
  const context: BuildContext = { options, warnings, problem: undefined, dropped: false, scanAt: -2, changed: false }
  const fields: Field[] = []
  for (let i = 0; i < tags.length; i++) {
    const text = texts[i] ?? ''
    context.scanAt = -2
    const mark = warnings.length
    const field = buildField(i, tags[i] ?? '', text, 0, text.length, context)
    settle(context, field, i, tags, mark, fields, problems)
  }
  return fields
}

/** Files a field's outcome: the field, or its problem; the field's position on its problems. */
function settle(
  context: BuildContext,
  field: Field | undefined,
  index: number,
  tags: readonly string[],
  mark: number,
  fields: Field[],
  problems: RecordProblem[],
): void {
  for (let w = mark; w < context.warnings.length; w++) {
    const warning = context.warnings[w]
    if (warning !== undefined) warning.field ??= index + 1
  }
  if (field !== undefined) {
    fields.push(field)
    return
  }
  if (context.dropped) {
    context.dropped = false
    return
  }
  const found = context.problem ?? problem('BAD_FIELD', fieldName(index, tags[index] ?? ''))
  found.field ??= index + 1
  problems.push(found)
  context.problem = undefined
}

/**
 * The same for a whole decoded data area: fields in directory order, each followed by U+001E.
 * Fields are read in place (start/end indexes into the area) rather than split out first: on the
 * hot path, every avoided substring counts.
 */
export function buildFieldsFromArea(
  tags: readonly string[],
  area: string,
  options: FieldTextOptions,
  warnings: RecordProblem[],
  problems: RecordProblem[],
): Field[] {
  const context: BuildContext = { options, warnings, problem: undefined, dropped: false, scanAt: -2, changed: false }
  const fields: Field[] = []
  let start = 0
  for (let i = 0; i < tags.length; i++) {
    let end = area.indexOf('\x1e', start)
    if (end < 0) end = area.length
    const mark = warnings.length
    const field = buildField(i, tags[i] ?? '', area, start, end, context)
    if (field !== undefined && mark === warnings.length) fields.push(field)
    else settle(context, field, i, tags, mark, fields, problems)
    start = end + 1
  }
  return fields
}

/** The first subfield delimiter in `text[start, end)`, or -1. `start` never decreases within a text. */
function delimiterIn(context: BuildContext, text: string, start: number, end: number): number {
  let at = context.scanAt
  if (at === -2 || (at >= 0 && at < start)) {
    at = text.indexOf('\x1f', start)
    context.scanAt = at
  }
  return at >= 0 && at < end ? at : -1
}

function buildField(index: number, tag: string, text: string, start: number, end: number, context: BuildContext): Field | undefined {
  const normalised = context.options.normalised
  if (normalised === undefined) return readField(index, tag, text, start, end, context)
  context.changed = false
  const field = readField(index, tag, text, start, end, context)
  if (field === undefined) return field
  const original = normalised.originals?.get(index) ?? (context.changed ? text.slice(start, end) : undefined)
  if (original !== undefined) context.warnings.push(normalizedWarning(fieldName(index, tag), original, normalised.form, index + 1))
  return field
}

/** `value` in the form asked for; notes on the context when that changed it. */
function normalisedValue(context: BuildContext, value: string): string {
  const form = context.options.normalise
  if (form === false) return value
  const out = value.normalize(form)
  if (out !== value) context.changed = true
  return out
}

function readField(index: number, tag: string, text: string, start: number, end: number, context: BuildContext): Field | undefined {
  const kind = tagKind(tag)
  if (kind !== 'data' && !isValidTag(tag)) return unnamedField(index, tag, text.slice(start, end), context)
  if (kind === 'data' && context.options.undivided === true) return undividedField(index, tag, text.slice(start, end), context)
  return kind === 'control' || (kind === 'either' && delimiterIn(context, text, start, end) < 0)
    ? buildControlField(index, tag, text.slice(start, end), context)
    : buildDataField(index, tag, text, start, end, context)
}

/**
 * A field whose directory tag is no tag, which only REPAIR lets through (directory.ts,
 * `withoutUnnamedFields`): it cannot be named, so it is dropped, its text quoted.
 */
function unnamedField(index: number, tag: string, text: string, context: BuildContext): undefined {
  const found = problem('BAD_DIRECTORY', `directory entry ${index + 1} has the tag '${tag}', which is not a tag (3 ASCII letters or digits)`)
  if (!context.options.repair) return fail(context, found)
  context.warnings.push({
    ...found,
    message: `${found.message}; its field ${JSON.stringify(text)} cannot be named and was dropped`,
    repair: `dropped field #${index + 1}, whose tag '${tag}' is no tag`,
  })
  context.dropped = true
  return undefined
}

/**
 * REPAIR: a data field of a record whose Ldr/10-11 is '00' — ISO 2709 without indicators or
 * subfield identifiers, the field's data one undivided data element. A MARC 21 field needs both,
 * so it gets the convention that invents nothing: blank indicators (undefined) and the whole data
 * as one subfield $a, said on the field. The incoming record keeps the field as it came.
 */
function undividedField(index: number, tag: string, text: string, context: BuildContext): DataField | undefined {
  const where = fieldName(index, tag)
  if (context.options.checkControls) {
    const control = controlCharacterProblem(where, text)
    if (control !== undefined) return fail(context, control)
  }
  context.warnings.push({
    ...problem('BAD_FIELD', `${where} has no indicators or subfield codes (Ldr/10-11 '00')`),
    repair:
      text.length === 0
        ? 'no indicators or subfield codes (Ldr/10-11 00): the empty field kept under blank indicators, without subfields; the incoming record keeps it as it came'
        : "no indicators or subfield codes (Ldr/10-11 00): the field's data kept whole as $a under blank indicators; the incoming record keeps it as it came",
  })
  const value = normalisedValue(context, text)
  return { tag, ind1: ' ', ind2: ' ', subfields: value.length === 0 ? [] : [{ code: 'a', value }] }
}

function fail(context: BuildContext, found: RecordProblem): undefined {
  context.problem = found
  return undefined
}

function buildControlField(index: number, tag: string, text: string, context: BuildContext): Field | undefined {
  if (text.indexOf('\x1f') >= 0) {
    return fail(context, problem('BAD_FIELD', `${fieldName(index, tag)} is a control field but contains a subfield delimiter (0x1F)`))
  }
  if (context.options.checkControls) {
    const control = controlCharacterProblem(fieldName(index, tag), text)
    if (control !== undefined) return fail(context, control)
  }
  return { tag, value: normalisedValue(context, text) }
}

/** Printable ASCII other than backslash: an indicator that needs no further thought. */
function plainIndicator(code: number): boolean {
  return code >= 0x20 && code <= 0x7e && code !== 0x5c
}

function buildDataField(
  index: number,
  tag: string,
  text: string,
  start: number,
  end: number,
  context: BuildContext,
): DataField | undefined {
  const { options, warnings } = context
  let first = delimiterIn(context, text, start, end)
  let ind1 = text.charAt(start)
  let ind2 = text.charAt(start + 1)
  if (first !== start + 2 || !plainIndicator(text.charCodeAt(start)) || !plainIndicator(text.charCodeAt(start + 1))) {
    const field = text.slice(start, end)
    const checked = checkIndicatorArea(index, tag, field, first < 0 ? -1 : first - start, warnings)
    if (typeof checked !== 'number') return fail(context, checked)
    first = start + checked
    const where = fieldName(index, tag)
    const one = checkIndicator(ind1, 1, where, warnings, options.repair)
    if (typeof one !== 'string') return fail(context, one)
    const two = checkIndicator(ind2, 2, where, warnings, options.repair)
    if (typeof two !== 'string') return fail(context, two)
    ind1 = one
    ind2 = two
  }
  const subfields: Subfield[] = []
  let dropped = false
  let at = first
  while (at < end) {
    let next = text.indexOf('\x1f', at + 1)
    if (next < 0 || next > end) next = end
    const codePoint = text.charCodeAt(at + 1)
    if (at + 1 === next && next < end && options.repair) {
      // `336 ‡b cri ‡‡2 rdacontent`: a delimiter directly followed by another holds nothing, and
      // yaz, pymarc, MARC::Record and marcjs all read past it.
      warnings.push({
        ...problem('EMPTY_SUBFIELD', `${fieldName(index, tag)} has an empty subfield (a delimiter directly followed by another); dropped`),
        repair: 'dropped an empty subfield',
      })
      at = next
      continue
    }
    if (at + 1 >= next || codePoint <= 0x20 || codePoint > 0x7e) {
      if (at + 1 === end) {
        // `jazz_1k.mrc` (SirsiDynix): "…$d1924-2007.$" — a delimiter with nothing after it at the
        // end of the field holds no content, so dropping it changes nothing.
        warnings.push({
          ...problem('BAD_SUBFIELD_CODE', `${fieldName(index, tag)} ends with a subfield delimiter that has no code or text; dropped`),
          repair: 'dropped the subfield delimiter that ends the field',
        })
        break
      }
      const where = fieldName(index, tag)
      const found = checkSubfieldCode(at + 1 >= next ? '' : text.slice(at + 1, at + 1 + codeLength(codePoint)), where) ?? problem('BAD_SUBFIELD_CODE', where)
      if (!options.repair) return fail(context, found)
      dropSubfield(found, text.slice(at + 1, next), warnings)
      dropped = true
      at = next
      continue
    }
    const code = text.charAt(at + 1)
    let value = text.slice(at + 2, next)
    if (options.checkControls) {
      const control = controlCharacterProblem(`${fieldName(index, tag)} $${code}`, value)
      if (control !== undefined) return fail(context, control)
    }
    if (options.normalise !== false) value = normalisedValue(context, value)
    subfields.push({ code, value })
    at = next
  }
  if (dropped && subfields.length === 0) {
    warnings.push({
      ...problem('BAD_SUBFIELD_CODE', `${fieldName(index, tag)} has no subfield left once the subfields that cannot be named were dropped; the field was dropped`),
      repair: 'dropped the field, left without subfields',
    })
    context.dropped = true
    return undefined
  }
  return { tag, ind1, ind2, subfields }
}

/** A code that is a surrogate pair (an astral character) takes two UTF-16 units. */
function codeLength(codeUnit: number): number {
  return codeUnit >= 0xd800 && codeUnit <= 0xdbff ? 2 : 1
}

/**
 * REPAIR: a subfield whose code is no code (a blank: oss.marc's 020 "$ a1591403715"; a control
 * character; a non-ASCII letter: bad_subfield_code.dat's "$áActivePerl"; U+FFFD left by a lossy
 * conversion: utf8_invalid.mrc's "$\uFFFDbAssociation…") cannot be named. Reading its first
 * character as part of the text, or the next one as its code, would be a guess, and so would any
 * code we put in its place: the subfield is dropped, its text quoted in the warning so nothing is
 * lost without a word (and the record's download keeps the bytes as they came).
 */
function dropSubfield(found: RecordProblem, codeAndText: string, warnings: RecordProblem[]): void {
  const length = codeLength(codeAndText.charCodeAt(0))
  const shown = length === 1 ? describeChar(codeAndText.charAt(0)) : JSON.stringify(codeAndText.slice(0, length))
  warnings.push({
    ...found,
    message: `${found.message}; dropped the subfield and its text ${JSON.stringify(codeAndText.slice(length))}`,
    repair: `dropped the subfield coded ${shown}`,
  })
}

/**
 * The unusual indicator areas: none (empty field), too short, or with extra characters. Returns
 * where the subfields start, or the fatal problem.
 */
function checkIndicatorArea(
  index: number,
  tag: string,
  text: string,
  first: number,
  warnings: RecordProblem[],
): number | RecordProblem {
  const where = fieldName(index, tag)
  if (first < 0) {
    if (text.length === 2) {
      warnings.push(problem('EMPTY_FIELD', `${where} has indicators but no subfields`))
      return 2
    }
    return text.length < 2
      ? problem('BAD_INDICATOR', `${where} is ${countOf(text.length, 'byte')} long: it has no room for 2 indicators`)
      : problem('BAD_FIELD', `${where} has no subfield delimiter (0x1F): a data field's text must be in subfields`)
  }
  if (first < 2) {
    return problem(
      'BAD_INDICATOR',
      `${where} has ${first} indicator character${first === 1 ? '' : 's'} before its first subfield; 2 are required`,
    )
  }
  if (first > 2) {
    const extra = text.slice(2, first)
    if (!EXTRA_INDICATOR_CHARS.test(extra)) {
      return problem('BAD_FIELD', `${where} has the text ${JSON.stringify(extra)} between its indicators and its first subfield`)
    }
    // `regression45.dat`, `sample_acq_order.mrc`: "  \" — a MARCBreaker line `=970  \\$p…` converted
    // with one backslash too many. The two indicators are still the first two characters.
    warnings.push({
      ...problem(
        'BAD_INDICATOR',
        `${where} has ${first} characters before its first subfield (${JSON.stringify(text.slice(0, first))}); the extra ${JSON.stringify(extra)} was dropped`,
      ),
      repair: `dropped ${JSON.stringify(extra)} after the indicators`,
    })
  }
  return first
}
