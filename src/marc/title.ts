import { isDataField, type MarcRecord } from './record.ts'

const MAX_LENGTH = 200

/**
 * The record's short title: 245 $a (title proper) without the ISBD punctuation that introduces the
 * next element (" /" before the statement of responsibility, " :" before other title information,
 * " ;", " =", a closing "."), as lists show it. Null when the record has no 245 $a.
 */
export function shortTitle(record: MarcRecord): string | null {
  const field = record.fields.find((f) => f.tag === '245')
  if (field === undefined || !isDataField(field)) return null
  const a = field.subfields.find((subfield) => subfield.code === 'a')
  if (a === undefined) return null
  const title = a.value.replace(/[\s/:;=,.]+$/u, '').trim()
  if (title === '') return null
  return title.length > MAX_LENGTH ? `${title.slice(0, MAX_LENGTH - 1)}…` : title
}
