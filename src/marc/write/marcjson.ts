import type { MarcRecord } from '../record.ts'
import { isControlField } from '../record.ts'
import { checkField, checkLeader } from './check.ts'

export interface MarcJsonDataField {
  ind1: string
  ind2: string
  subfields: Array<Record<string, string>>
}

/** MARC-in-JSON: `{ leader, fields: [ { "001": "…" }, { "245": { ind1, ind2, subfields } } ] }`. */
export interface MarcJsonRecord {
  leader: string
  fields: Array<Record<string, string | MarcJsonDataField>>
}

/** One record as a MARC-in-JSON object, ready for `JSON.stringify`. */
export function toMarcJson(record: MarcRecord): MarcJsonRecord {
  checkLeader(record.leader)
  return {
    leader: record.leader,
    fields: record.fields.map((field, index) => {
      checkField(field, index)
      if (isControlField(field)) return { [field.tag]: field.value }
      return {
        [field.tag]: {
          ind1: field.ind1,
          ind2: field.ind2,
          subfields: field.subfields.map((subfield) => ({ [subfield.code]: subfield.value })),
        },
      }
    }),
  }
}
