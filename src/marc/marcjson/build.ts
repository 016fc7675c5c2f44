import {
  checkIndicator,
  checkSubfieldCode,
  controlCharacterProblem,
  fieldName,
  isControlTag,
  isDataTag,
  isValidTag,
  normalizedWarning,
} from '../field-rules.ts'
import { normaliseLeader } from '../leader.ts'
import { DEFAULT_RECORD_OPTIONS, problem, type ParsedRecord, type RecordOptions, type RecordProblem } from '../problems.ts'
import type { Field, Subfield } from '../record.ts'

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json }
const NON_ASCII = /[^\x00-\x7f]/

type JsonObject = { [key: string]: Json }

function isObject(value: Json | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** The single key of `{ "245": … }` / `{ "a": … }`, or undefined when there is not exactly one. */
function soleKey(value: JsonObject): string | undefined {
  const keys = Object.keys(value)
  return keys.length === 1 ? keys[0] : undefined
}

/**
 * Builds a record from parsed MARC-in-JSON (http://dilettantes.code4lib.org/blog/2010/09/a-proposal-
 * to-serialize-marc-in-json/): `{ "leader": "…", "fields": [ { "001": "…" }, { "245": { "ind1":
 * "1", "ind2": "0", "subfields": [ { "a": "…" } ] } } ] }`. The same field rules as the other
 * formats; missing ind1/ind2 are blank with a warning, as in MARCXML. Keys other than leader and
 * fields (database ids some exporters add) are ignored.
 */
export function buildFromJson(value: Json, options: RecordOptions = DEFAULT_RECORD_OPTIONS): ParsedRecord {
  const warnings: RecordProblem[] = []
  const fail = (p: RecordProblem): ParsedRecord => ({ ok: false, problem: p })
  if (!isObject(value)) return fail(problem('NOT_A_RECORD', `a JSON ${jsonType(value)}, not a MARC-in-JSON record object`))
  const leader = value['leader']
  const rawFields = value['fields']
  if (!Array.isArray(rawFields)) {
    return fail(problem('NOT_A_RECORD', 'the object has no "fields" array, so it is not a MARC-in-JSON record'))
  }
  if (typeof leader !== 'string') return fail(problem('BAD_LEADER', 'the record has no "leader" string'))
  const fixed = normaliseLeader(leader, warnings, false)
  if (typeof fixed !== 'string') return fail(fixed)
  const fields: Field[] = []
  for (const raw of rawFields) {
    const field = buildField(raw, fields.length, warnings, options)
    if ('code' in field) return fail(field)
    fields.push(field)
  }
  if (fields.length === 0) {
    const empty = problem('EMPTY_RECORD', 'the record has no fields')
    // As in ISO 2709 (iso2709/record.ts): nothing to guess at, imported as a record with no fields.
    if (options.repair !== 'REPAIR') return fail(empty)
    warnings.push({ ...empty, message: `${empty.message}; imported as a record with no fields`, repair: 'imported with no fields' })
  }
  return { ok: true, record: { leader: fixed, fields }, warnings }
}

function jsonType(value: Json): string {
  return value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value
}

function buildField(raw: Json, index: number, warnings: RecordProblem[], options: RecordOptions): Field | RecordProblem {
  const tag = isObject(raw) ? soleKey(raw) : undefined
  if (!isObject(raw) || tag === undefined) {
    return problem('BAD_FIELD', `field #${index + 1} is not an object with exactly one key (the tag)`)
  }
  const where = fieldName(index, tag)
  if (!isValidTag(tag)) return problem('BAD_FIELD', `${where}: the tag is not 3 ASCII letters or digits`)
  const body = raw[tag]
  const form = options.normalization
  const asRead: string[] = []
  let changed = false
  const text = (value: string): string => {
    if (form === 'PRESERVE' || !NON_ASCII.test(value)) return value
    const out = value.normalize(form)
    asRead.push(value)
    if (out !== value) changed = true
    return out
  }
  const normalised = <F extends Field>(field: F): F => {
    if (changed && form !== 'PRESERVE') warnings.push(normalizedWarning(where, asRead.join(''), form, index + 1))
    return field
  }
  if (typeof body === 'string') {
    if (isDataTag(tag)) return problem('BAD_FIELD', `${where}: a data field tag with a plain string value`)
    return controlCharacterProblem(where, body) ?? normalised({ tag, value: text(body) })
  }
  if (!isObject(body) || !Array.isArray(body['subfields'])) {
    return problem('BAD_FIELD', `${where}: neither a string (control field) nor an object with a "subfields" array`)
  }
  if (isControlTag(tag)) return problem('BAD_FIELD', `${where}: a control field tag with subfields`)
  const indicators: string[] = []
  for (const which of [1, 2] as const) {
    const ind = body[`ind${which}`]
    if (ind === undefined || ind === '') {
      warnings.push({
        ...problem('BAD_INDICATOR', `${where}: no ind${which}; read as blank`),
        repair: `indicator ${which} set to blank (no ind${which})`,
      })
      indicators.push(' ')
      continue
    }
    if (typeof ind !== 'string') return problem('BAD_INDICATOR', `${where}: ind${which} is not a string`)
    const checked = checkIndicator(ind, which, where, warnings, options.repair === 'REPAIR')
    if (typeof checked !== 'string') return checked
    indicators.push(checked)
  }
  const subfields: Subfield[] = []
  for (const entry of body['subfields']) {
    const code = isObject(entry) ? soleKey(entry) : undefined
    const value = code === undefined || !isObject(entry) ? undefined : entry[code]
    if (code === undefined || typeof value !== 'string') {
      return problem('BAD_SUBFIELD_CODE', `${where}: subfield ${subfields.length + 1} is not an object with one code and a string value`)
    }
    const bad = checkSubfieldCode(code, where) ?? controlCharacterProblem(`${where} $${code}`, value)
    if (bad !== undefined) return bad
    subfields.push({ code, value: text(value) })
  }
  if (subfields.length === 0) warnings.push(problem('EMPTY_FIELD', `${where} has no subfields`))
  return normalised({ tag, ind1: indicators[0] ?? ' ', ind2: indicators[1] ?? ' ', subfields })
}
