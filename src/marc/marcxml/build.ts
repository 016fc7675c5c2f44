import { SaxesParser, type SaxesTagNS } from 'saxes'
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
import type { DataField, Field } from '../record.ts'
import { isMarcNamespace } from './tags.ts'

const NON_ASCII = /[^\x00-\x7f]/

/**
 * How deep elements may nest inside a `<record>` (the record itself is depth 1). MARCXML needs 3
 * (record, datafield, subfield); the rest is room for foreign elements we skip. The bound is what
 * keeps parsing linear: with namespaces on, saxes resolves every element's prefix by walking the
 * open elements, so n nested elements cost n² — 200,000 inside one subfield kept a split busy for
 * 17 minutes. Parsing stops at the first element past the bound.
 */
export const MAX_XML_DEPTH = 32

/** Thrown from a saxes handler to stop parsing: saxes has no way to abort from inside. */
class TooDeep extends Error {}
const RECORD_TYPES = new Set(['Bibliographic', 'Authority', 'Holdings', 'Classification', 'Community'])

type Kind = 'record' | 'leader' | 'controlfield' | 'datafield' | 'subfield' | 'skipped'

interface Open {
  kind: Kind
  name: string
  text: string
  tag: SaxesTagNS
}

/**
 * Builds a record from the text of one standalone `<record>` element. MARCXML rules on top of
 * the shared field rules (`field-rules.ts`):
 * - not well-formed → INVALID_XML (fatal, reported in preference to anything else);
 * - missing `tag` → BAD_FIELD, missing `code` → BAD_SUBFIELD_CODE (fatal: content without a name);
 * - missing `ind1`/`ind2` → blank with a BAD_INDICATOR warning (`cruel-cruel-indicatorless-
 *   summerland.xml`: exporters that drop blank indicators; blank is what they mean);
 * - an unknown MARC element where subfields belong (`<subfields>`, `chabon-bad-subfields-
 *   element.xml`) → UNKNOWN_ELEMENT, fatal: it holds field content we would lose. Any other element
 *   directly under `<record>` (Koha's `<identifier>`, `<datestamp>` in the MARC namespace) is not a
 *   field: skipped with an UNKNOWN_ELEMENT warning;
 * - text outside leader/controlfield/subfield → BAD_FIELD (fatal: content outside any field);
 * - `type` attribute not one of the schema's values → BAD_ATTRIBUTE warning (the leader says what
 *   the record is; `chabon-record-type-bad.xml`).
 */
export function buildFromXml(text: string, firstLine: number, options: RecordOptions = DEFAULT_RECORD_OPTIONS): ParsedRecord {
  const warnings: RecordProblem[] = []
  const fields: Field[] = []
  const stack: Open[] = []
  let leader: string | undefined
  let xmlError: string | undefined
  // Every fatal problem, in document order: reading goes on after one, so that staff see them all.
  const fatals: RecordProblem[] = []
  let dataField: DataField | undefined

  const parser = new SaxesParser({ xmlns: true, position: true })
  parser.on('error', (error) => {
    xmlError ??= error.message
  })
  const stop = (p: RecordProblem): void => {
    fatals.push(p)
  }
  // Per value, after entity expansion: `&#x300;` makes decomposed text out of pure ASCII markup.
  const form = options.normalization
  // The values of the field being read as they came, and whether normalising changed one (a
  // NORMALIZED repair per field changed).
  let asRead: string[] = []
  let changed = false
  const value = (raw: string): string => {
    if (form === 'PRESERVE' || !NON_ASCII.test(raw)) return raw
    const out = raw.normalize(form)
    asRead.push(raw)
    if (out !== raw) changed = true
    return out
  }
  const noteNormalised = (index: number, tag: string): void => {
    if (changed && form !== 'PRESERVE') warnings.push(normalizedWarning(fieldName(index, tag), asRead.join(''), form, index + 1))
    asRead = []
    changed = false
  }
  const repair = options.repair === 'REPAIR'
  const where = (): string => fieldName(fields.length, attribute(stack[1]?.tag, 'tag') ?? '?')

  parser.on('opentag', (tag) => {
    if (stack.length >= MAX_XML_DEPTH) throw new TooDeep()
    const parent = stack[stack.length - 1]
    const kind = parent === undefined ? 'record' : childKind(parent, tag, warnings, stop, where)
    if (kind === 'record') checkRecordType(tag, warnings)
    if (kind === 'datafield') dataField = { tag: '', ind1: ' ', ind2: ' ', subfields: [] }
    if (kind === 'datafield' || kind === 'controlfield') {
      asRead = []
      changed = false
    }
    stack.push({ kind, name: tag.name, text: '', tag })
  })
  const onText = (chunk: string): void => {
    const current = stack[stack.length - 1]
    if (current === undefined || current.kind === 'skipped') return
    if (current.kind === 'record' || current.kind === 'datafield') {
      if (chunk.trim() !== '') {
        stop(problem('BAD_FIELD', `text ${JSON.stringify(chunk.trim().slice(0, 40))} is directly inside <${current.name}>, outside any field`))
      }
      return
    }
    current.text += chunk
  }
  parser.on('text', onText)
  parser.on('cdata', onText)
  parser.on('closetag', () => {
    const closed = stack.pop()
    if (closed === undefined) return
    const field = fields.length + 1
    switch (closed.kind) {
      case 'leader': {
        if (leader !== undefined) stop(problem('BAD_LEADER', 'the record has more than one <leader>'))
        const fixed = normaliseLeader(closed.text, warnings, false, repair)
        if (typeof fixed === 'string') leader = fixed
        else stop(fixed)
        break
      }
      case 'controlfield': {
        const built = controlField(closed, fields.length, value)
        if ('code' in built) stop({ ...built, field })
        else {
          noteNormalised(fields.length, built.tag)
          fields.push(built)
        }
        break
      }
      case 'subfield': {
        const code = attribute(closed.tag, 'code')
        const bad =
          code === undefined
            ? problem('BAD_SUBFIELD_CODE', `${where()}: a <subfield> has no code attribute`)
            : (checkSubfieldCode(code, where()) ?? controlCharacterProblem(`${where()} $${code}`, closed.text))
        if (bad !== undefined) stop({ ...bad, field })
        else dataField?.subfields.push({ code: code ?? '', value: value(closed.text) })
        break
      }
      case 'datafield': {
        const mark = warnings.length
        const built = finishDataField(closed, dataField, fields.length, warnings, repair)
        for (let w = mark; w < warnings.length; w++) {
          const warning = warnings[w]
          if (warning !== undefined) warning.field ??= field
        }
        if ('code' in built) stop({ ...built, field })
        else {
          noteNormalised(fields.length, built.tag)
          fields.push(built)
        }
        dataField = undefined
        break
      }
    }
  })

  try {
    parser.write(text).close()
  } catch (error) {
    if (!(error instanceof TooDeep)) throw error
    const line = firstLine + parser.line - 1
    return {
      ok: false,
      problem: problem(
        'NESTING_TOO_DEEP',
        `elements nest more than ${MAX_XML_DEPTH} deep inside the record (at line ${line}, column ${parser.column}, inside ${describeOpen(stack)}); MARCXML needs 3 levels`,
      ),
    }
  }
  if (xmlError !== undefined) return { ok: false, problem: invalidXml(xmlError, firstLine) }
  const [fatal] = fatals
  if (fatal !== undefined) return { ok: false, problem: fatal, problems: fatals, warnings }
  if (leader === undefined) return { ok: false, problem: problem('BAD_LEADER', 'the record has no <leader>') }
  if (fields.length === 0) {
    const empty = problem('EMPTY_RECORD', 'the record has no fields')
    // As in ISO 2709 (iso2709/record.ts): nothing to guess at, imported as a record with no fields.
    if (!repair) return { ok: false, problem: empty }
    warnings.push({ ...empty, message: `${empty.message}; imported as a record with no fields`, repair: 'imported with no fields' })
  }
  return { ok: true, record: { leader, fields }, warnings }
}

/** "<subfield code="a"> of field #2 (245)": where the runaway nesting starts. */
function describeOpen(stack: readonly Open[]): string {
  const deepest = [...stack].reverse().find((open) => open.kind !== 'skipped')
  if (deepest === undefined) return 'the record'
  const field = stack[1]
  const tag = attribute(field?.tag, 'tag')
  const code = deepest.kind === 'subfield' ? attribute(deepest.tag, 'code') : undefined
  const element = `<${deepest.name}${code === undefined ? '' : ` code="${code}"`}>`
  return deepest === stack[0] || tag === undefined ? element : `${element} of the ${tag} field`
}

function attribute(tag: SaxesTagNS | undefined, name: string): string | undefined {
  return tag?.attributes[name]?.value
}

function childKind(
  parent: Open,
  tag: SaxesTagNS,
  warnings: RecordProblem[],
  stop: (p: RecordProblem) => void,
  where: () => string,
): Kind {
  if (parent.kind === 'skipped') return 'skipped'
  const marc = isMarcNamespace(tag.uri)
  if (parent.kind === 'record') {
    if (marc && (tag.local === 'leader' || tag.local === 'controlfield' || tag.local === 'datafield')) return tag.local
    warnings.push({
      ...problem('UNKNOWN_ELEMENT', `<${tag.name}> inside <${parent.name}> is not a MARC field; ignored`),
      repair: `dropped the element <${tag.name}>, which is not MARC`,
    })
    return 'skipped'
  }
  if (parent.kind === 'datafield') {
    if (marc && tag.local === 'subfield') return 'subfield'
    if (marc) {
      stop(problem('UNKNOWN_ELEMENT', `${where()}: <${tag.name}> where only <subfield> is allowed; its content would be lost`))
    } else {
      warnings.push({
        ...problem('UNKNOWN_ELEMENT', `${where()}: <${tag.name}> is not MARC; ignored`),
        repair: `dropped the element <${tag.name}>, which is not MARC`,
      })
    }
    return 'skipped'
  }
  stop(problem('UNKNOWN_ELEMENT', `<${tag.name}> inside <${parent.name}>, which holds text only`))
  return 'skipped'
}

function checkRecordType(tag: SaxesTagNS, warnings: RecordProblem[]): void {
  const type = attribute(tag, 'type')
  if (type !== undefined && !RECORD_TYPES.has(type)) {
    warnings.push(
      problem('BAD_ATTRIBUTE', `the record's type attribute is ${JSON.stringify(type)}, not one of ${[...RECORD_TYPES].join(', ')}; the leader decides`),
    )
  }
}

function controlField(closed: Open, index: number, value: (raw: string) => string): Field | RecordProblem {
  const tag = attribute(closed.tag, 'tag')
  if (tag === undefined) return problem('BAD_FIELD', `field #${index + 1}: a <controlfield> has no tag attribute`)
  const where = fieldName(index, tag)
  if (!isValidTag(tag)) return problem('BAD_FIELD', `${where}: the tag is not 3 ASCII letters or digits`)
  if (isDataTag(tag)) return problem('BAD_FIELD', `${where}: a <controlfield> with a data field tag`)
  return controlCharacterProblem(where, closed.text) ?? { tag, value: value(closed.text) }
}

function finishDataField(
  closed: Open,
  field: DataField | undefined,
  index: number,
  warnings: RecordProblem[],
  repair: boolean,
): DataField | RecordProblem {
  const tag = attribute(closed.tag, 'tag')
  if (tag === undefined || field === undefined) return problem('BAD_FIELD', `field #${index + 1}: a <datafield> has no tag attribute`)
  const where = fieldName(index, tag)
  if (!isValidTag(tag)) return problem('BAD_FIELD', `${where}: the tag is not 3 ASCII letters or digits`)
  if (isControlTag(tag)) return problem('BAD_FIELD', `${where}: a <datafield> with a control field tag`)
  for (const which of [1, 2] as const) {
    const raw = attribute(closed.tag, `ind${which}`)
    if (raw === undefined || raw === '') {
      warnings.push({
        ...problem('BAD_INDICATOR', `${where}: ${raw === undefined ? 'no' : 'an empty'} ind${which} attribute; read as blank`),
        repair: `indicator ${which} set to blank (${raw === undefined ? 'no' : 'an empty'} ind${which} attribute)`,
      })
      continue
    }
    const checked = checkIndicator(raw, which, where, warnings, repair)
    if (typeof checked !== 'string') return checked
    if (which === 1) field.ind1 = checked
    else field.ind2 = checked
  }
  if (field.subfields.length === 0) warnings.push(problem('EMPTY_FIELD', `${where} has no subfields`))
  field.tag = tag
  return field
}

/** saxes says "line:column: message" relative to the record; staff need the line in the file. */
function invalidXml(message: string, firstLine: number): RecordProblem {
  const match = /^(\d+):(\d+): (.*)$/s.exec(message)
  if (match === null) return problem('INVALID_XML', `the record is not well-formed XML: ${message}`)
  const line = firstLine + Number(match[1]) - 1
  return problem('INVALID_XML', `the record is not well-formed XML at line ${line}, column ${match[2]}: ${match[3]}`)
}
