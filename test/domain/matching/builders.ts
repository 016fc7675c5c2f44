import type { ControlField, DataField, Field, MarcRecord } from '../../../src/marc/record.ts'
import { isControlField } from '../../../src/marc/record.ts'

/** Subfield delimiter as catalogers see it in a MARC display: `df('020', '  ‡a0306406152 (pbk.)')`. */
const DELIMITER = '‡'

export interface LeaderParts {
  /** Ldr/05 record status: 'n' new, 'c' corrected, 'd' deleted. */
  status?: string
  /** Ldr/06 type of record. */
  type?: string
  /** Ldr/07 bibliographic level. */
  level?: string
  /** Ldr/17 encoding level. */
  encoding?: string
}

export function leader(parts: LeaderParts = {}): string {
  const { status = 'n', type = 'a', level = 'm', encoding = ' ' } = parts
  return `00000${status}${type}${level} a2200000${encoding}a 4500`
}

export function cf(tag: string, value: string): ControlField {
  return { tag, value }
}

/** A data field from its indicators and ‡-delimited subfields: `df('245', '10‡aTitle /‡cAuthor.')`. */
export function df(tag: string, text: string): DataField {
  const [indicators = '', ...subfields] = text.split(DELIMITER)
  return {
    tag,
    ind1: indicators.charAt(0) || ' ',
    ind2: indicators.charAt(1) || ' ',
    subfields: subfields.map((subfield) => ({ code: subfield.charAt(0), value: subfield.slice(1) })),
  }
}

export function record(leaderParts: LeaderParts, ...fields: Field[]): MarcRecord {
  return { leader: leader(leaderParts), fields }
}

/** A 40-character 008 with the given characters placed at their positions. */
export function f008(at: Record<number, string> = {}): ControlField {
  // 00-17 dates and place, 18-28 book-specific (23 form of item blank = print), 29-39 the rest.
  const chars = ('240101s2024    xx ' + '           ' + '000 0 eng d').split('')
  for (const [position, value] of Object.entries(at)) chars[Number(position)] = value
  return cf('008', chars.join(''))
}

/** One line per field as in a MARC display, for readable expectations. */
export function show(marc: MarcRecord): string[] {
  return marc.fields.map((field) =>
    isControlField(field)
      ? `${field.tag} ${field.value}`
      : `${field.tag} ${field.ind1}${field.ind2}` + field.subfields.map((s) => DELIMITER + s.code + s.value).join(''),
  )
}
